/**
 * What promotions.evaluate / compare / attribution answer (METRICS.md Promotions). Money is base-currency
 * minor units (`baseCurrency`), each figure rounded once; ratios are basis points of one (ROAS too: 52,000 bp
 * = 5.2×, labelled ROAS, never ROI); null = "—" (a zero denominator, or hidden from the service role).
 */
import type { EvaluationFigures } from '../logic/promotions/evaluation';
import type { Band } from '../logic/promotions/evaluation-band';
import type { EvaluationState } from '../logic/promotions/evaluation-periods';
import type { AttributionRule, CampaignState, CampaignType } from './promotions';

export type { Band, EvaluationFigures, EvaluationState };

/** Figures hidden from the service role (PRODUCT.md §10: no costs or profit): sent as null. */
export const evaluationCostKeys = [
  'grossProfitMinor',
  'baselineGrossProfitMinor',
  'incrementalGrossProfitMinor',
  'roiBp',
  'giftCostMinor',
] as const;

/** Sums that include the gift cost: hidden from the service role too when a campaign gave gifts. */
export const evaluationGiftSumKeys = [
  'discountCostMinor',
  'actualCostMinor',
  'budgetLeftMinor',
  'budgetUsedBp',
] as const;

type HiddenKey = (typeof evaluationCostKeys)[number] | (typeof evaluationGiftSumKeys)[number];

/** EvaluationFigures as sent: the keys above are null when hidden. */
export type VisibleEvaluationFigures = Omit<EvaluationFigures, HiddenKey> & {
  [K in HiddenKey]: EvaluationFigures[K] | null;
};

/** One storefront's or one SKU's share of the campaign: during vs baseline. */
export interface EvaluationBreakdownRow {
  units: number;
  baselineUnits: number;
  netSalesMinor: number;
  baselineNetSalesMinor: number;
  /** Null for the service role. */
  grossProfitMinor: number | null;
  baselineGrossProfitMinor: number | null;
  upliftBp: number | null;
  attributedDiscountMinor: number;
  attributedLines: number;
}

export interface StorefrontEvaluation extends EvaluationBreakdownRow {
  storefrontId: string;
  name: string;
}

export interface SkuEvaluation extends EvaluationBreakdownRow {
  /** null for imported lines no SKU matched (campaigns of every SKU only). */
  skuId: string | null;
  skuCode: string;
  title: string;
}

export interface EvaluationDay {
  day: string;
  units: number;
  netSalesMinor: number;
  /** Null for the service role. */
  grossProfitMinor: number | null;
}

/**
 * The daily chart: the campaign days' sales against the baseline band — the baseline days' daily mean ± one
 * population standard deviation, low edge ≥ 0 (shared/logic/promotions/evaluation-band.ts).
 */
export interface EvaluationSeries {
  days: EvaluationDay[];
  baselineDays: EvaluationDay[];
  unitsBand: Band | null;
  netSalesBand: Band | null;
}

export interface CampaignEvaluation {
  campaignId: string;
  name: string;
  type: CampaignType;
  campaignState: CampaignState;
  /** upcoming: nothing to evaluate yet; live: up to today, against a baseline as long as the days so far. */
  state: EvaluationState;
  baseCurrency: string;
  /** The campaign's days in the shop's time zone (its end day is the day before a midnight end). */
  window: { from: string; to: string };
  during: { from: string; to: string } | null;
  baseline: { from: string; to: string } | null;
  plannedDays: number;
  storefrontIds: string[];
  /** Where the figures come from: daily product rollups for sales, campaign_order_lines for discounts. */
  costsHidden: boolean;
  figures: VisibleEvaluationFigures;
  /** Attributed order lines of the evaluated days by the rule that matched them. */
  linesByRule: Record<AttributionRule, number>;
  byStorefront: StorefrontEvaluation[];
  /** By net sales during, largest first. */
  bySku: SkuEvaluation[];
}

export interface CampaignEvaluationWithSeries extends CampaignEvaluation {
  series: EvaluationSeries;
}

/** Several campaigns side by side, in the order asked for. */
export interface CampaignComparison {
  baseCurrency: string;
  costsHidden: boolean;
  campaigns: CampaignEvaluation[];
}

/** One attributed order line, as the campaign's attribution list shows it. */
export interface AttributedLine {
  orderId: string;
  externalId: string;
  storefrontId: string;
  placedAt: string;
  skuId: string | null;
  skuCode: string | null;
  title: string;
  quantity: number;
  rule: AttributionRule;
  /** Minor units of the order's currency. */
  currency: string;
  discountMinor: number;
  gift: boolean;
  /** The codes the export named on the order. */
  promotionCodes: string[];
}

export interface CampaignAttributionPage {
  campaignId: string;
  page: number;
  pageSize: number;
  /** Rows of the rule asked for (all rules when none was). */
  total: number;
  byRule: Record<AttributionRule, number>;
  rows: AttributedLine[];
}
