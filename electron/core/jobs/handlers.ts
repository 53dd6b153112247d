import type { FeatureHandlers } from '../handlers';

export const jobsHandlers: FeatureHandlers<'jobs'> = {
  list: (_input, ctx) => ctx.jobs.list(),
  get: (input, ctx) => ctx.jobs.get(input.id),
  cancel: (input, ctx) => ctx.jobs.cancel(input.id),
};
