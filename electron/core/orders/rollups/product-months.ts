import type { Sqlite } from '../../db/connection';
import { stmt } from '../../pricing/raw-context';
import { CHANGED_PRODUCT_DAYS } from './product-day-diff';
import { PRODUCT_SUM_COLUMNS } from './product-lines-sql';

/**
 * product_month_rollups (migration 0013): product_day_rollups summed per (storefront, month, currency, item).
 * A month of the 1M-order shop is ~78,000 day rows but ~13,000 month rows, and grouping the day rows by product
 * (a sort of every row with all its sums) was most of product profit's time. The sums are additive, so a month
 * row equals the sum of its day rows exactly; product-sums.ts reads month rows for whole months of a period and
 * day rows for the rest (and for months whose FX rate changes inside the month: FX converts per day).
 *
 * Derived from the day rows, not from orders: refreshRollups recomputes the months of the marked days of a
 * storefront after it recomputed those days (a '*' mark: every month of it).
 */

/** Columns of product_month_rollups, in the order productMonthSumsSql selects them. */
export const PRODUCT_MONTH_COLUMNS = [
  'storefront_id',
  'currency',
  'month',
  'item',
  'sku_id',
  'sku_code',
  'title',
  'first_day',
  ...PRODUCT_SUM_COLUMNS,
] as const;

/**
 * Month sums of the day rows `where` picks (product_day_rollups aliased `r`, joined in `from`). sku_id and sku_code are the same on
 * every row of an item ('sku:<id>' / 'code:<code>'); title is the largest imported title, as readers take it.
 */
export const productMonthSumsSql = (where: string, from = 'product_day_rollups r'): string => `
  SELECT r.storefront_id AS storefront_id, r.currency AS currency, substr(r.day, 1, 7) AS month, r.item AS item,
         max(r.sku_id) AS sku_id, max(r.sku_code) AS sku_code, max(r.title) AS title, min(r.day) AS first_day,
         ${PRODUCT_SUM_COLUMNS.map((c) => `sum(r.${c}) AS ${c}`).join(', ')}
    FROM ${from} WHERE ${where}
   GROUP BY r.storefront_id, month, r.currency, r.item`;

// The months of a storefront's marked days, each read through the day rows' key (storefront_id, day) as a range.
const MARKED_MONTHS = `(SELECT DISTINCT substr(day, 1, 7) AS month FROM rollup_dirty
                        WHERE storefront_id = @sf AND day <> '*')`;

// Up to this many marked days (a status change, a refund, a small import) the day rows are rewritten by difference
// (product-day-diff.ts) and only the month rows of the items whose day rows changed are recomputed, each from
// its day rows read by key; more, and whole months are regrouped (one sort).
const FEW_DAYS = 3;

const TOUCHED = 'temp.product_month_touched';

// The (month, currency, item) keys whose day rows refreshProductDaysByDiff changed, added or removed.
const ADD_TOUCHED = `INSERT OR IGNORE INTO ${TOUCHED} (month, currency, item)
  SELECT substr(day, 1, 7), currency, item FROM ${CHANGED_PRODUCT_DAYS}`;

const DAYS_OF_MONTH = `d(dd) AS (VALUES ${Array.from({ length: 31 }, (_, i) => `('${String(i + 1).padStart(2, '0')}')`).join(', ')})`;

/** The connection's scratch table of touched keys (temp: never in the shop's file). */
const touchedTable = (sqlite: Sqlite): void => {
  stmt(
    sqlite,
    `CREATE TEMP TABLE IF NOT EXISTS product_month_touched (month TEXT, currency TEXT, item TEXT,
       PRIMARY KEY (month, currency, item)) WITHOUT ROWID`,
  ).run();
};

const markedDays = (sqlite: Sqlite, sf: string): number =>
  stmt(sqlite, "SELECT count(*) FROM rollup_dirty WHERE storefront_id = @sf AND day <> '*'")
    .pluck()
    .get({ sf }) as number;

/**
 * Whether `sf`'s marks are few enough for the by-key path: then refreshRollups must rewrite the day rows with
 * refreshProductDaysByDiff, which notes the keys this month refresh reads.
 */
export const fewMarkedDays = (sqlite: Sqlite, sf: string, whole: boolean): boolean =>
  !whole && markedDays(sqlite, sf) <= FEW_DAYS;

/**
 * Recomputes the month rows of storefront `sf` for the months of its marked days (every month when `whole`),
 * from product_day_rollups — call it after the day rows of those marks are recomputed, before the marks go
 * (by refreshProductDaysByDiff when fewMarkedDays).
 */
export function refreshProductMonths(sqlite: Sqlite, sf: string, whole: boolean): void {
  const columns = PRODUCT_MONTH_COLUMNS.join(', ');
  if (whole) {
    stmt(sqlite, 'DELETE FROM product_month_rollups WHERE storefront_id = @sf').run({ sf });
    stmt(
      sqlite,
      `INSERT INTO product_month_rollups (${columns}) ${productMonthSumsSql('r.storefront_id = @sf')}`,
    ).run({ sf });
  } else if (fewMarkedDays(sqlite, sf, whole)) {
    touchedTable(sqlite);
    stmt(sqlite, `DELETE FROM ${TOUCHED}`).run();
    stmt(sqlite, ADD_TOUCHED).run();
    stmt(
      sqlite,
      `DELETE FROM product_month_rollups WHERE storefront_id = @sf
          AND (month, currency, item) IN (SELECT month, currency, item FROM ${TOUCHED})`,
    ).run({ sf });
    // The touched keys are the outer loop, in key order: each item's days are found by the full day-row key.
    stmt(
      sqlite,
      `WITH ${DAYS_OF_MONTH}
       INSERT INTO product_month_rollups (${columns})
       ${productMonthSumsSql(
         `r.storefront_id = @sf AND r.day = t.month || '-' || d.dd AND r.currency = t.currency AND r.item = t.item`,
         `${TOUCHED} t CROSS JOIN d CROSS JOIN product_day_rollups r`,
       )}`,
    ).run({ sf });
  } else {
    stmt(
      sqlite,
      `DELETE FROM product_month_rollups WHERE storefront_id = @sf AND month IN ${MARKED_MONTHS}`,
    ).run({ sf });
    stmt(
      sqlite,
      `INSERT INTO product_month_rollups (${columns})
       ${productMonthSumsSql(
         `r.storefront_id = @sf AND r.day BETWEEN m.month || '-01' AND m.month || '-31'`,
         `${MARKED_MONTHS} m JOIN product_day_rollups r`,
       )}`,
    ).run({ sf });
  }
}
