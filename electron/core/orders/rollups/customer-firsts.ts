import type { Sqlite } from '../../db/connection';
import { stmt } from '../../pricing/raw-context';
import { VALID } from './day-sums-sql';

/**
 * customer_first_orders (migration 0013): each customer's first valid order day, so "new customers of a period"
 * (METRICS.md: first valid order ever falls in the period) is a range of an index instead of one probe into
 * orders per buyer (46,000 probes for a month of the 1M-order shop).
 *
 * Kept on the rollup marks: a customer's first day changes only when a valid order of theirs appears on a day
 * before it (that order's day is marked, and they have a valid order on it now) or one on their first day goes
 * (insert, delete, status, date and customer_id changes all mark the order's old and new day; 0013 adds the
 * customer_id trigger). So refreshRollups recomputes the customers with a valid order on a marked
 * (storefront, day) and those whose first day is a marked day, and nobody else. '*' marks (fee rules) leave
 * customers alone.
 */

/** Every customer's first valid order day, from orders (the migration's fill and tests' live value). */
export const CUSTOMER_FIRSTS_SQL = `
  SELECT customer_id, min(placed_date) AS first_day FROM orders INDEXED BY orders_customer_valid
   WHERE status IN ${VALID} AND customer_id IS NOT NULL GROUP BY customer_id`;

// Customers a marked day may have changed. orders_valid_storefront_day_customer reads the marked days index-only;
// CROSS JOIN keeps the marks the outer loop (the planner scanned the whole index instead: 420 ms → 1 ms for one
// busy day of the 1M-order shop).
const TOUCHED = `
  SELECT o.customer_id FROM rollup_dirty d
    CROSS JOIN orders o INDEXED BY orders_valid_storefront_day_customer
      ON o.storefront_id = d.storefront_id AND o.placed_date = d.day
   WHERE d.day <> '*' AND o.status IN ${VALID} AND o.customer_id IS NOT NULL
  UNION
  SELECT f.customer_id FROM rollup_dirty d CROSS JOIN customer_first_orders f ON f.first_day = d.day
   WHERE d.day <> '*'`;

/** Recomputes the first day of every customer the marks in rollup_dirty may have changed (marks stay). */
export function refreshCustomerFirsts(sqlite: Sqlite): void {
  stmt(
    sqlite,
    `CREATE TEMP TABLE IF NOT EXISTS touched_customers (customer_id TEXT PRIMARY KEY) WITHOUT ROWID`,
  ).run();
  stmt(sqlite, 'DELETE FROM temp.touched_customers').run();
  stmt(sqlite, `INSERT INTO temp.touched_customers ${TOUCHED}`).run();
  stmt(
    sqlite,
    'DELETE FROM customer_first_orders WHERE customer_id IN (SELECT customer_id FROM temp.touched_customers)',
  ).run();
  // min() over (customer_id, placed_date) is one index seek per customer.
  stmt(
    sqlite,
    `INSERT INTO customer_first_orders (customer_id, first_day)
     SELECT * FROM (SELECT t.customer_id, (SELECT min(o.placed_date) FROM orders o INDEXED BY orders_customer_valid
                   WHERE o.customer_id = t.customer_id AND o.status IN ${VALID}) AS first_day
              FROM temp.touched_customers t) WHERE first_day IS NOT NULL`,
  ).run();
  stmt(sqlite, 'DELETE FROM temp.touched_customers').run();
}
