import type { Sqlite } from '../../db/connection';
import { stmt } from '../../pricing/raw-context';
import { PRODUCT_COLUMNS, productSumsSql } from './product-lines-sql';

/**
 * Recomputes the product_day_rollups rows of a few marked days and writes only the rows that differ, noting
 * their keys in temp.product_day_changed. A one-order write marks its whole day (~940 item rows on a busy day
 * of the 1M-order shop) but changes the rows of that order's items only; product_month_rollups then regroups
 * just those items' months (product-months.ts) instead of every item of the day (95 ms → well under 1 ms).
 * The rows written are the very rows productSumsSql gives, so the table stays equal to a full recomputation.
 */

const KEY = ['storefront_id', 'day', 'currency', 'item'] as const;
const VALUES = PRODUCT_COLUMNS.filter((c) => !(KEY as readonly string[]).includes(c));

const NEW = 'temp.product_day_new';
/** The keys refreshProductDaysByDiff wrote or removed, for the month refresh. */
export const CHANGED_PRODUCT_DAYS = 'temp.product_day_changed';
const CHANGED = CHANGED_PRODUCT_DAYS;

const sameKey = (a: string, b: string): string => KEY.map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');
// IS NOT: sku_id and sku_code may be NULL.
const differs = VALUES.map((c) => `n.${c} IS NOT r.${c}`).join(' OR ');

/** The connection's scratch tables (temp: never in the shop's file). */
function scratchTables(sqlite: Sqlite): void {
  stmt(
    sqlite,
    `CREATE TEMP TABLE IF NOT EXISTS product_day_new (${PRODUCT_COLUMNS.join(', ')},
       PRIMARY KEY (${KEY.join(', ')})) WITHOUT ROWID`,
  ).run();
  stmt(
    sqlite,
    `CREATE TEMP TABLE IF NOT EXISTS product_day_changed (day TEXT, currency TEXT, item TEXT,
       PRIMARY KEY (day, currency, item)) WITHOUT ROWID`,
  ).run();
}

/**
 * `orders` picks the orders of `sf`'s marked days (orders `o`, parameter @sf), `days` the same days in
 * product_day_rollups' own terms (`day IN (…)`). Leaves the changed keys in temp.product_day_changed for
 * the month refresh; clearChangedProductDays empties it.
 */
export function refreshProductDaysByDiff(sqlite: Sqlite, sf: string, orders: string, days: string): void {
  scratchTables(sqlite);
  stmt(sqlite, `DELETE FROM ${NEW}`).run();
  stmt(sqlite, `INSERT INTO ${NEW} (${PRODUCT_COLUMNS.join(', ')}) ${productSumsSql(orders)}`).run({ sf });
  // New or changed rows: each new row probes the stored one by its primary key.
  stmt(
    sqlite,
    `INSERT OR IGNORE INTO ${CHANGED} (day, currency, item)
     SELECT n.day, n.currency, n.item FROM ${NEW} n
       LEFT JOIN product_day_rollups r ON ${sameKey('r', 'n')}
      WHERE r.item IS NULL OR ${differs}`,
  ).run();
  // Rows of items no longer sold on a marked day: the stored rows of those days, each probed in the new set.
  stmt(
    sqlite,
    `INSERT OR IGNORE INTO ${CHANGED} (day, currency, item)
     SELECT r.day, r.currency, r.item FROM product_day_rollups r
      WHERE r.storefront_id = @sf AND r.${days}
        AND NOT EXISTS (SELECT 1 FROM ${NEW} n WHERE ${sameKey('n', 'r')})`,
  ).run({ sf });
  stmt(
    sqlite,
    `DELETE FROM product_day_rollups WHERE storefront_id = @sf
        AND (day, currency, item) IN (SELECT day, currency, item FROM ${CHANGED})`,
  ).run({ sf });
  stmt(
    sqlite,
    `INSERT INTO product_day_rollups (${PRODUCT_COLUMNS.join(', ')})
     SELECT ${PRODUCT_COLUMNS.map((c) => `n.${c}`).join(', ')} FROM ${CHANGED} c
       JOIN ${NEW} n ON n.storefront_id = @sf AND n.day = c.day AND n.currency = c.currency AND n.item = c.item`,
  ).run({ sf });
  stmt(sqlite, `DELETE FROM ${NEW}`).run();
}

/** Empties the changed keys (before a storefront's refresh, and after the months used them). */
export function clearChangedProductDays(sqlite: Sqlite): void {
  scratchTables(sqlite);
  stmt(sqlite, `DELETE FROM ${CHANGED}`).run();
}
