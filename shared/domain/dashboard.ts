import type { KpiFigures } from './kpis';

/**
 * The owner's dashboard (PRODUCT.md §9): METRICS.md figures of a period with MoM and YoY, the daily trend,
 * storefronts side by side, products ranked by gross profit, service figures and the alerts list.
 * Money is base-currency minor units; ratios and changes are basis points of one (1234 = 12.34 %).
 */

/** A calendar-day range in the shop's time zone, both ends included. */
export interface DashboardPeriod {
  from: string;
  to: string;
}

/**
 * Figures a service-role person must not see (PRODUCT.md §10: "service role does not see costs and profit").
 * For that role the API sends them as null, and the page leaves their cards and columns out.
 */
export const costFigureKeys = [
  'cogsMinor',
  'feesMinor',
  'shippingCostMinor',
  'grossProfitMinor',
  'grossMarginBp',
] as const;
export type CostFigureKey = (typeof costFigureKeys)[number];

/** KpiFigures with the cost and profit figures nullable (null = hidden from the acting person). */
export type DashboardFigures = Omit<KpiFigures, CostFigureKey> & {
  [K in CostFigureKey]: KpiFigures[K] | null;
};

/** The figures the KPI cards show, each with MoM and YoY. */
export const comparedFigureKeys = [
  'netSalesMinor',
  'grossProfitMinor',
  'grossMarginBp',
  'orders',
  'averageOrderValueMinor',
  'buyers',
  'newCustomers',
  'repurchaseRateBp',
  'refundRateBp',
  'units',
  'grossSalesMinor',
] as const;
export type ComparedFigureKey = (typeof comparedFigureKeys)[number];

/** (this − that) ÷ |that| in basis points; null when that is 0, or either side is null (METRICS.md "—"). */
export interface FigureChange {
  momBp: number | null;
  yoyBp: number | null;
}

export interface DashboardDayPoint {
  day: string;
  orders: number;
  units: number;
  netSalesMinor: number;
  /** Null for the service role. */
  grossProfitMinor: number | null;
}

export interface DashboardStorefront {
  storefrontId: string;
  name: string;
  figures: DashboardFigures;
  /** The same storefront's net sales and gross profit MoM. */
  netSalesMomBp: number | null;
  grossProfitMomBp: number | null;
}

/** One SKU's period figures (an unmatched storefront code has skuId null); cost fields null for the service role. */
export interface DashboardProductRow {
  skuId: string | null;
  skuCode: string;
  title: string;
  units: number;
  netSalesMinor: number;
  cogsMinor: number | null;
  feesMinor: number | null;
  grossProfitMinor: number | null;
  grossMarginBp: number | null;
}

/**
 * METRICS.md Service figures. Tickets and surveys do not exist yet (issues 5 and 6): until they land every
 * figure is null and `available` is false, and the page says "not set up yet".
 */
/** METRICS.md Service figures; null where there is nothing to measure ("—"). */
export interface DashboardServiceFigures {
  /** False until the shop has a ticket or a survey template: the panel then says it is not set up yet. */
  available: boolean;
  /** Open now (new, open, pending), whatever the period. */
  openTickets: number | null;
  /** Open now and past a target. */
  overdue: number | null;
  /** Of the tickets resolved in the period, in basis points. */
  slaMetRateBp: number | null;
  /** CSAT 0–100 of the period's responses, in hundredths (87.5 → 8750). */
  csat: number | null;
  /** NPS −100…100 of the period's responses, in hundredths. */
  nps: number | null;
}

export interface DashboardOverview {
  baseCurrency: string;
  /** The shop's time zone, in which every day of the periods is counted. */
  timezone: string;
  storefrontId: string | null;
  period: DashboardPeriod;
  /** The same-length period just before (MoM). */
  previousPeriod: DashboardPeriod;
  /** The same dates a year earlier (YoY); 29 February becomes 28 February. */
  lastYearPeriod: DashboardPeriod;
  /** True when the acting staff member has the service role: cost and profit figures are null. */
  costsHidden: boolean;
  /** False while the shop has no order at all (the page offers the import instead of empty charts). */
  hasOrders: boolean;
  current: DashboardFigures;
  /**
   * Null when that period's figures cannot be computed (an FX rate missing for one of its order days): its
   * changes are then "—" while the current period still shows. `comparisonGaps` names the periods concerned.
   */
  previous: DashboardFigures | null;
  lastYear: DashboardFigures | null;
  comparisonGaps: ('previous' | 'lastYear')[];
  changes: Record<ComparedFigureKey, FigureChange>;
  /** One point per day of the period, and of the previous period (same length) for the dashed overlay. */
  series: DashboardDayPoint[];
  previousSeries: DashboardDayPoint[];
  storefronts: DashboardStorefront[];
  service: DashboardServiceFigures;
}

/**
 * The dashboard's top and bottom products of a period: a call of its own (dashboard.rankings), so the figures
 * do not wait for a product-by-product pass over the period (the larger part of a month's overview at 1M orders).
 */
export interface DashboardRankings {
  baseCurrency: string;
  storefrontId: string | null;
  period: DashboardPeriod;
  costsHidden: boolean;
  /** Ranked by gross profit (by net sales for the service role, who sees no profit); at most 10 each, disjoint. */
  ranking: 'grossProfit' | 'netSales';
  topProducts: DashboardProductRow[];
  bottomProducts: DashboardProductRow[];
}

/** Every product of the period ranked as on the dashboard: the page behind the "SKUs sold at a loss" alert. */
export interface DashboardProducts {
  baseCurrency: string;
  period: DashboardPeriod;
  costsHidden: boolean;
  rows: DashboardProductRow[];
}

/** A listing priced below its floor (its own, else break-even + the shop's minimum margin, as pricing says). */
export interface BelowFloorListing {
  listingId: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  storefrontId: string;
  storefrontName: string;
  /** The storefront's currency, which price and floor are minor units of. */
  currency: string;
  priceMinor: number;
  floorMinor: number;
}

export interface BelowFloorListings {
  /** True for the service role, who sees no floors (they are made of costs): rows are then empty. */
  costsHidden: boolean;
  rows: BelowFloorListing[];
}

/**
 * Alerts the dashboard raises now. The last three belong to features still to come (promotions, tickets,
 * surveys): they are part of the type so those features add a producer, not a new shape.
 */
export const alertKinds = [
  'fxMissing',
  'negativeMargin',
  'belowFloor',
  'lowStock',
  'duplicateImport',
  'promotionConflict',
  'overdueTickets',
  'lowScores',
] as const;
export type AlertKind = (typeof alertKinds)[number];
export type AlertSeverity = 'critical' | 'warning' | 'info';

/** Where the rows behind an alert are listed: a route of the app and its query string values. */
export interface AlertLink {
  route: string;
  query: Record<string, string>;
}

export interface DashboardAlert {
  kind: AlertKind;
  severity: AlertSeverity;
  /** How many rows are behind it (SKUs, listings, orders, files). */
  count: number;
  /** Values for the message (`dashboard.alerts.<kind>` with i18next placeholders). */
  params: Record<string, string | number>;
  link: AlertLink;
}
