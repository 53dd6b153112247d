import type { Sqlite } from '../db/connection';
import { localDate } from '../../../shared/logic/dates';
import { nowIso } from '../../../shared/logic/ids';
import { readShop } from '../pricing/raw-context';
import { loadRates } from './fx-factor';
import { rankCustomers } from './rfm';

const VALID = "o.status IN ('paid', 'shipped', 'completed')";

/**
 * Commission of one order in its currency, exact (shared/logic/order-profit.ts ruleFees): each line pays its
 * category's rate, and the order-level discount is spread over the lines in proportion to their net amounts,
 * so the commission is (Σ rate × line net) × (N − D) ÷ N. The lines are read only for storefronts with
 * category overrides; otherwise Σ rate × line net is simply the storefront rate × N.
 */
const LINE_NET = 'o.gross_minor - o.line_discount_minor';
const WEIGHTED = `CASE
    WHEN EXISTS (SELECT 1 FROM storefront_category_commissions x WHERE x.storefront_id = o.storefront_id)
    THEN (SELECT total((l.unit_price_minor * l.quantity - l.line_discount_minor)
                       * coalesce(cc.rate_bp, sf.commission_rate_bp))
          FROM order_lines l
          LEFT JOIN skus k ON k.id = l.sku_id
          LEFT JOIN products p ON p.id = k.product_id
          LEFT JOIN storefront_category_commissions cc
            ON cc.storefront_id = o.storefront_id AND cc.category = p.category
          WHERE l.order_id = o.id)
    ELSE CAST(sf.commission_rate_bp AS REAL) * (${LINE_NET})
  END`;
const COMMISSION = `(CASE WHEN ${LINE_NET} = 0
    THEN ${WEIGHTED} - sf.commission_rate_bp * o.order_discount_minor
    ELSE ${WEIGHTED} * (${LINE_NET} - o.order_discount_minor) / (${LINE_NET})
  END) / 10000.0`;

/**
 * Per order: whether it counts, the FX factors to base minor units of its currency and of its storefront's
 * (the fee rule's fixed fee and default shipping cost are storefront money), monetary (gross − seller
 * discounts), and gross profit (METRICS.md: net_sales + shipping_income − cogs − fees − shipping_cost) split
 * by currency: `profit` in the order's, `sf_cost` in the storefront's; COGS is base money captured at import.
 * Nothing is rounded per order: the customer's totals are rounded once (METRICS.md), like order-profit.ts.
 */
const perOrder = (from: string, scope: string) => `
  SELECT o.customer_id, o.storefront_id, o.placed_at, o.placed_date,
         ${VALID} AS valid,
         cd_fx_factor(o.currency, o.placed_date) AS fx,
         cd_fx_factor(sf.currency, o.placed_date) AS sf_fx,
         o.gross_minor - o.line_discount_minor - o.order_discount_minor AS amount,
         o.gross_minor - o.line_discount_minor - o.order_discount_minor - o.refunded_minor
           + o.shipping_income_minor
           - CASE WHEN o.fees_minor IS NOT NULL THEN o.fees_minor
                  ELSE ${COMMISSION} + sf.payment_fee_rate_bp * o.total_paid_minor / 10000.0 END
           - coalesce(o.shipping_cost_minor, 0) AS profit,
         CASE WHEN o.fees_minor IS NULL THEN sf.fixed_fee_minor ELSE 0 END
           + CASE WHEN o.shipping_cost_minor IS NULL THEN sf.shipping_cost_minor ELSE 0 END AS sf_cost,
         o.cogs_base_minor AS cogs
  FROM ${from} JOIN storefronts sf ON sf.id = o.storefront_id
  WHERE ${scope}`;

/** Per (customer, storefront): additive figures of one order scan, rolled up per customer afterwards. */
const buildParts = (from: string, scope: string) => `
  INSERT INTO temp.customer_refresh_parts
  SELECT customer_id, storefront_id,
         sum(valid),
         min(CASE WHEN valid THEN placed_at END),
         max(CASE WHEN valid THEN placed_at END),
         max(CASE WHEN valid THEN placed_date END),
         total(CASE WHEN valid AND fx IS NOT NULL AND sf_fx IS NOT NULL THEN amount * fx END),
         total(CASE WHEN valid AND fx IS NOT NULL AND sf_fx IS NOT NULL THEN profit * fx - sf_cost * sf_fx - cogs END),
         sum(valid AND (fx IS NULL OR sf_fx IS NULL))
  FROM (${perOrder(from, scope)})
  GROUP BY customer_id, storefront_id`;

/** Customer totals from the parts, rounded once (METRICS.md); customers without any order get zeros. */
const INSERT_STATS = `
  INSERT INTO customer_stats (customer_id, orders, first_order_at, last_order_at, last_order_date, monetary_minor,
      gross_profit_minor, unconverted_orders, storefronts, updated_at)
  SELECT customer_id, sum(orders), min(first_at), max(last_at), max(last_date),
         CAST(round(total(monetary)) AS INTEGER), CAST(round(total(profit)) AS INTEGER), sum(unconverted), count(*), @now
  FROM temp.customer_refresh_parts GROUP BY customer_id`;
