import type { FeatureHandlers } from '../handlers';
import { computeKpis } from './kpis';

/** Reads only: the figures come from the orders tables on the request's own connection. */
export const kpisHandlers: FeatureHandlers<'kpis'> = {
  compute: (input, ctx) => computeKpis(ctx.sqlite, input),
};
