import { useEffect, useRef, useState } from 'react';
import type { JobInfo } from '../../../../shared/domain/jobs';
import { onEvent } from '../../api';

/**
 * Follows one import job from start to end. Events can arrive before `start()` answers (a small file finishes
 * first), so ended jobs are remembered and matched when the id becomes known.
 */
export function useImportJob(kinds: readonly JobInfo['kind'][]) {
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

  const follow = (started: JobInfo) => {
    current.current = started.id;
    setJob(early.current.get(started.id) ?? started);
  };
  const clear = () => {
    current.current = null;
    setJob(null);
  };
  return { job, follow, clear, running: job?.state === 'running' };
}

export const jobPercent = (job: JobInfo): number =>
  job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : 0;
