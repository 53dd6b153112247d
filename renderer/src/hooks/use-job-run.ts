import { useEffect, useRef, useState } from 'react';
import type { JobInfo, JobKind } from '../../../shared/domain/jobs';
import { api, onEvent } from '../api';
import { notifyError } from '../components/notify-error';

/** How far a job is, 0–100 (a job that has not counted its work yet is at 0). */
export const jobPercent = (job: JobInfo): number =>
  job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : 0;

/** The summary a finished job carries as JSON in its message (import counts, the report's file), or null. */
export function jobResult<R>(job: JobInfo | null): R | null {
  if (job?.state !== 'done' || !job.message) return null;
  try {
    return JSON.parse(job.message) as R;
  } catch {
    return null;
  }
}

export interface JobRun<R> {
  /** The job this screen started, as its last progress event left it; null before a start or after clear. */
  job: JobInfo | null;
  running: boolean;
  /** Percent done while it runs. */
  progress: number;
  /** The parsed summary once it is done. */
  result: R | null;
  /** The core's error text when it failed. */
  error: string | null;
  cancelled: boolean;
  /** Forgets the last job, then runs `call` (the api call that starts the job) and follows what it returns. */
  start(call: () => Promise<JobInfo>): Promise<void>;
  cancel(): void;
  clear(): void;
}

/**
 * Runs one background job from a screen: start it through the api, follow its `jobs:progress` events, cancel
 * it, read its result or error. Events can arrive before the starting call answers (a small file finishes
 * first), so the last event of every job of these kinds is remembered and matched when the id becomes known.
 */
export function useJobRun<R = unknown>(...kinds: JobKind[]): JobRun<R> {
  const [job, setJob] = useState<JobInfo | null>(null);
  const current = useRef<string | null>(null);
  const early = useRef(new Map<string, JobInfo>());
  const kindsKey = kinds.join(',');

  useEffect(
    () =>
      onEvent('jobs:progress', (update) => {
        if (!kindsKey.split(',').includes(update.kind)) return;
        if (update.id === current.current) setJob(update);
        else early.current.set(update.id, update);
      }),
    [kindsKey],
  );

  const clear = () => {
    current.current = null;
    setJob(null);
  };
  const start = async (call: () => Promise<JobInfo>) => {
    clear();
    try {
      const started = await call();
      current.current = started.id;
      setJob(early.current.get(started.id) ?? started);
      early.current.delete(started.id);
    } catch (err) {
      notifyError(err);
    }
  };
  const cancel = () => {
    if (job) api.jobs.cancel({ id: job.id }).catch(notifyError);
  };

  const running = job?.state === 'running';
  return {
    job,
    running,
    progress: job && running ? jobPercent(job) : 0,
    result: jobResult<R>(job),
    error: job?.state === 'failed' ? (job.message ?? '') : null,
    cancelled: job?.state === 'cancelled',
    start,
    cancel,
    clear,
  };
}
