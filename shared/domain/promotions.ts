/**
 * Promotions (PRODUCT.md §6): the words a campaign is made of, its terms per type, its stacking rules and the
 * guardrail / conflict rows the service answers with. Money is integer minor units of the campaign's currency
 * (every storefront of a campaign has that currency); times are ISO-8601 UTC text, windows half-open
 * [startAt, endAt).
 */

/** PRODUCT.md §6 campaign types, in the order the campaign form lists them. */
export const campaignTypes = [
  'percentage',
  'fixed',
  'flash',
  'tiered',
  'coupon',
  'gift',
  'multibuy',
  'member',
] as const;
export type CampaignType = (typeof campaignTypes)[number];

export const campaignGoals = ['sales', 'clearance', 'new_product', 'new_customers', 'awareness'] as const;
export type CampaignGoal = (typeof campaignGoals)[number];

/**
 * draft → scheduled (before its start) → active (during) → ended (after its end); draft, scheduled and active
 * can become cancelled. Only draft and cancelled are stored as such: once activated, a campaign is scheduled,
 * active or ended by the clock (shared/logic/promotions/states.ts), so nothing has to flip it at midnight.
 */
export const campaignStates = ['draft', 'scheduled', 'active', 'ended', 'cancelled'] as const;
export type CampaignState = (typeof campaignStates)[number];

/** A discount on one unit: a share of the price (2000 bp = 20 % off, i.e. 8折) or an amount off. */
export type UnitDiscount = { kind: 'percent'; offBp: number } | { kind: 'amount'; offMinor: number };

/** One 满减 tier: an order whose value reaches `thresholdMinor` gets `offMinor` off (满300减40). */
export interface SpendTier {
  thresholdMinor: number;
  offMinor: number;
}

/** The terms of each type; `type` repeats the campaign's so the union narrows by itself. */
export type CampaignTerms =
  /** Every unit `offBp` off its listing price. */
  | { type: 'percentage'; offBp: number }
  /** Every unit `offMinor` off its listing price. */
  | { type: 'fixed'; offMinor: number }
  /** 限时抢购: a unit discount during the campaign window, for at most `quantityCap` units in all. */
  | { type: 'flash'; discount: UnitDiscount; quantityCap: number }
  /** 满减 per order; tiers strictly ascending by threshold, the highest one reached applies. */
  | { type: 'tiered'; tiers: SpendTier[] }
  /**
   * A coupon of face value or a percentage (optionally capped at `maxOffMinor`), usable on an order of at least
   * `minSpendMinor`, `quantityIssued` of them, valid during the campaign window.
   */
  | {
      type: 'coupon';
      discount: UnitDiscount;
      maxOffMinor: number | null;
      minSpendMinor: number;
      quantityIssued: number;
    }
  /** 赠品: `giftQuantity` units of the gift SKU with every order of at least `minSpendMinor` (0 = every order). */
  | { type: 'gift'; giftSkuId: string; giftQuantity: number; minSpendMinor: number }
  /**
   * Multi-buy of `units` units: `nthUnit` takes `offBp` off the last unit of each group (第二件半价: units 2,
   * offBp 5000); `bundle` takes `offBp` off every unit of the group (3件8折: units 3, offBp 2000).
   */
  | { type: 'multibuy'; mode: 'nthUnit' | 'bundle'; units: number; offBp: number }
  /** 会员价: a unit discount for members (the guardrail assumes every buyer is one). */
  | { type: 'member'; discount: UnitDiscount };

/** Which SKUs a campaign covers on its storefronts; all three empty = every listed SKU of those storefronts. */
export interface CampaignScope {
  skuIds: string[];
  categories: string[];
  brands: string[];
}

/** How imported order lines are matched to the campaign (issue 6 §5), in the export's own words. */
export interface CampaignAttributionKeys {
  /** Discount / coupon codes (Shopify Discount Code, Etsy Coupon Code, WooCommerce coupons). */
  codes: string[];
  /** Platform promotion ids (Amazon promotion-ids). */
  promotionIds: string[];
  /** Promotion names as the export writes them. */
  names: string[];
}

