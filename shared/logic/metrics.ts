/**
 * METRICS.md Sales, Profit and Customers figures from period aggregates, exact. Money is a Fraction of
 * base-currency minor units (sums of orders converted at their dates' rates); callers round once, at the end.
 * Every ratio with a zero denominator is null — shown as "—", never as 0, ∞ or NaN.
 */
import type { CustomerTier, RfmScores } from '../domain/customers';
import { compare, div, frac, sub, sum, ZERO, type Fraction } from './fraction';

export { breakEvenPrice } from './pricing/break-even';

/** num ÷ den, or null when den is 0. */
export function ratio(num: Fraction | number, den: Fraction | number): Fraction | null {
  const d = typeof den === 'number' ? frac(den) : den;
  if (compare(d, ZERO) === 0) return null;
  return div(typeof num === 'number' ? frac(num) : num, d);
}

/** What the Sales figures are made of: valid orders of one period (and storefront, or all). */
export interface SalesTotals {
  orders: number;
  grossSales: Fraction;
  /** Seller-funded only (line + order-level); platform-funded discounts are not the seller's. */
  discounts: Fraction;
  refunds: Fraction;
}

export interface ProfitTotals extends SalesTotals {
  shippingIncome: Fraction;
  cogs: Fraction;
  fees: Fraction;
  shippingCost: Fraction;
}

/** gross_sales − discounts: what buyers were charged for the goods, the base of AOV, refund rate and RFM monetary. */
export const salesAfterDiscounts = (t: SalesTotals): Fraction => sub(t.grossSales, t.discounts);

/** net_sales = gross_sales − discounts − refunds. */
export const netSales = (t: SalesTotals): Fraction => sub(salesAfterDiscounts(t), t.refunds);

/** average_order_value (客单价) = (gross_sales − discounts) ÷ orders. */
export const averageOrderValue = (t: SalesTotals): Fraction | null => ratio(salesAfterDiscounts(t), t.orders);

/** refund_rate = refunds ÷ (gross_sales − discounts). */
export const refundRate = (t: SalesTotals): Fraction | null => ratio(t.refunds, salesAfterDiscounts(t));

/** gross_profit = net_sales + shipping_income − cogs − fees − shipping_cost. */
export const grossProfit = (t: ProfitTotals): Fraction =>
  sub(sum(netSales(t), t.shippingIncome), sum(t.cogs, t.fees, t.shippingCost));

/** gross_margin = gross_profit ÷ net_sales. */
export const grossMargin = (t: ProfitTotals): Fraction | null => ratio(grossProfit(t), netSales(t));

/** Distinct customers of a period and of the previous period of equal length. */
export interface CustomerCounts {
  /** Customers with ≥ 1 valid order in the period. */
  buyers: number;
  /** Customers with ≥ 2 valid orders in the period. */
  repeatBuyers: number;
  /** Customers with ≥ 1 valid order in the previous period. */
  previousBuyers: number;
  /** Customers with a valid order in both the previous period and this one. */
  retainedBuyers: number;
}

/** repurchase_rate (复购率) = customers with ≥ 2 valid orders ÷ buyers. */
export const repurchaseRate = (c: CustomerCounts): Fraction | null => ratio(c.repeatBuyers, c.buyers);

/** retention = customers in both the previous and this period ÷ customers of the previous period. */
export const retention = (c: CustomerCounts): Fraction | null => ratio(c.retainedBuyers, c.previousBuyers);

/** MoM (环比) or YoY (同比) change: (this − that) ÷ that; null when that is 0. */
export function change(current: Fraction | number, previous: Fraction | number): Fraction | null {
  const now = typeof current === 'number' ? frac(current) : current;
  const then = typeof previous === 'number' ? frac(previous) : previous;
  return ratio(sub(now, then), then);
}

/** A range of calendar days in the shop's time zone, both ends included (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/** Milliseconds of a date at UTC midnight; setUTCFullYear keeps years 0–99 (Date.UTC maps them to 19xx). */
function dayMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

