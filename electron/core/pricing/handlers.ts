import type { FeatureHandlers } from '../handlers';
import { workbench } from './service';
import { applyRepricing, previewRepricing } from './repricing';
import { priceSpread } from './price-spread';
import { addCompetitorPrice, competitorPrices } from './competitors';

export const pricingHandlers: FeatureHandlers<'pricing'> = {
  workbench: (input, ctx) => workbench(ctx.db, input),
  previewRepricing: (input, ctx) => previewRepricing(ctx.sqlite, input),
  applyRepricing: async (input, ctx) => {
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
