import type { FeatureHandlers } from '../handlers';
import { addFxRate, listFxRates, removeFxRate } from './service';

export const fxHandlers: FeatureHandlers<'fx'> = {
  list: (input, ctx) => listFxRates(ctx.db, input?.currency),
  add: (input, ctx) => addFxRate(ctx.db, input),
  remove: (input, ctx) => removeFxRate(ctx.db, input.id),
};
