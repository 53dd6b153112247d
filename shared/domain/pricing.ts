/** Psychological price endings, in whole major units: "9" → ¥39, ¥109; "99" → ¥199; "8" → ¥88. */
export const priceEndings = ['9', '99', '8'] as const;
export type PriceEnding = (typeof priceEndings)[number];

/** Why a price could not be solved: fees alone take ≥ 100 % of the price, or fees + target margin do. */
export type PriceFailure = 'feesTooHigh' | 'targetUnreachable';

export type PriceOutcome = { ok: true; priceMinor: number } | { ok: false; reason: PriceFailure };

/** Fees at one price, each figure rounded once from its exact value (so parts may differ from the total by 1). */
export interface FeesAtPrice {
  commissionMinor: number;
  paymentFeeMinor: number;
  fixedFeeShareMinor: number;
  totalMinor: number;
}

export interface FiguresAtPrice {
  priceMinor: number;
  /** Price minus the seller-funded discount: the base of commission, payment fee and margin. */
  netPriceMinor: number;
  fees: FeesAtPrice;
  profitMinor: number;
  /** Profit ÷ net price in basis points; null when the net price is 0 (METRICS.md: never ∞ or NaN). */
  marginBp: number | null;
}

/**
 * The pricing workbench for one SKU on one storefront. Money is in minor units of the storefront's
 * currency unless the name says base.
 */
export interface PricingWorkbench {
  listingId: string | null;
  skuId: string;
  /** What is being priced, for the page's heading: SKU code and name, product name, storefront name. */
  skuCode: string;
  skuName: string;
  productId: string;
  productName: string;
  storefrontName: string;
  storefrontId: string;
  currency: string;
  baseCurrency: string;
  /** The FX rate used (base units per storefront unit) and its date; null when the currencies are equal. */
  fx: { rate: string; date: string } | null;
  /** The moment whose cost and FX rate were used (ISO UTC). */
  at: string;
  costId: string;
  unitCostBaseMinor: number;
  unitCostMinor: number;
  commissionRateBp: number;
  commissionSource: 'storefront' | 'category';
  paymentFeeRateBp: number;
  fixedFeePerOrderMinor: number;
  shippingPerOrderMinor: number;
  unitsPerOrder: number;
  discountMinor: number;
  shippingShareMinor: number;
  fixedFeeShareMinor: number;
  atPrice: FiguresAtPrice | null;
  breakEven: PriceOutcome;
  minMarginBp: number;
  /** Break-even plus the shop's minimum margin. */
  computedFloor: PriceOutcome;
  listingFloorMinor: number | null;
  /** The listing's own floor when set, else the computed one; null when neither exists. */
  effectiveFloorMinor: number | null;
  belowFloor: boolean | null;
  suggested:
    | ({ targetMarginBp: number; ending: PriceEnding | null } & (
        { ok: true; exactMinor: number; priceMinor: number } | { ok: false; reason: PriceFailure }
      ))
    | null;
}

/** How bulk repricing sets a new price (PRODUCT.md §3). */
export type RepricingRule =
  /** Price so that margin = marginBp, via the cost-plus suggestion. */
  | { kind: 'costPlus'; marginBp: number }
  /** The same SKU's price on another storefront, ± adjustBp (−500 = 5 % cheaper). */
  | { kind: 'match'; storefrontId: string; adjustBp: number }
  /** Leave the price; with an ending, only round it to that ending. */
  | { kind: 'keep' };

/** Why a selected listing gets no new price. */
export type RepricingSkip =
  'noCost' | 'fxMissing' | 'noReference' | 'isReference' | 'feesTooHigh' | 'targetUnreachable';

/** One listing in a repricing preview; money in minor units of the listing's storefront currency. */
export interface RepricingRow {
  listingId: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  storefrontId: string;
  storefrontName: string;
  currency: string;
  oldPriceMinor: number;
  /** Null when skipped. */
  newPriceMinor: number | null;
  marginBeforeBp: number | null;
  marginAfterBp: number | null;
  floorMinor: number | null;
  belowFloor: boolean;
  skipReason?: RepricingSkip;
}

export interface RepricingCounts {
  selected: number;
  changed: number;
  unchanged: number;
  skipped: number;
  belowFloor: number;
}

export interface RepricingPreview {
  rows: RepricingRow[];
  counts: RepricingCounts;
}

export interface RepricingResult {
  /** Listings whose price was written (unchanged and skipped rows are not). */
  updated: number;
  counts: RepricingCounts;
}

export interface PriceSpreadListing {
  listingId: string;
  storefrontId: string;
  storefrontName: string;
  currency: string;
  priceMinor: number;
  /** The price in the shop's base currency at today's FX rate, rounded half away from zero. */
  priceBaseMinor: number;
}

export interface PriceSpreadRow {
  skuId: string;
  skuCode: string;
  skuName: string;
  listings: PriceSpreadListing[];
  minBaseMinor: number;
  maxBaseMinor: number;
  /** (max − min) ÷ min in basis points; null when min is 0 (never ∞). */
  spreadBp: number | null;
  flagged: boolean;
}

export interface PriceSpreadReport {
  baseCurrency: string;
  thresholdBp: number;
  rows: PriceSpreadRow[];
  flaggedCount: number;
  /** Currencies with no FX rate today: their listings are left out of the comparison. */
  missingFx: string[];
}

export interface CompetitorPrice {
  id: string;
  skuId: string;
  competitor: string;
  /** The competitor's storefront or platform, as the person wrote it. */
  platform: string;
  priceMinor: number;
  currency: string;
  observedOn: string;
  url: string | null;
  note: string | null;
  createdAt: string;
  actorId: string | null;
}

export interface CompetitorPrices {
  skuId: string;
  own: {
    listingId: string;
    storefrontId: string;
    storefrontName: string;
    currency: string;
    priceMinor: number;
  }[];
  competitors: CompetitorPrice[];
}
