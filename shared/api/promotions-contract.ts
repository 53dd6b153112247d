import type { z } from 'zod';
import type { CallDef } from './contract';
import type {
  Campaign,
  CampaignChange,
  CampaignGuardrail,
  CampaignSummary,
  PromotionConflicts,
} from '../domain/promotions';
import {
  campaignActivateSchema,
  campaignCreateSchema,
  campaignIdSchema,
  campaignListSchema,
  campaignMoveSchema,
  campaignUpdateSchema,
  promotionConflictsSchema,
} from './schemas/promotions';
import type {
  CampaignAttributionPage,
  CampaignComparison,
  CampaignEvaluationWithSeries,
} from '../domain/promotions-evaluation';
import {
  campaignAttributionSchema,
  campaignCompareSchema,
  campaignEvaluateSchema,
} from './schemas/promotions-evaluation';

/**
 * The promotions slice of the contract (PRODUCT.md §6), kept beside contract.ts like tickets-contract.ts.
 * Its own `call` helper: importing contract.ts's at run time would be a cycle. Writes are refused with
 * FORBIDDEN promotionRole for the service role; reads hide floors and margins from it.
 */
const call = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): CallDef<I, O> => ({ input, output: undefined as O }),
});

export const promotionsContract = {
  /** Campaigns meeting the period (shop-zone days), by start; filters by storefront, state, type. */
  list: call(campaignListSchema).returns<CampaignSummary[]>(),
  /** The campaign with its override records. */
  get: call(campaignIdSchema).returns<Campaign>(),
  /** A new draft; a gift SKU and scope SKUs must exist, the storefronts share one currency. */
  create: call(campaignCreateSchema).returns<Campaign>(),
  /** See campaignUpdateSchema: a scheduled/active campaign's price terms re-run the guardrail. */
  update: call(campaignUpdateSchema).returns<CampaignChange>(),
  /** draft → scheduled/active; CONFLICT promotionBelowFloor while a row is below floor without overrideReason. */
  activate: call(campaignActivateSchema).returns<CampaignChange>(),
  /** draft, scheduled or active → cancelled (an ended campaign stays ended). */
  cancel: call(campaignIdSchema).returns<Campaign>(),
  /** The calendar's drag to new dates; re-checks the guardrail like activate for a scheduled/active one. */
  move: call(campaignMoveSchema).returns<CampaignChange>(),
  /** Worst-case rows of every SKU × storefront the campaign covers, with the scheduled/active ones overlapping. */
  guardrail: call(campaignIdSchema).returns<CampaignGuardrail>(),
  /** Conflicts among scheduled and active campaigns meeting a period (also the dashboard alert's rows). */
  conflicts: call(promotionConflictsSchema).returns<PromotionConflicts>(),
  /** METRICS.md Promotions figures, live during and final after, per storefront and SKU, with the daily series. */
  evaluate: call(campaignEvaluateSchema).returns<CampaignEvaluationWithSeries>(),
  /** Several campaigns' evaluations side by side (no daily series), in the order asked for. */
  compare: call(campaignCompareSchema).returns<CampaignComparison>(),
  /** The order lines attributed to a campaign and the rule that matched each, newest first. */
  attribution: call(campaignAttributionSchema).returns<CampaignAttributionPage>(),
};
