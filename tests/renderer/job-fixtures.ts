import type { JobInfo, JobKind } from '../../shared/domain/jobs';

/** A job as main answers the call that started it: running, nothing counted yet. Events spread over it. */
export const startedJob = (id: string, kind: JobKind): JobInfo => ({
  id,
  kind,
  state: 'running',
  done: 0,
  total: 0,
  startedAt: '2026-12-01T09:00:00.000Z',
  finishedAt: null,
  message: null,
});
