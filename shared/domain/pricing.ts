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