function dayText(ms: number): string {
  const t = new Date(ms);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** "2024-03-01" + −1 → "2024-02-29". */
export const addDays = (date: string, days: number): string => dayText(dayMs(date) + days * DAY_MS);

/** Days in a period, both ends counted: June 1–30 is 30. */
export const periodDays = (p: Period): number => Math.round((dayMs(p.to) - dayMs(p.from)) / DAY_MS) + 1;

/** The same-length period immediately before (MoM, retention): June 1–30 → May 2–31. */
export function previousPeriod(p: Period): Period {
  const days = periodDays(p);
  return { from: addDays(p.from, -days), to: addDays(p.from, -1) };
}

/** The same dates a year earlier (YoY); February 29 becomes February 28. */
export function yearEarlier(p: Period): Period {
  const back = (date: string): string => {
    const [y, m, d] = date.split('-') as [string, string, string];
    const year = String(Number(y) - 1).padStart(4, '0');
    const candidate = `${year}-${m}-${d}`;
    return addDays(candidate, 0) === candidate ? candidate : `${year}-${m}-28`;
  };
  return { from: back(p.from), to: back(p.to) };
}

/** RFM scores a customer only when their last valid order is within this many days (METRICS.md). */
export const RFM_WINDOW_DAYS = 365;

/** What RFM needs of one customer: days since the last valid order, valid orders, Σ (gross_sales − discounts). */
export interface RfmInput {
  id: string;
  recencyDays: number;
  frequency: number;
  monetary: Fraction;
}

export interface RfmResult {
  id: string;
  /** Null when the customer has no valid order in the last RFM_WINDOW_DAYS days. */
  scores: RfmScores | null;
  tier: CustomerTier;
}

/**
 * Quintile score 1–5 of each value, 5 best. A value's score is 1 + ⌊5 × (values strictly worse) ÷ n⌋, so
 * ties always share one score — the one of the first place they occupy — and the result never depends on the
 * input order. With five distinct values the scores are 1…5; with every value equal, everyone scores 1.
 */
export function quintileScores<T>(values: readonly T[], worseFirst: (a: T, b: T) => number): number[] {
  const order = values.map((_, i) => i).sort((a, b) => worseFirst(values[a]!, values[b]!));
  const scores = new Array<number>(values.length);
  let worse = 0;
  for (let k = 0; k < order.length; k++) {
    if (k > 0 && worseFirst(values[order[k - 1]!]!, values[order[k]!]!) !== 0) worse = k;
    scores[order[k]!] = 1 + Math.floor((5 * worse) / values.length);
  }
  return scores;
}

/**
 * PRODUCT.md §5 value tiers from R/F/M scores, first rule that fits:
 * - high_value: bought recently enough (R ≥ 3), often (F ≥ 4) and much (M ≥ 4) — keep them close;
 * - potential: very recent (R ≥ 4) but not yet high value, or R = 3 with F or M ≥ 3 — worth a second order;
 * - low_value: R = 3 with F and M ≤ 2 — occasional small buyers;
 * - at_risk: not recent (R ≤ 2) but they used to buy often or much (F or M ≥ 3) — win them back first;
 * - lost: not recent, never frequent nor big (R, F, M ≤ 2), and everyone outside the 365-day window.
 */
export function valueTier(s: RfmScores | null): CustomerTier {
  if (s === null) return 'lost';
  if (s.recency >= 3) {
    if (s.frequency >= 4 && s.monetary >= 4) return 'high_value';
    if (s.recency >= 4 || s.frequency >= 3 || s.monetary >= 3) return 'potential';
    return 'low_value';
  }
  return s.frequency >= 3 || s.monetary >= 3 ? 'at_risk' : 'lost';
}

/**
 * METRICS.md RFM over the customers given: those active in the last RFM_WINDOW_DAYS days are scored by quintile
 * among themselves (fewer days = better recency; more orders, more money = better), the rest get no scores.
 */
export function scoreRfm(customers: readonly RfmInput[]): RfmResult[] {
  const active = customers.filter((c) => c.recencyDays < RFM_WINDOW_DAYS);
  const r = quintileScores(active, (a, b) => b.recencyDays - a.recencyDays);
  const f = quintileScores(active, (a, b) => a.frequency - b.frequency);
  const m = quintileScores(active, (a, b) => compare(a.monetary, b.monetary));
  const scored = new Map(
    active.map((c, i) => [c.id, { recency: r[i]!, frequency: f[i]!, monetary: m[i]! }] as const),
  );
  return customers.map((c) => {
    const scores = scored.get(c.id) ?? null;
    return { id: c.id, scores, tier: valueTier(scores) };
  });
}
