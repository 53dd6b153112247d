import { z } from 'zod';
import { attributionRules } from '../../domain/promotions';
import { idSchema, pageSchema, pageSizeSchema } from './common';

/** promotions.evaluate: one campaign, with its daily series. */
export const campaignEvaluateSchema = z.object({ id: idSchema });

/** promotions.compare: 1–12 different campaigns side by side, in the order given. */
export const campaignCompareSchema = z.object({
  ids: z
    .array(idSchema, { error: 'promotionCompareIds' })
    .min(1, { error: 'promotionCompareIds' })
    .max(12, { error: 'promotionCompareIds' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'promotionCompareIds' }),
});

/** promotions.attribution: a page of the campaign's attributed order lines, optionally of one rule. */
export const campaignAttributionSchema = z.object({
  id: idSchema,
  rule: z.enum(attributionRules, { error: 'promotionRule' }).optional(),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema.default(50),
});
export type CampaignAttributionQuery = z.output<typeof campaignAttributionSchema>;
