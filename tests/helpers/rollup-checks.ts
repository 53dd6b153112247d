import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import {
  COMMISSION_COLUMNS,
  commissionSumsSql,
  DAY_COLUMNS,
  daySumsSql,
} from '../../electron/core/orders/rollups/day-sums-sql';
import { CUSTOMER_FIRSTS_SQL } from '../../electron/core/orders/rollups/customer-firsts';
import { PRODUCT_COLUMNS, productSumsSql } from '../../electron/core/orders/rollups/product-lines-sql';
import {
  PRODUCT_MONTH_COLUMNS,
  productMonthSumsSql,
} from '../../electron/core/orders/rollups/product-months';

/** Each rollup table with the live SQL that must produce its rows, and the key its rows sort by. */
const TABLES = [
  {
    table: 'order_day_rollups',
    columns: DAY_COLUMNS,
    live: daySumsSql('1'),
    key: 'storefront_id, day, currency',
  },
  {
    table: 'commission_day_rollups',
    columns: COMMISSION_COLUMNS,
    live: commissionSumsSql('1'),
    key: 'storefront_id, day, currency, den',
  },
  {
    table: 'product_day_rollups',
    columns: PRODUCT_COLUMNS,
    live: productSumsSql('1'),
    key: 'storefront_id, day, currency, item',
  },
  // Migration 0013: month sums of the live product rows, and every customer's first valid day from orders.
  {
    table: 'product_month_rollups',
    columns: PRODUCT_MONTH_COLUMNS,
    live: productMonthSumsSql('1', `(${productSumsSql('1')}) r`),
    key: 'storefront_id, month, currency, item',
  },
  {
    table: 'customer_first_orders',
    columns: ['customer_id', 'first_day'],
    live: CUSTOMER_FIRSTS_SQL,
    key: 'customer_id',
  },
] as const;

export type RollupSnapshot = Record<string, unknown[]>;

/** Every row of the rollup tables, sorted by key. */
export function rollupRows(sqlite: BetterSqlite3.Database): RollupSnapshot {
  return Object.fromEntries(
    TABLES.map((t) => [
      t.table,
      sqlite
        .prepare(`SELECT ${t.columns.join(', ')} FROM ${t.table} ORDER BY ${t.key}`)
        .safeIntegers(true)
        .all(),
    ]),
  );
}

/** What the rollup tables would hold if computed now from every order. */
export function liveRows(sqlite: BetterSqlite3.Database): RollupSnapshot {
  return Object.fromEntries(
    TABLES.map((t) => [
      t.table,
      sqlite
        .prepare(`SELECT ${t.columns.join(', ')} FROM (${t.live}) ORDER BY ${t.key}`)
        .safeIntegers(true)
        .all(),
    ]),
  );
}

export const dirtyMarks = (sqlite: BetterSqlite3.Database): { storefront_id: string; day: string }[] =>
  sqlite.prepare('SELECT storefront_id, day FROM rollup_dirty ORDER BY storefront_id, day').all() as {
    storefront_id: string;
    day: string;
  }[];

/** No marks left and the stored rows equal a live recomputation (non-empty, so the check can fail). */
export function expectRollupsLive(sqlite: BetterSqlite3.Database): RollupSnapshot {
  expect(dirtyMarks(sqlite)).toEqual([]);
  const stored = rollupRows(sqlite);
  expect(stored.order_day_rollups!.length).toBeGreaterThan(0);
  expect(stored).toEqual(liveRows(sqlite));
  return stored;
}
