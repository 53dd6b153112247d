import type { FeatureHandlers } from '../handlers';
import { workbench } from './service';

export const pricingHandlers: FeatureHandlers<'pricing'> = {
  workbench: (input, ctx) => workbench(ctx.db, input),
};
