import { z } from 'zod';
import { priceEndings } from '../../domain/pricing';
import { dateTimeSchema, idSchema, minorUnitsSchema } from './common';

export const workbenchSchema = z
  .object({
    listingId: idSchema.optional(),
    skuId: idSchema.optional(),
    storefrontId: idSchema.optional(),
    /** Price to evaluate, storefront minor units; defaults to the listing's price. */
    priceMinor: minorUnitsSchema.optional(),
    /** Seller-funded discount per unit. */
    discountMinor: minorUnitsSchema.optional(),
    unitsPerOrder: z
      .int({ error: 'unitsPerOrder' })
      .min(1, { error: 'unitsPerOrder' })
      .max(1000, { error: 'unitsPerOrder' })
      .optional(),
    targetMarginBp: z
      .int({ error: 'marginBp' })
      .min(0, { error: 'marginBp' })
      .max(10_000, { error: 'marginBp' })
      .optional(),
    ending: z.enum(priceEndings, { error: 'ending' }).nullable().optional(),
    /** Whose cost and FX rate: defaults to now. */
    at: dateTimeSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.listingId ? v.skuId || v.storefrontId : !(v.skuId && v.storefrontId)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'listingOrSku' });
    }
  });
export type WorkbenchQuery = z.output<typeof workbenchSchema>;
