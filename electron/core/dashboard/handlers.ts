import type { FeatureHandlers } from '../handlers';
import { notFound } from '../../../shared/api/result';
import { readStorefronts } from '../pricing/raw-context';
import { dashboardAlerts } from './alerts';
import { belowFloorListings } from './below-floor';
import { costsHiddenFor, dashboardOverview, dashboardProducts, dashboardRankings } from './service';

/** Reads only, on the request's own connection: figures from computeKpis and the daily rollups. */
export const dashboardHandlers: FeatureHandlers<'dashboard'> = {
  overview: (input, ctx) => dashboardOverview(ctx.sqlite, input),
  rankings: (input, ctx) => dashboardRankings(ctx.sqlite, input),
  alerts: (input, ctx) => dashboardAlerts(ctx.sqlite, input),
  products: (input, ctx) => dashboardProducts(ctx.sqlite, input),
  belowFloor: (input, ctx) => {
    const storefrontId = input?.storefrontId;
    if (storefrontId !== undefined && !readStorefronts(ctx.sqlite).has(storefrontId)) {
      throw notFound('storefront', storefrontId);
    }
    if (costsHiddenFor(ctx.sqlite)) return { costsHidden: true, rows: [] };
    return { costsHidden: false, rows: belowFloorListings(ctx.sqlite, storefrontId) };
  },
};
