import type { Sqlite } from '../db/connection';
import { validOrderStatuses } from '../../../shared/domain/orders';
import { stmt } from '../pricing/raw-context';

/**
 * The SQL behind computeKpis. Every query reads valid orders of the period through orders_placed
 * (placed_date, storefront_id) — or orders_storefront_placed with a storefront — and sums in SQL, grouped as
 * finely as exact money needs: by storefront, currency and day, because FX converts per (currency, day) and
 * fee rules are per storefront. Integers come back as BigInt (weighted commission sums exceed 2^53).
 */

const VALID = `(${validOrderStatuses.map((s) => `'${s}'`).join(', ')})`;

/** Period (and storefront) filter on orders aliased `o`. */
const inPeriod = (one: boolean): string =>
  `o.placed_date BETWEEN @from AND @to AND o.status IN ${VALID}${one ? ' AND o.storefront_id = @sf' : ''}`;

/** A line's commission rate: its product category's override on the order's storefront, else the storefront's. */
const LINE_RATE_JOINS = `LEFT JOIN skus k ON k.id = l.sku_id
  LEFT JOIN products p ON p.id = k.product_id
  LEFT JOIN storefront_category_commissions cc ON cc.storefront_id = o.storefront_id AND cc.category = p.category`;
const LINE_WEIGHTED = `coalesce(cc.rate_bp, s.commission_rate_bp) * (l.quantity * l.unit_price_minor - l.line_discount_minor)`;

/** Only storefronts with category overrides need line-level commission sums; the others use order sums. */
const HAS_CATEGORY_RATES = `o.storefront_id IN (SELECT storefront_id FROM storefront_category_commissions)`;

export interface PeriodFilter {
  from: string;
  to: string;
  storefrontId?: string;
}

const params = (f: PeriodFilter): Record<string, string> =>
  f.storefrontId ? { from: f.from, to: f.to, sf: f.storefrontId } : { from: f.from, to: f.to };

function all<T>(sqlite: Sqlite, text: string, f: PeriodFilter): T[] {
  return stmt(sqlite, text).safeIntegers(true).all(params(f)) as T[];
}

/** Order sums of one storefront, currency and day. Money in minor units of `currency` unless named. */
export interface DayRow {
  sf: string;
  currency: string;
  day: string;
  orders: bigint;
  units: bigint;
  gross: bigint;
  discounts: bigint;
  refunds: bigint;
  shipping_income: bigint;
  /** Base-currency minor units. */
  cogs: bigint;
  unmatched: bigint;
  actual_fees: bigint;
  /** Orders without imported fees: the storefront's fee rule applies. */
  rule_orders: bigint;
  rule_paid: bigint;
  /** Σ (gross − line − order discounts) of rule orders: the commission base when one rate fits all lines. */
  rule_base: bigint;
  own_shipping: bigint;
  default_shipping_orders: bigint;
}

const dayRows = (one: boolean): string => `
  SELECT o.storefront_id AS sf, o.currency AS currency, o.placed_date AS day,
         count(*) AS orders, sum(o.units) AS units, sum(o.gross_minor) AS gross,
         sum(o.line_discount_minor + o.order_discount_minor) AS discounts,
         sum(o.refunded_minor) AS refunds, sum(o.shipping_income_minor) AS shipping_income,
         sum(o.cogs_base_minor) AS cogs, sum(o.unmatched_lines) AS unmatched,
         coalesce(sum(o.fees_minor), 0) AS actual_fees,
         sum(o.fees_minor IS NULL) AS rule_orders,
         coalesce(sum(CASE WHEN o.fees_minor IS NULL THEN o.total_paid_minor END), 0) AS rule_paid,
         coalesce(sum(CASE WHEN o.fees_minor IS NULL
                           THEN o.gross_minor - o.line_discount_minor - o.order_discount_minor END), 0) AS rule_base,
         coalesce(sum(o.shipping_cost_minor), 0) AS own_shipping,
         sum(o.shipping_cost_minor IS NULL) AS default_shipping_orders
    FROM orders o
   WHERE ${inPeriod(one)}
   GROUP BY o.placed_date, o.storefront_id, o.currency`;

export const readDayRows = (sqlite: Sqlite, f: PeriodFilter): DayRow[] =>
  all<DayRow>(sqlite, dayRows(!!f.storefrontId), f);

/**
 * Commission of fee-rule orders on storefronts with category overrides, in basis points × minor units:
 * per order S × (N − D) ÷ N = S − D × S ÷ N (S = Σ rate × line net, N = Σ line net, D = the order discount;
 * ruleFees in shared/logic/order-profit.ts). D × S ÷ N is split exactly into a whole part and a remainder
 * over N: orders whose lines share one rate, or without an order discount, leave none; the others are grouped
 * by N so equal denominators arrive summed. Each order's lines are read once (the correlated subquery of a
 * MATERIALIZED CTE). 64-bit integers hold D × N while both stay below 3·10^9 minor units per order.
 */
export interface CommissionRow {
  sf: string;
  currency: string;
  day: string;
  /** 1 when the group has no remainder. */
  den: bigint;
  /** Σ S. */
  weighted: bigint;
  /** Σ whole part of D × S ÷ N. */
  whole: bigint;
  /** Σ remainders over `den`. */
  rem: bigint;
}

