import type { FeatureHandlers } from '../handlers';
import { computeKpis } from './kpis';
import { requireCostsVisible } from '../staff/cost-visibility';

/** Reads only: the figures come from the orders tables on the request's own connection. */
export const kpisHandlers: FeatureHandlers<'kpis'> = {
  // The report is made of COGS, fees and profit beside sales: refused whole for the service role, which has the
  // dashboard's sales-only figures instead.
  compute: (input, ctx) => {
    requireCostsVisible(ctx.sqlite, 'costRoleKpis');
    return computeKpis(ctx.sqlite, input);
  },
};
