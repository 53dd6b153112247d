import type { Sqlite } from '../../db/connection';
import { readStorefronts, stmt } from '../../pricing/raw-context';
import { ensureRollupsFresh } from './refresh-rollups';
import { addDays } from '../../../../shared/logic/metrics';

/**
 * Which product rollup rows make up a period: product_month_rollups for whole calendar months, product_day_rollups
 * for the days around them. A month row may stand for its days only when one FX rate converts all of them
 * (product-profit.ts converts per day): for the order's currency and the storefront's (fixed fee, default
 * shipping), the base currency or a rate entered on or before the 1st and none later in the month. Otherwise
 * that (storefront, month, currency) is read day by day, so every day is counted exactly once either way.
 *
 * A piece is read through a rollup table's key: [kind, storefront, from, to, currency] — 'm': the month rows of
 * `from` ('YYYY-MM') in `currency`; 'd': the day rows from…to, of `currency` only when it is not null.
 */
export type Piece = ['m' | 'd', string, string, string, string | null];

/** 'YYYY-MM' moved by `delta` months. */
function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first and last whole calendar month inside from…to ('YYYY-MM'); wholeFrom > wholeTo when there is none. */
export function wholeMonths(from: string, to: string): { wholeFrom: string; wholeTo: string } {
  const wholeFrom = from.endsWith('-01') ? from.slice(0, 7) : addMonths(from.slice(0, 7), 1);
  const lastOfMonth = addDays(to, 1).endsWith('-01');
  const wholeTo = lastOfMonth ? to.slice(0, 7) : addMonths(to.slice(0, 7), -1);
  return { wholeFrom, wholeTo };
}

const RATE_HOLDS = `SELECT EXISTS (SELECT 1 FROM fx_rates WHERE currency = @c AND date <= @first)
   AND NOT EXISTS (SELECT 1 FROM fx_rates WHERE currency = @c AND date > @first AND date <= @last)`;

// The currencies sold in each (storefront, month): a day row exists wherever a product row does.
const SOLD = (one: boolean): string => `
  SELECT DISTINCT storefront_id AS sf, substr(day, 1, 7) AS month, currency FROM order_day_rollups
   WHERE ${one ? 'storefront_id = @sf' : 'storefront_id IN (SELECT id FROM storefronts)'}
     AND day BETWEEN @first AND @last`;

/** The pieces of from…to (one storefront or all), as described above; reads the rollups (refreshed first). */
export function productPieces(
  sqlite: Sqlite,
  q: { from: string; to: string; storefrontId?: string },
  baseCurrency: string,
): Piece[] {
  ensureRollupsFresh(sqlite);
  const storefronts = readStorefronts(sqlite);
  const ids = q.storefrontId !== undefined ? [q.storefrontId] : [...storefronts.keys()];
  const { wholeFrom, wholeTo } = wholeMonths(q.from, q.to);
  if (wholeFrom > wholeTo) return ids.map((sf) => ['d', sf, q.from, q.to, null]);

  const first = `${wholeFrom}-01`;
  const last = addDays(`${addMonths(wholeTo, 1)}-01`, -1);
  const pieces: Piece[] = [];
  for (const sf of ids) {
    if (q.from < first) pieces.push(['d', sf, q.from, addDays(first, -1), null]);
    if (q.to > last) pieces.push(['d', sf, addDays(last, 1), q.to, null]);
  }
  const holds = new Map<string, boolean>();
  const rateHolds = (currency: string, month: string): boolean => {
    if (currency === baseCurrency) return true;
    const key = `${currency}|${month}`;
    let h = holds.get(key);
    if (h === undefined) {
      const args = { c: currency, first: `${month}-01`, last: `${month}-31` };
      h = stmt(sqlite, RATE_HOLDS).pluck().get(args) === 1;
      holds.set(key, h);
    }
    return h;
  };
  const sold = stmt(sqlite, SOLD(q.storefrontId !== undefined)).all(
    q.storefrontId !== undefined ? { sf: q.storefrontId, first, last } : { first, last },
  ) as { sf: string; month: string; currency: string }[];
  for (const s of sold) {
    const sfCurrency = storefronts.get(s.sf)?.currency ?? baseCurrency;
    if (rateHolds(s.currency, s.month) && rateHolds(sfCurrency, s.month)) {
      pieces.push(['m', s.sf, s.month, s.month, s.currency]);
    } else {
      pieces.push(['d', s.sf, `${s.month}-01`, `${s.month}-31`, s.currency]);
    }
  }
  return pieces;
}