const commissionRows = (one: boolean): string => `
  WITH d AS MATERIALIZED (
    SELECT o.storefront_id AS sf, o.currency AS currency, o.placed_date AS day,
           o.order_discount_minor AS disc, o.gross_minor - o.line_discount_minor AS net,
           s.commission_rate_bp AS own_rate,
           coalesce((SELECT sum(${LINE_WEIGHTED}) FROM order_lines l ${LINE_RATE_JOINS} WHERE l.order_id = o.id), 0)
             AS weighted
      FROM orders o
      JOIN storefronts s ON s.id = o.storefront_id
     WHERE ${inPeriod(one)} AND o.fees_minor IS NULL AND ${HAS_CATEGORY_RATES}
  ),
  parts AS (
    SELECT sf, currency, day, net, weighted,
           CASE WHEN net = 0 THEN disc * own_rate
                ELSE disc * (weighted / net) + (disc * (weighted % net)) / net END AS whole,
           CASE WHEN net = 0 THEN 0 ELSE (disc * (weighted % net)) % net END AS rem
      FROM d
  )
  SELECT sf, currency, day, CASE WHEN rem = 0 THEN 1 ELSE net END AS den,
         sum(weighted) AS weighted, sum(whole) AS whole, sum(rem) AS rem
    FROM parts
   GROUP BY sf, currency, day, CASE WHEN rem = 0 THEN 1 ELSE net END`;

export const readCommissionRows = (sqlite: Sqlite, f: PeriodFilter): CommissionRow[] =>
  all<CommissionRow>(sqlite, commissionRows(!!f.storefrontId), f);

/**
 * Customer counts per storefront (`sf`) and once each across the selection (`sf` null): buyers, repeat buyers
 * (≥ 2 valid orders), new customers (no valid order before the period, on any storefront), customers of the
 * previous period and how many of them bought again in this one. One statement: each period is read once and
 * its (storefront, customer) pairs reused by every count.
 */
export interface CustomerRow {
  sf: string | null;
  buyers: bigint;
  repeat_buyers: bigint;
  new_customers: bigint;
  previous: bigint;
  retained: bigint;
}

const customerRows = (one: boolean): string => `
  WITH cur AS MATERIALIZED (
    SELECT o.storefront_id AS sf, o.customer_id AS cid, count(*) AS n FROM orders o
     WHERE ${inPeriod(one)} AND o.customer_id IS NOT NULL GROUP BY o.storefront_id, o.customer_id
  ),
  prev AS MATERIALIZED (
    SELECT DISTINCT o.storefront_id AS sf, o.customer_id AS cid FROM orders o
     WHERE o.placed_date BETWEEN @prevFrom AND @prevTo AND o.status IN ${VALID}
       ${one ? 'AND o.storefront_id = @sf' : ''} AND o.customer_id IS NOT NULL
  ),
  buyer AS MATERIALIZED (
    SELECT cid, sum(n) AS n,
           NOT EXISTS (SELECT 1 FROM orders e
                        WHERE e.customer_id = cur.cid AND e.placed_date < @from AND e.status IN ${VALID})
             AS is_new
      FROM cur GROUP BY cid
  )
  SELECT c.sf AS sf, count(*) AS buyers, sum(c.n >= 2) AS repeat_buyers, sum(b.is_new) AS new_customers,
         coalesce((SELECT count(*) FROM prev p WHERE p.sf = c.sf), 0) AS previous,
         coalesce((SELECT count(*) FROM prev p JOIN cur k ON k.sf = p.sf AND k.cid = p.cid WHERE p.sf = c.sf), 0)
           AS retained
    FROM cur c JOIN buyer b ON b.cid = c.cid GROUP BY c.sf
  UNION ALL
  SELECT p.sf, 0, 0, 0, count(*), 0 FROM prev p WHERE p.sf NOT IN (SELECT sf FROM cur) GROUP BY p.sf
  UNION ALL
  SELECT NULL, (SELECT count(*) FROM buyer), (SELECT coalesce(sum(n >= 2), 0) FROM buyer),
         (SELECT coalesce(sum(is_new), 0) FROM buyer),
         (SELECT count(DISTINCT cid) FROM prev),
         (SELECT count(*) FROM (SELECT DISTINCT cid FROM prev) p JOIN buyer b ON b.cid = p.cid)`;

/** Customer counts of `filter`, compared with `previous` (the period before it). */
export function readCustomerRows(
  sqlite: Sqlite,
  filter: PeriodFilter,
  previous: { from: string; to: string },
): CustomerRow[] {
  return stmt(sqlite, customerRows(!!filter.storefrontId))
    .safeIntegers(true)
    .all({
      ...params(filter),
      prevFrom: previous.from,
      prevTo: previous.to,
    }) as CustomerRow[];
}

/** The rate text in force on `day` (latest entered on or before it), or undefined. */
export function rateOnDay(sqlite: Sqlite, currency: string, day: string): string | undefined {
  const row = stmt(
    sqlite,
    'SELECT rate FROM fx_rates WHERE currency = ? AND date <= ? ORDER BY date DESC LIMIT 1',
  ).get(currency, day) as { rate: string } | undefined;
  return row?.rate;
}
