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
 * (storefront, day) before their stored first day (or with none stored) and those whose first day is a marked
 * day without a valid order of theirs on it now, and nobody else: anyone else's stored first day still holds.
 * '*' marks (fee rules) leave customers alone.
 */

/** Every customer's first valid order day, from orders (the migration's fill and tests' live value). */
export const CUSTOMER_FIRSTS_SQL = `
  SELECT customer_id, min(placed_date) AS first_day FROM orders INDEXED BY orders_customer_valid
   WHERE status IN ${VALID} AND customer_id IS NOT NULL GROUP BY customer_id`;

// The first valid day of customer `c`, as orders stand now (NULL: none left, e.g. merged away): min() over
// orders_customer_valid (customer_id, placed_date) is one index seek and one read of that order's row (SQLite
// checks status there although the partial index implies it).
function firstDay(c: string): string {
  return `(SELECT min(o2.placed_date) FROM orders o2 INDEXED BY orders_customer_valid
            WHERE o2.customer_id = ${c} AND o2.status IN ${VALID})`;
}

// Buyers of a marked day whose stored first day is later, or who have none: only for them can that day be a new
// first day (a buyer whose first day is earlier keeps it unless its order went, which the next statement finds).
// On a busy day of the 1M-order shop that is a handful of ~900 buyers, each found by one primary-key probe.
// orders_valid_storefront_day_customer reads the marked days index-only; CROSS JOIN keeps the marks the outer
// loop (the planner scanned the whole index instead: 420 ms → 1 ms for one busy day of the 1M-order shop).
const ADD_EARLIER_BUYERS = `INSERT OR IGNORE INTO temp.customer_first_touched (customer_id, first_day)
  SELECT o.customer_id, ${firstDay('o.customer_id')} FROM rollup_dirty d
    CROSS JOIN orders o INDEXED BY orders_valid_storefront_day_customer
      ON o.storefront_id = d.storefront_id AND o.placed_date = d.day
    LEFT JOIN customer_first_orders f ON f.customer_id = o.customer_id
   WHERE d.day <> '*' AND o.status IN ${VALID} AND o.customer_id IS NOT NULL
     AND (f.first_day IS NULL OR f.first_day > d.day)`;

// Customers whose first day is a marked day but who have no valid order on that day any more (on any
// storefront). The others of that first day keep it unless an earlier valid order appeared, and that order's day
// is marked with them on it (the statement above): on a quiet day of the 1M-order shop ~1,200 customers of every
// storefront have their first day on it, and a handful (those of the changed order) lose it.
const ADD_LOST_firstDayS = `INSERT OR IGNORE INTO temp.customer_first_touched (customer_id, first_day)
  SELECT f.customer_id, ${firstDay('f.customer_id')} FROM rollup_dirty d
    CROSS JOIN customer_first_orders f ON f.first_day = d.day
   WHERE d.day <> '*' AND NOT EXISTS (SELECT 1 FROM orders o INDEXED BY orders_customer_valid
                                       WHERE o.customer_id = f.customer_id AND o.placed_date = d.day
                                         AND o.status IN ${VALID})`;

/**
 * Recomputes the first day of every customer the marks in rollup_dirty may have changed (marks stay), writing
 * only rows that differ. Recomputing all ~900 buyers of a busy day (delete and re-insert) was 25 ms of random
 * b-tree writes on the 1M-order shop for a one-order write that changes at most two of them.
 */
export function refreshCustomerFirsts(sqlite: Sqlite): void {
  stmt(
    sqlite,
    `CREATE TEMP TABLE IF NOT EXISTS customer_first_touched (customer_id TEXT PRIMARY KEY, first_day TEXT)
       WITHOUT ROWID`,
  ).run();
  stmt(sqlite, 'DELETE FROM temp.customer_first_touched').run();
  stmt(sqlite, ADD_EARLIER_BUYERS).run();
  stmt(sqlite, ADD_LOST_firstDayS).run();
  stmt(
    sqlite,
    `DELETE FROM customer_first_orders WHERE customer_id IN
       (SELECT customer_id FROM temp.customer_first_touched WHERE first_day IS NULL)`,
  ).run();
  // The WHERE of DO UPDATE leaves an unchanged row unwritten.
  stmt(
    sqlite,
    `INSERT INTO customer_first_orders (customer_id, first_day)
     SELECT customer_id, first_day FROM temp.customer_first_touched WHERE first_day IS NOT NULL
     ON CONFLICT (customer_id) DO UPDATE SET first_day = excluded.first_day
      WHERE customer_first_orders.first_day <> excluded.first_day`,
  ).run();
  stmt(sqlite, 'DELETE FROM temp.customer_first_touched').run();
}
