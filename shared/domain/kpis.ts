/**
 * METRICS.md Sales, Profit and Customers figures of one period (`channeldesk kpis`, the dashboard). Money is
 * base-currency minor units, each rounded once from the exact sum; ratios are basis points of one
 * (1234 = 0.1234 = 12.34 %), null when their denominator is 0 (shown as "—").
 */
export interface KpiFigures {
  orders: number;
  units: number;
  grossSalesMinor: number;
  discountsMinor: number;
  refundsMinor: number;
  netSalesMinor: number;
  shippingIncomeMinor: number;
  averageOrderValueMinor: number | null;
  refundRateBp: number | null;
  cogsMinor: number;
  unmatchedLines: number;
  feesMinor: number;
  shippingCostMinor: number;
  grossProfitMinor: number;
  grossMarginBp: number | null;
  buyers: number;
  newCustomers: number;
  repurchaseRateBp: number | null;
  /** Against the previous period of equal length (`KpiReport.previous`). */
  retentionBp: number | null;
}

export interface StorefrontKpis extends KpiFigures {
  storefrontId: string;
  name: string;
}

export interface KpiReport {
  baseCurrency: string;
  from: string;
  to: string;
  /** The same-length period just before, which retention compares with. */
  previous: { from: string; to: string };
  /** Active storefronts and any archived one with orders in the period, by name; only the one asked for. */
  storefronts: StorefrontKpis[];
  /** Every valid order of the selection; customers counted once however many storefronts they bought on. */
  total: KpiFigures;
}
