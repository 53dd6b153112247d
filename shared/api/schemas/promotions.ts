import { z } from 'zod';
import { campaignGoals, campaignStates, campaignTypes } from '../../domain/promotions';
import { dateSchema, dateTimeSchema, idSchema, minorUnitsSchema } from './common';

/** Field messages are keys of promotions-texts.ts (English there, both languages in the locale files). */
const offBp = z.int({ error: 'promotionOffBp' }).min(1, { error: 'promotionOffBp' }).max(10_000, {
  error: 'promotionOffBp',
});
const offMinor = z
  .int({ error: 'promotionOffMinor' })
  .min(1, { error: 'promotionOffMinor' })
  .max(1_000_000_000_00, { error: 'promotionOffMinor' });
const quantity = z
  .int({ error: 'promotionQuantity' })
  .min(1, { error: 'promotionQuantity' })
  .max(10_000_000, { error: 'promotionQuantity' });

const unitDiscountSchema = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('percent'), offBp }), z.object({ kind: z.literal('amount'), offMinor })],
  { error: 'promotionDiscountKind' },
);

const tierSchema = z
  .object({ thresholdMinor: offMinor, offMinor })
  .refine((t) => t.offMinor < t.thresholdMinor, { path: ['offMinor'], error: 'promotionTierOff' });

export const campaignTermsSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('percentage'), offBp }),
    z.object({ type: z.literal('fixed'), offMinor }),
    z.object({ type: z.literal('flash'), discount: unitDiscountSchema, quantityCap: quantity }),
    z.object({
      type: z.literal('tiered'),
      tiers: z
        .array(tierSchema, { error: 'promotionTiers' })
        .min(1, { error: 'promotionTiers' })
        .max(20, { error: 'promotionTiers' })
        .refine((ts) => ts.every((t, i) => i === 0 || t.thresholdMinor > ts[i - 1]!.thresholdMinor), {
          error: 'promotionTiers',
        }),
    }),
    z.object({
      type: z.literal('coupon'),
      discount: unitDiscountSchema,
      maxOffMinor: offMinor.nullable().default(null),
      minSpendMinor: minorUnitsSchema,
      quantityIssued: quantity,
    }),
    z.object({
      type: z.literal('gift'),
      giftSkuId: idSchema,
      giftQuantity: quantity,
      minSpendMinor: minorUnitsSchema,
    }),
    z.object({
      type: z.literal('multibuy'),
      mode: z.enum(['nthUnit', 'bundle'], { error: 'promotionMultibuyMode' }),
      units: z.int({ error: 'promotionMultibuyUnits' }).min(2, { error: 'promotionMultibuyUnits' }).max(100, {
        error: 'promotionMultibuyUnits',
      }),
      offBp,
    }),
    z.object({ type: z.literal('member'), discount: unitDiscountSchema }),
  ],
  { error: 'promotionType' },
);

const typeSchema = z.enum(campaignTypes, { error: 'promotionType' });
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item, { error: 'required' })
    .max(max, { error: 'tooLong' })
    .refine((v) => new Set(v).size === v.length, { error: 'promotionRepeated' });
const scopeValue = z
  .string({ error: 'promotionScopeValue' })
  .trim()
  .min(1, { error: 'promotionScopeValue' })
  .max(80, { error: 'promotionScopeValue' });
const keyValue = z
  .string({ error: 'promotionKey' })
  .trim()
  .min(1, { error: 'promotionKey' })
  .max(100, { error: 'promotionKey' })
  .regex(/^[^\p{Cc}]+$/u, { error: 'promotionKey' });

const scopeSchema = z.object({
  skuIds: uniqueList(idSchema, 5_000).default([]),
  categories: uniqueList(scopeValue, 200).default([]),
  brands: uniqueList(scopeValue, 200).default([]),
});
const keysSchema = z.object({
  codes: uniqueList(keyValue, 200).default([]),
  promotionIds: uniqueList(keyValue, 200).default([]),
  names: uniqueList(keyValue, 200).default([]),
});
const storefrontIdsSchema = z
  .array(idSchema, { error: 'promotionStorefronts' })
  .min(1, { error: 'promotionStorefronts' })
  .max(50, { error: 'promotionStorefronts' })
  .refine((v) => new Set(v).size === v.length, { error: 'promotionStorefronts' });
const stacksWithSchema = z
  .array(typeSchema, { error: 'promotionStacksWith' })
  .max(campaignTypes.length, { error: 'promotionStacksWith' })
  .refine((v) => new Set(v).size === v.length, { error: 'promotionStacksWith' })
  .nullable();
const nameSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(120, { error: 'tooLong' });
const notesSchema = z
  .string({ error: 'tooLong' })
  .trim()
  .max(2_000, { error: 'tooLong' })
  .nullable()
  .transform((v) => (v ? v : null));
const overrideReasonSchema = z
  .string({ error: 'promotionOverrideReason' })
  .trim()
  .min(3, { error: 'promotionOverrideReason' })
  .max(500, { error: 'promotionOverrideReason' })
  .optional();

const windowOrdered = (v: { startAt?: string; endAt?: string }) =>
  v.startAt === undefined || v.endAt === undefined || v.endAt > v.startAt;
const typeMatchesTerms = (v: { type?: string; terms?: { type: string } }) =>
  v.type === undefined || v.terms === undefined || v.type === v.terms.type;

/** A new campaign is a draft; its type is its terms' type (`type` may be sent too, and must then agree). */
export const campaignCreateSchema = z
  .object({
    name: nameSchema,
    type: typeSchema.optional(),
    goal: z.enum(campaignGoals, { error: 'promotionGoal' }),
    terms: campaignTermsSchema,
    stacksWith: stacksWithSchema.default(null),
    storefrontIds: storefrontIdsSchema,
    scope: scopeSchema.default({ skuIds: [], categories: [], brands: [] }),
    keys: keysSchema.default({ codes: [], promotionIds: [], names: [] }),
    startAt: dateTimeSchema,
    endAt: dateTimeSchema,
    budgetMinor: minorUnitsSchema.nullable().default(null),
    spendMinor: minorUnitsSchema.default(0),
    notes: notesSchema.default(null),
  })
  .refine(windowOrdered, { path: ['endAt'], error: 'promotionWindow' })
  .refine(typeMatchesTerms, { path: ['terms'], error: 'promotionTermsType' });
export type CampaignCreate = z.output<typeof campaignCreateSchema>;

/**
 * Any subset of the fields. On a scheduled or active campaign a change of terms, stacking, storefronts, scope
 * or dates re-runs the guardrail (overrideReason to go past a below-floor row); ended and cancelled campaigns
 * take only notes, budget, spend and keys.
 */
export const campaignUpdateSchema = z
  .object({
    id: idSchema,
    name: nameSchema.optional(),
    type: typeSchema.optional(),
    goal: z.enum(campaignGoals, { error: 'promotionGoal' }).optional(),
    terms: campaignTermsSchema.optional(),
    stacksWith: stacksWithSchema.optional(),
    storefrontIds: storefrontIdsSchema.optional(),
    scope: scopeSchema.optional(),
    keys: keysSchema.optional(),
    startAt: dateTimeSchema.optional(),
    endAt: dateTimeSchema.optional(),
    budgetMinor: minorUnitsSchema.nullable().optional(),
    spendMinor: minorUnitsSchema.optional(),
    notes: notesSchema.optional(),
    overrideReason: overrideReasonSchema,
  })
  .refine(windowOrdered, { path: ['endAt'], error: 'promotionWindow' })
  .refine(typeMatchesTerms, { path: ['terms'], error: 'promotionTermsType' });
export type CampaignUpdate = z.output<typeof campaignUpdateSchema>;

export const campaignIdSchema = z.object({ id: idSchema });

/** draft → scheduled / active; refused with CONFLICT promotionBelowFloor unless overrideReason is given. */
export const campaignActivateSchema = z.object({ id: idSchema, overrideReason: overrideReasonSchema });

/** The calendar's drag: both ends move; the guardrail is re-checked for a scheduled or active campaign. */
export const campaignMoveSchema = z
  .object({
    id: idSchema,
    startAt: dateTimeSchema,
    endAt: dateTimeSchema,
    overrideReason: overrideReasonSchema,
  })
  .refine(windowOrdered, { path: ['endAt'], error: 'promotionWindow' });
export type CampaignMove = z.output<typeof campaignMoveSchema>;

/** Campaigns whose window meets [from, to] (shop-zone days, both included), optionally filtered. */
export const campaignListSchema = z
  .object({
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    storefrontId: idSchema.optional(),
    state: z.enum(campaignStates, { error: 'promotionState' }).optional(),
    type: typeSchema.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], error: 'periodOrder' })
  .optional();
export type CampaignListQuery = z.output<typeof campaignListSchema>;

/** Conflicts of the scheduled and active campaigns meeting [from, to] (shop-zone days, both included). */
export const promotionConflictsSchema = z
  .object({ from: dateSchema, to: dateSchema, storefrontId: idSchema.optional() })
  .refine((v) => v.from <= v.to, { path: ['to'], error: 'periodOrder' });
export type PromotionConflictsQuery = z.output<typeof promotionConflictsSchema>;
