import { z } from 'zod';
import { priceEndings } from '../../domain/pricing';
import { priceBands } from '../../domain/catalog';
import {
  currencySchema,
  dateSchema,
  dateTimeSchema,
  idSchema,
  minorUnitsSchema,
  nameSchema,
  optionalTextSchema,
} from './common';

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

const marginBpSchema = z
  .int({ error: 'marginBp' })
  .min(0, { error: 'marginBp' })
  .max(10_000, { error: 'marginBp' });

export const repricingRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('costPlus'), marginBp: marginBpSchema }),
    z.object({
      kind: z.literal('match'),
      storefrontId: idSchema,
      /** −9900 … +10000: at most 99 % cheaper or twice the reference price. */
      adjustBp: z
        .int({ error: 'adjustBp' })
        .min(-9_900, { error: 'adjustBp' })
        .max(10_000, { error: 'adjustBp' }),
    }),
    z.object({ kind: z.literal('keep') }),
  ],
  { error: 'rule' },
);

export const repricingSelectionSchema = z.object({
  storefrontId: idSchema.optional(),
  category: nameSchema.optional(),
  brand: nameSchema.optional(),
  band: z.enum(priceBands, { error: 'priceBand' }).optional(),
});

export const repricingPreviewSchema = z.object({
  selection: repricingSelectionSchema,
  rule: repricingRuleSchema,
  ending: z.enum(priceEndings, { error: 'ending' }).nullable().optional(),
});
export type RepricingQuery = z.output<typeof repricingPreviewSchema>;

export const repricingApplySchema = repricingPreviewSchema.extend({
  /** Why, kept in every price_history row. */
  reason: optionalTextSchema(200).optional(),
  /** Required (non-empty) when any new price is below its floor. */
  overrideReason: optionalTextSchema(200).optional(),
});
export type RepricingApply = z.output<typeof repricingApplySchema>;

export const priceSpreadSchema = z
  .object({
    thresholdBp: z.int({ error: 'rateBp' }).min(0, { error: 'rateBp' }).max(1_000_000, { error: 'rateBp' }),
  })
  .partial()
  .optional();

export const competitorPriceAddSchema = z.object({
  skuId: idSchema,
  competitor: nameSchema,
  platform: nameSchema,
  priceMinor: minorUnitsSchema,
  currency: currencySchema,
  observedOn: dateSchema,
  url: optionalTextSchema(500).optional(),
  note: optionalTextSchema(500).optional(),
});
export type CompetitorPriceAdd = z.output<typeof competitorPriceAddSchema>;
