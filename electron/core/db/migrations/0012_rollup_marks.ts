import { sql, type Kysely } from 'kysely';

const VALID = `('paid', 'shipped', 'completed')`;

/*
 * Why 0008's order triggers change (measured on a 100,000-line import, 20 s → see CONTRIBUTING "Import speed"):
 * - Any trigger on a table makes each statement on it keep a statement journal, a copy of every page it touches
 *   (orders has 20 indexes: ~80 KB per inserted order), so the statement can be undone alone. For INSERT that was
 *   two thirds of an order row's write cost. Orders are inserted in one place (OrderWriter,
 *   electron/core/orders/import/write-orders.ts), which now marks the day itself (markRollupDay); a test keeps any
 *   other INSERT INTO orders out of electron/. Updates and deletes come from many places, so they keep triggers.
 * - 0008 marked with `INSERT INTO rollup_dirty … SELECT … WHERE NOT EXISTS (SELECT … FROM rollup_dirty …)`: an
 *   INSERT reading its own table collects its rows in a temporary table first, once per fired trigger. Here the
 *   "not marked yet" test is the trigger's WHEN clause and the body a plain INSERT … VALUES — still no INSERT OR
 *   IGNORE (an outer statement's conflict clause would override it, see 0008). One mark per trigger, so the second
 *   mark of an update (old day, new day) sees the first.
 */
const absent = (sf: string, day: string): string =>
  `NOT EXISTS (SELECT 1 FROM rollup_dirty WHERE storefront_id = ${sf} AND day = ${day})`;

/** A trigger that marks the (storefront, day) of `row` ('new' or 'old') when that row is a valid order. */
const markTrigger = (name: string, event: string, row: 'new' | 'old'): string =>
  `CREATE TRIGGER ${name} AFTER ${event} ON orders
     WHEN ${row}.status IN ${VALID} AND ${absent(`${row}.storefront_id`, `${row}.placed_date`)} BEGIN
     INSERT INTO rollup_dirty (storefront_id, day) VALUES (${row}.storefront_id, ${row}.placed_date);
   END`;

// Every column a rollup sums or groups by (as 0008): not customer_id, notes, buyer or address fields.
const UPDATE_OF = `UPDATE OF storefront_id, placed_date, status, currency, line_count, units, gross_minor,
  line_discount_minor, order_discount_minor, shipping_income_minor, total_paid_minor, refunded_minor,
  cogs_base_minor, unmatched_lines, fees_minor, shipping_cost_minor`;

/**
 * The order triggers of 0008 without the insert one, the others in a form that costs a lookup instead of a
 * temporary table. The line and commission triggers stay as they are: they fire on rare edits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    'DROP TRIGGER orders_rollup_insert',
    'DROP TRIGGER orders_rollup_update',
    'DROP TRIGGER orders_rollup_delete',
    markTrigger('orders_rollup_update_old', UPDATE_OF, 'old'),
    markTrigger('orders_rollup_update_new', UPDATE_OF, 'new'),
    markTrigger('orders_rollup_delete', 'DELETE', 'old'),
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
