import { sql, type Kysely } from 'kysely';
import {
  COMMISSION_COLUMNS,
  commissionSumsSql,
  DAY_COLUMNS,
  daySumsSql,
} from '../../orders/rollups/day-sums-sql';
import { PRODUCT_COLUMNS, productSumsSql } from '../../orders/rollups/product-lines-sql';

const VALID = `('paid', 'shipped', 'completed')`;

/*
 * Trigger bodies insert with NOT EXISTS rather than INSERT OR IGNORE: an outer statement's conflict clause
 * (an UPSERT, INSERT OR REPLACE) overrides the conflict policy of the statements in its triggers.
 */
const absent = (sf: string, day: string): string =>
  `NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE storefront_id = ${sf} AND day = ${day})`;

/** Marks a (storefront, day) whose rollup rows must be recomputed; '*' as the day means every day of it. */
const mark = (sf: string, day: string, when = ''): string =>
  `INSERT INTO rollup_dirty (storefront_id, day) SELECT ${sf}, ${day} WHERE ${absent(sf, day)}${when ? ` AND ${when}` : ''};`;

/** Storefronts whose commission rows read category rates (only they have commission_day_rollups rows). */
const overridden = (where = '1'): string =>
  `INSERT INTO rollup_dirty (storefront_id, day)
     SELECT DISTINCT storefront_id, '*' FROM storefront_category_commissions c
      WHERE ${where} AND ${absent('c.storefront_id', `'*'`)};`;