export const attributionRules = ['code', 'promotion_id', 'name', 'window'] as const;
export type AttributionRule = (typeof attributionRules)[number];

/** A below-floor guardrail accepted on purpose: who, when, why, for which action and how many rows. */
export interface CampaignOverride {
  id: number;
  action: 'activate' | 'update' | 'move';
  reason: string;
  belowFloorRows: number;
  actorId: string | null;
  at: string;
}

export interface Campaign {
  id: string;
  name: string;
  type: CampaignType;
  goal: CampaignGoal;
  /** Derived from the stored state and the clock (see campaignStates). */
  state: CampaignState;
  currency: string;
  terms: CampaignTerms;
  /** The types this campaign combines with; null = the platform defaults of shared/logic/promotions/stacking.ts. */
  stacksWith: CampaignType[] | null;
  storefrontIds: string[];
  scope: CampaignScope;
  keys: CampaignAttributionKeys;
  startAt: string;
  endAt: string;
  budgetMinor: number | null;
  spendMinor: number;
  notes: string | null;
  activatedAt: string | null;
  cancelledAt: string | null;
  /** Newest last; the latest override's reason is the one shown on the campaign. */
  overrides: CampaignOverride[];
  createdAt: string;
  updatedAt: string;
}

/** A campaign in a list or on the calendar (no overrides). */
export type CampaignSummary = Omit<Campaign, 'overrides'>;

/**
 * One SKU on one storefront at the worst moment of the campaign: the lowest effective unit price when every
 * campaign that can apply at that moment stacks. floorMinor, marginBp and belowFloor are null for the service
 * role (PRODUCT.md §10), and floor / margin are null too where no cost or FX rate is known at the start.
 */
export interface GuardrailRow {
  skuId: string;
  skuCode: string;
  skuName: string;
  storefrontId: string;
  listingId: string;
  currency: string;
  listPriceMinor: number;
  /** Rounded down to the minor unit, so `effective < floor` reads the same as the exact comparison. */
  effectivePriceMinor: number;
  floorMinor: number | null;
  /** Margin (profit ÷ net price) at the effective price, with the listing's fees and cost at the start. */
  marginBp: number | null;
  belowFloor: boolean | null;
  /** The campaigns that stack at that moment (this one first), and the stretch of time they overlap. */
  stacked: string[];
  from: string;
  to: string;
  /** Units of the SKU in the basket that produced the price (满减, coupons and gifts spread over them). */
  basketUnits: number;
}

export interface CampaignGuardrail {
  campaignId: string;
  /** Floors, margins and belowFloor hidden: the acting staff member has the service role. */
  costsHidden: boolean;
  rows: GuardrailRow[];
  belowFloorRows: number;
  /** SKU × storefront pairs without a floor (no cost in force at the start, no FX rate). */
  withoutFloor: number;
}

export const conflictKinds = ['noStack', 'belowFloor', 'crossStorefront'] as const;
export type ConflictKind = (typeof conflictKinds)[number];

/**
 * noStack: two campaigns overlap on a SKU × storefront but do not combine (the platform applies only one);
 * belowFloor: campaigns that stack there sell below the floor; crossStorefront: the same SKU is promoted on
 * different storefronts at the same time with different terms.
 */
export interface PromotionConflict {
  kind: ConflictKind;
  skuId: string;
  skuCode: string;
  storefrontIds: string[];
  campaignIds: string[];
  from: string;
  to: string;
  /** belowFloor only (null for the service role and for the other kinds). */
  effectivePriceMinor: number | null;
  floorMinor: number | null;
}

export interface PromotionConflicts {
  from: string;
  to: string;
  costsHidden: boolean;
  conflicts: PromotionConflict[];
  /** Names of the campaigns the conflicts mention, so a list or an alert can read without more calls. */
  campaigns: { id: string; name: string; type: CampaignType; storefrontIds: string[] }[];
}

/** What activate / update / move answer: the campaign and the guardrail it passed (or was overridden past). */
export interface CampaignChange {
  campaign: Campaign;
  guardrail: CampaignGuardrail | null;
}
