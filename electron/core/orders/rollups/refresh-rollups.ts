import type { Sqlite } from '../../db/connection';
import { stmt } from '../../pricing/raw-context';
import { COMMISSION_COLUMNS, commissionSumsSql, DAY_COLUMNS, daySumsSql } from './day-sums-sql';
import { refreshCustomerFirsts } from './customer-firsts';
import { PRODUCT_COLUMNS, productSumsSql } from './product-lines-sql';
import { clearChangedProductDays, refreshProductDaysByDiff } from './product-day-diff';
import { fewMarkedDays, refreshProductMonths } from './product-months';

/**
 * Keeps order_day_rollups, commission_day_rollups and product_day_rollups (migration 0008) equal to what
 * their SQL computes from orders: triggers mark changed (storefront, day) pairs in rollup_dirty, and this
 * recomputes exactly those. Writers call refreshRollups inside their transaction before COMMIT (so the
 * marks and the new rows commit together, and a rollback drops both); readers call ensureRollupsFresh.
 * Migration 0013's tables follow the same marks: product_month_rollups from the recomputed day rows,
 * customer_first_orders for the customers of the marked days.
 */

const TABLES = [
  { table: 'order_day_rollups', columns: DAY_COLUMNS, select: daySumsSql },
  { table: 'commission_day_rollups', columns: COMMISSION_COLUMNS, select: commissionSumsSql },
  { table: 'product_day_rollups', columns: PRODUCT_COLUMNS, select: productSumsSql },
] as const;

// The marked days of one storefront, as a set: one statement per table however many days an import touched
// (orders_storefront_placed serves the IN list), instead of one per day.
const MARKED_DAYS =
  'o.storefront_id = @sf AND o.placed_date IN (SELECT day FROM rollup_dirty WHERE storefront_id = @sf)';
const WHOLE_STOREFRONT = 'o.storefront_id = @sf';

function recompute(sqlite: Sqlite, sf: string, whole: boolean): void {
  // A few marked days: product rows are rewritten by difference, so the month refresh knows the changed items.
  const few = fewMarkedDays(sqlite, sf, whole);
  clearChangedProductDays(sqlite);
  for (const t of TABLES) {
    const days = 'day IN (SELECT day FROM rollup_dirty WHERE storefront_id = @sf)';
    if (few && t.table === 'product_day_rollups') {
      refreshProductDaysByDiff(sqlite, sf, MARKED_DAYS, days);
      continue;
    }
    const rows = whole ? 'storefront_id = @sf' : `storefront_id = @sf AND ${days}`;
    stmt(sqlite, `DELETE FROM ${t.table} WHERE ${rows}`).run({ sf });
    const insert = `INSERT INTO ${t.table} (${t.columns.join(', ')}) ${t.select(whole ? WHOLE_STOREFRONT : MARKED_DAYS)}`;
    stmt(sqlite, insert).run({ sf });
  }
  refreshProductMonths(sqlite, sf, whole);
  clearChangedProductDays(sqlite);
}

/**
 * Recomputes every marked (storefront, day) — a '*' mark: every day of the storefront — and clears the
 * marks. Joins the caller's transaction, or runs in its own. Returns how many marks it handled.
 */
export function refreshRollups(sqlite: Sqlite): number {
  const run = (): number => {
    const marks = stmt(sqlite, 'SELECT storefront_id AS sf, day FROM rollup_dirty').all() as {
      sf: string;
      day: string;
    }[];
    if (!marks.length) return 0;
    const whole = new Set(marks.filter((m) => m.day === '*').map((m) => m.sf));
    for (const sf of new Set(marks.map((m) => m.sf))) recompute(sqlite, sf, whole.has(sf));
    refreshCustomerFirsts(sqlite);
    stmt(sqlite, 'DELETE FROM rollup_dirty').run();
    return marks.length;
  };
  return sqlite.inTransaction ? run() : sqlite.transaction(run).immediate();
}

/**
 * Marks the (storefront, day) of an order being inserted. Inserts have no trigger (migration 0012: a trigger makes
 * every insert keep a statement journal); OrderWriter, the one place orders are inserted, calls this. OR IGNORE is
 * safe here (not inside a trigger): a day marked already stays marked. Invalid orders may be marked: the day is
 * recomputed to the same sums.
 */
export function markRollupDay(sqlite: Sqlite, storefrontId: string, day: string): void {
  stmt(sqlite, 'INSERT OR IGNORE INTO rollup_dirty (storefront_id, day) VALUES (?, ?)').run(
    storefrontId,
    day,
  );
}

/** Refreshes first when a writer left marks (cheap when none: one probe of a tiny table). */
export function ensureRollupsFresh(sqlite: Sqlite): void {
  if (stmt(sqlite, 'SELECT 1 FROM rollup_dirty LIMIT 1').get() !== undefined) refreshRollups(sqlite);
}