/**
 * Daily rollups: what computeKpis, the daily series and product profit sum, per (storefront, currency, day)
 * and per product, so a month reads a few hundred rows instead of 50,000 orders and 100,000 lines.
 *
 * Triggers only mark (storefront, day) pairs in rollup_dirty — one tiny-table insert per written order,
 * nothing per line — and refreshRollups (electron/core/orders/rollups/refresh-rollups.ts) recomputes the
 * marked days from orders before the writing transaction commits; readers refresh first if marks remain, so
 * a writer that forgot can never show stale figures. Invalid orders (pending, cancelled) are in no sum: their
 * inserts mark nothing. Fee rules (rates, fixed fee, default shipping) are applied when reading, so changing
 * them marks nothing — except where stored sums depend on them: the commission rows of storefronts with
 * category overrides (the rates, products' categories, SKUs moving between products, the storefront's own
 * commission rate), marked for the whole storefront.
 *
 * The rows are derived data: the migration fills them from the orders of that day, and a later change of
 * what they hold needs only a migration that marks every storefront '*'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE order_day_rollups (
       storefront_id TEXT NOT NULL,
       currency TEXT NOT NULL,
       day TEXT NOT NULL,
       orders INTEGER NOT NULL,
       units INTEGER NOT NULL,
       gross INTEGER NOT NULL,
       discounts INTEGER NOT NULL,
       refunds INTEGER NOT NULL,
       shipping_income INTEGER NOT NULL,
       cogs INTEGER NOT NULL,
       unmatched INTEGER NOT NULL,
       actual_fees INTEGER NOT NULL,
       rule_orders INTEGER NOT NULL,
       rule_paid INTEGER NOT NULL,
       rule_base INTEGER NOT NULL,
       own_shipping INTEGER NOT NULL,
       default_shipping_orders INTEGER NOT NULL,
       PRIMARY KEY (storefront_id, day, currency)
     ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE commission_day_rollups (
       storefront_id TEXT NOT NULL,
       currency TEXT NOT NULL,
       day TEXT NOT NULL,
       den INTEGER NOT NULL,
       weighted INTEGER NOT NULL,
       whole INTEGER NOT NULL,
       rem INTEGER NOT NULL,
       PRIMARY KEY (storefront_id, day, currency, den)
     ) STRICT, WITHOUT ROWID`,
    // item: 'sku:<id>' for matched lines, 'code:<imported code>' for unmatched ones. Shares are millionths.
    `CREATE TABLE product_day_rollups (
       storefront_id TEXT NOT NULL,
       currency TEXT NOT NULL,
       day TEXT NOT NULL,
       item TEXT NOT NULL,
       sku_id TEXT,
       sku_code TEXT,
       title TEXT NOT NULL,
       units INTEGER NOT NULL,
       line_net INTEGER NOT NULL,
       cogs INTEGER NOT NULL,
       deductions INTEGER NOT NULL,
       shipping_income INTEGER NOT NULL,
       actual_fees INTEGER NOT NULL,
       own_shipping INTEGER NOT NULL,
       rule_net INTEGER NOT NULL,
       rule_discount INTEGER NOT NULL,
       rule_paid INTEGER NOT NULL,
       rule_orders INTEGER NOT NULL,
       default_shipping_orders INTEGER NOT NULL,
       PRIMARY KEY (storefront_id, day, currency, item)
     ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE rollup_dirty (
       storefront_id TEXT NOT NULL,
       day TEXT NOT NULL,
       PRIMARY KEY (storefront_id, day)
     ) STRICT, WITHOUT ROWID`,
    // Customer figures cannot be summed from days: their query reads each period's (storefront, customer)
    // pairs of valid orders, index-only here instead of one table row per order.
    `CREATE INDEX orders_valid_storefront_day_customer ON orders (storefront_id, placed_date, customer_id)
       WHERE status IN ${VALID}`,
    `CREATE TRIGGER orders_rollup_insert AFTER INSERT ON orders WHEN new.status IN ${VALID} BEGIN
       ${mark('new.storefront_id', 'new.placed_date')}
     END`,
    // Every column a rollup sums or groups by; not customer_id, notes, buyer or address fields.
    `CREATE TRIGGER orders_rollup_update AFTER UPDATE OF storefront_id, placed_date, status, currency,
       line_count, units, gross_minor, line_discount_minor, order_discount_minor, shipping_income_minor,
       total_paid_minor, refunded_minor, cogs_base_minor, unmatched_lines, fees_minor, shipping_cost_minor
       ON orders WHEN old.status IN ${VALID} OR new.status IN ${VALID} BEGIN
       ${mark('old.storefront_id', 'old.placed_date', `old.status IN ${VALID}`)}
       ${mark('new.storefront_id', 'new.placed_date', `new.status IN ${VALID}`)}
     END`,
    `CREATE TRIGGER orders_rollup_delete AFTER DELETE ON orders WHEN old.status IN ${VALID} BEGIN
       ${mark('old.storefront_id', 'old.placed_date')}
     END`,
    // Imports replace lines together with an order update (marked above); this catches a line edited alone.
    `CREATE TRIGGER order_lines_rollup_update AFTER UPDATE OF sku_id, sku_code, title, quantity,
       unit_price_minor, line_discount_minor, unit_cost_base_minor, order_id ON order_lines BEGIN
       INSERT INTO rollup_dirty (storefront_id, day)
         SELECT DISTINCT o.storefront_id, o.placed_date FROM orders o
          WHERE o.id IN (old.order_id, new.order_id) AND o.status IN ${VALID}
            AND ${absent('o.storefront_id', 'o.placed_date')};
     END`,
    `CREATE TRIGGER category_commissions_rollup_insert AFTER INSERT ON storefront_category_commissions BEGIN
       ${mark('new.storefront_id', `'*'`)}
     END`,
    `CREATE TRIGGER category_commissions_rollup_update AFTER UPDATE ON storefront_category_commissions BEGIN
       ${mark('old.storefront_id', `'*'`)}
       ${mark('new.storefront_id', `'*'`)}
     END`,
    `CREATE TRIGGER category_commissions_rollup_delete AFTER DELETE ON storefront_category_commissions BEGIN
       ${mark('old.storefront_id', `'*'`)}
     END`,
    `CREATE TRIGGER products_rollup_category AFTER UPDATE OF category ON products
       WHEN old.category IS NOT new.category BEGIN
       ${overridden('c.category IN (old.category, new.category)')}
     END`,
    `CREATE TRIGGER skus_rollup_product AFTER UPDATE OF product_id ON skus
       WHEN old.product_id IS NOT new.product_id BEGIN
       ${overridden()}
     END`,
    `CREATE TRIGGER storefronts_rollup_commission AFTER UPDATE OF commission_rate_bp ON storefronts
       WHEN old.commission_rate_bp IS NOT new.commission_rate_bp BEGIN
       ${overridden('c.storefront_id = new.id')}
     END`,
    `INSERT INTO order_day_rollups (${DAY_COLUMNS.join(', ')}) ${daySumsSql('1')}`,
    `INSERT INTO commission_day_rollups (${COMMISSION_COLUMNS.join(', ')}) ${commissionSumsSql('1')}`,
    `INSERT INTO product_day_rollups (${PRODUCT_COLUMNS.join(', ')}) ${productSumsSql('1')}`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
