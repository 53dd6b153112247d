import type { FeatureHandlers } from '../handlers';
import { workbench } from './service';
import { applyRepricing, previewRepricing } from './repricing';
import { priceSpread } from './price-spread';
import { addCompetitorPrice, competitorPrices } from './competitors';
import { requireCostsVisible } from '../staff/cost-visibility';
import type { CoreContext } from '../context';

/** The workbench and repricing are made of costs, fees, margins and floors: not for the service role. */
const costsAllowed = (ctx: CoreContext) => requireCostsVisible(ctx.sqlite, 'costRolePricing');

export const pricingHandlers: FeatureHandlers<'pricing'> = {
  workbench: async (input, ctx) => {
    costsAllowed(ctx);
    return workbench(ctx.db, input);
  },
  previewRepricing: (input, ctx) => {
    costsAllowed(ctx);
    return previewRepricing(ctx.sqlite, input);
  },
  applyRepricing: async (input, ctx) => {
    costsAllowed(ctx);
    const result = await applyRepricing(ctx.db, ctx.sqlite, input);
    if (result.updated) ctx.emit('data:changed', { namespace: 'catalog' });
    return result;
  },
  priceSpread: (input, ctx) => priceSpread(ctx.sqlite, input?.thresholdBp),
  addCompetitorPrice: async (input, ctx) => {
    const created = await addCompetitorPrice(ctx.db, input);
    ctx.emit('data:changed', { namespace: 'pricing' });
    return created;
  },
  competitorPrices: (input, ctx) => competitorPrices(ctx.db, input.skuId),
};
