import type { Sqlite } from '../db/connection';
import { stmt } from '../pricing/raw-context';
import { VALID } from './rollups/day-sums-sql';

/**
 * The SQL behind computeKpis. Money comes from the daily rollups (migration 0008, kept by
 * rollups/refresh-rollups.ts): rows per storefront, currency and day — as finely as exact money needs, because
 * FX converts per (currency, day) and fee rules are per storefront — read by primary key, a few hundred rows
 * for a month. Customer counts cannot be summed from days and read orders through orders_placed
 * (placed_date, storefront_id) or orders_storefront_placed. Integers come back as BigInt (weighted
 * commission sums exceed 2^53).
 */

/** Period (and storefront) filter on orders aliased `o`. */
const inPeriod = (one: boolean): string =>
  `o.placed_date BETWEEN @from AND @to AND o.status IN ${VALID}${one ? ' AND o.storefront_id = @sf' : ''}`;

/** Period (and storefront) filter on a rollup table: its key starts with (storefront_id, day). */
const rollupPeriod = (one: boolean): string =>
  one
    ? 'storefront_id = @sf AND day BETWEEN @from AND @to'
    : 'storefront_id IN (SELECT id FROM storefronts) AND day BETWEEN @from AND @to';

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
  SELECT storefront_id AS sf, currency, day, orders, units, gross, discounts, refunds, shipping_income, cogs,
         unmatched, actual_fees, rule_orders, rule_paid, rule_base, own_shipping, default_shipping_orders
    FROM order_day_rollups WHERE ${rollupPeriod(one)}`;

export const readDayRows = (sqlite: Sqlite, f: PeriodFilter): DayRow[] =>
  all<DayRow>(sqlite, dayRows(!!f.storefrontId), f);

/**
 * Commission of fee-rule orders on storefronts with category overrides, in basis points × minor units, as
 * commissionSumsSql (rollups/day-sums-sql.ts) splits it: Σ S, and Σ D × S ÷ N as whole parts and remainders
 * grouped by their denominator.
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
  SELECT storefront_id AS sf, currency, day, den, weighted, whole, rem
    FROM commission_day_rollups WHERE ${rollupPeriod(one)}`;

export const readCommissionRows = (sqlite: Sqlite, f: PeriodFilter): CommissionRow[] =>
  all<CommissionRow>(sqlite, commissionRows(!!f.storefrontId), f);

/**
 * Customer counts per storefront (`sf`) and once each across the selection (`sf` null): buyers, repeat buyers
 * (≥ 2 valid orders), new customers (no valid order before the period, on any storefront), customers of the
 * previous period and how many of them bought again in this one. computeKpis reads them through
 * customer-counts.ts (the same figures, 4× faster at 1M orders); this live SQL is what tests and the bench
 * hold it to. One statement: each period is read once, index-only through orders_valid_storefront_day_customer
 * (migration 0008), and its (storefront, customer) pairs reused by every count. Each part of the UNION gives
 * some of a storefront's counts (zeros elsewhere); readLiveCustomerRows adds them up — cheaper than correlated
 * subqueries over the materialized periods.
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
         0 AS previous, 0 AS retained
    FROM cur c JOIN buyer b ON b.cid = c.cid GROUP BY c.sf
  UNION ALL
  SELECT p.sf, 0, 0, 0, count(*), sum(k.cid IS NOT NULL)
    FROM prev p LEFT JOIN cur k ON k.sf = p.sf AND k.cid = p.cid GROUP BY p.sf
  UNION ALL
  SELECT NULL, count(*), coalesce(sum(n >= 2), 0), coalesce(sum(is_new), 0), 0, 0 FROM buyer
  UNION ALL
  SELECT NULL, 0, 0, 0, count(*), coalesce(sum(b.cid IS NOT NULL), 0)
    FROM (SELECT DISTINCT cid FROM prev) p LEFT JOIN buyer b ON b.cid = p.cid`;

/** Customer counts of `filter`, compared with `previous` (the period before it); one row per storefront and null. */
export function readLiveCustomerRows(
  sqlite: Sqlite,
  filter: PeriodFilter,
  previous: { from: string; to: string },
): CustomerRow[] {
  const parts = stmt(sqlite, customerRows(!!filter.storefrontId))
    .safeIntegers(true)
    .all({ ...params(filter), prevFrom: previous.from, prevTo: previous.to }) as CustomerRow[];
  const bySf = new Map<string | null, CustomerRow>();
  for (const r of parts) {
    const t = bySf.get(r.sf);
    if (!t) bySf.set(r.sf, { ...r });
    else {
      t.buyers += r.buyers;
      t.repeat_buyers += r.repeat_buyers;
      t.new_customers += r.new_customers;
      t.previous += r.previous;
      t.retained += r.retained;
    }
  }
  return [...bySf.values()];
}

/** The rate text in force on `day` (latest entered on or before it), or undefined. */
export function rateOnDay(sqlite: Sqlite, currency: string, day: string): string | undefined {
  const row = stmt(
    sqlite,
    'SELECT rate FROM fx_rates WHERE currency = ? AND date <= ? ORDER BY date DESC LIMIT 1',
  ).get(currency, day) as { rate: string } | undefined;
  return row?.rate;
}