const INSERT_EMPTY = (customers: string) => `
  INSERT INTO customer_stats (customer_id, orders, monetary_minor, gross_profit_minor, unconverted_orders, storefronts,
      updated_at)
  SELECT c.id, 0, 0, 0, 0, 0, @now FROM customers c
  WHERE ${customers} AND NOT EXISTS (SELECT 1 FROM customer_stats s WHERE s.customer_id = c.id)`;
/** After ranking: one row per storefront with the customer's sort keys and tier. */
const INSERT_STOREFRONTS = `
  INSERT INTO customer_storefronts (storefront_id, customer_id, orders, last_order_at, monetary_minor, tier)
  SELECT p.storefront_id, p.customer_id, s.orders, s.last_order_at, s.monetary_minor, s.tier
  FROM temp.customer_refresh_parts p JOIN customer_stats s ON s.customer_id = p.customer_id`;

/** The shop's calendar day now (METRICS.md: periods and recency are in the shop's time zone). */
export function shopToday(sqlite: Sqlite, at = nowIso()): string {
  return localDate(at, readShop(sqlite).timezone);
}

/**
 * Above this many customers a refresh recomputes everyone from one sequential scan of the orders: fetching
 * each touched customer's orders through the customer index is a random read per order, several times slower
 * per order than the scan (measured: 1,000,000 orders scan in ~2 s, the same through the index in ~12 s).
 */
export const WHOLE_SCAN_ABOVE = 20_000;

/**
 * Recomputes the stored figures of these customers (or of everyone) from their orders, then re-ranks RFM
 * scores and tiers over all customers (quintiles are relative to everyone active in the last 365 days).
 * Runs in the caller's transaction when there is one (better-sqlite3 nests it as a savepoint), so an import
 * calls it just before COMMIT with `writer.touchedCustomers` and its figures commit or roll back with it.
 * Customers merged away lost their rows with their customers row (trigger customers_delete_stats).
 */
export function refreshCustomerStats(
  sqlite: Sqlite,
  customerIds: Iterable<string> | 'all',
  options: { at?: string } = {},
): void {
  const at = options.at ?? nowIso();
  const ids = customerIds === 'all' ? null : new Set(customerIds);
  const whole = ids === null || ids.size > WHOLE_SCAN_ABOVE;
  sqlite.transaction(() => {
    loadRates(sqlite, readShop(sqlite).baseCurrency);
    sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS customer_refresh (id TEXT PRIMARY KEY) STRICT;
      CREATE TEMP TABLE IF NOT EXISTS customer_refresh_parts (customer_id TEXT NOT NULL, storefront_id TEXT NOT NULL,
        orders INTEGER, first_at TEXT, last_at TEXT, last_date TEXT, monetary REAL, profit REAL, unconverted INTEGER);
      DELETE FROM temp.customer_refresh; DELETE FROM temp.customer_refresh_parts;`);
    if (whole) {
      sqlite.exec('DELETE FROM customer_storefronts; DELETE FROM customer_stats;');
      sqlite.prepare(buildParts('orders o NOT INDEXED', 'o.customer_id IS NOT NULL')).run();
      sqlite.prepare(INSERT_STATS).run({ now: at });
      sqlite.prepare(INSERT_EMPTY('1')).run({ now: at });
    } else {
      const add = sqlite.prepare('INSERT OR IGNORE INTO temp.customer_refresh (id) VALUES (?)');
      for (const id of ids) add.run(id);
      sqlite.exec(`DELETE FROM customer_stats WHERE customer_id IN (SELECT id FROM temp.customer_refresh);
        DELETE FROM customer_storefronts WHERE customer_id IN (SELECT id FROM temp.customer_refresh);`);
      sqlite.prepare(buildParts('orders o', 'o.customer_id IN (SELECT id FROM temp.customer_refresh)')).run();
      sqlite.prepare(INSERT_STATS).run({ now: at });
      sqlite.prepare(INSERT_EMPTY('c.id IN (SELECT id FROM temp.customer_refresh)')).run({ now: at });
    }
    rankCustomers(sqlite, shopToday(sqlite, at), at);
    sqlite.prepare(INSERT_STOREFRONTS).run();
    sqlite.exec('DELETE FROM temp.customer_refresh; DELETE FROM temp.customer_refresh_parts;');
  })();
}

const isBusy = (err: unknown): boolean =>
  typeof (err as { code?: unknown })?.code === 'string' &&
  (err as { code: string }).code.startsWith('SQLITE_BUSY');

/**
 * Called before customer figures are read: builds every row the first time (a database migrated to v7, or
 * one whose stats were never built), and re-ranks once per shop day, because recency and the 365-day window
 * move with the calendar even when no order changes. When another connection holds the write lock (an
 * import job), the figures of the last ranking are served rather than waiting for it.
 */
export function ensureCustomerStats(sqlite: Sqlite, at = nowIso()): void {
  const state = sqlite.prepare('SELECT ranked_on FROM customer_stats_state WHERE id = 1').get() as
    { ranked_on: string } | undefined;
  try {
    if (!state) refreshCustomerStats(sqlite, 'all', { at });
    else if (state.ranked_on !== shopToday(sqlite, at)) {
      sqlite.transaction(() => rankCustomers(sqlite, shopToday(sqlite, at), at))();
    }
  } catch (err) {
    if (!isBusy(err) || !state) throw err;
  }
}
