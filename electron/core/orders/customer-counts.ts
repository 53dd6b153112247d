import type { Sqlite } from '../db/connection';
import { stmt } from '../pricing/raw-context';
import type { CustomerRow, PeriodFilter } from './kpi-queries';
import { VALID } from './rollups/day-sums-sql';
import { ensureRollupsFresh } from './rollups/refresh-rollups';

/**
 * Customer counts of a period (METRICS.md "Customers"), the figures readLiveCustomerRows (kpi-queries.ts) gives,
 * for any from…to. Distinct customers cannot be summed from days, and SQL's GROUP BY / DISTINCT over a month's
 * ~55,000 (storefront, customer) pairs of the 1M-order shop builds a temporary b-tree per count (≈ 60 ms each,
 * five of them). Here each storefront's customer ids of each period come back as one string, index-only from
 * orders_valid_storefront_day_customer in index order (no sort), and the counting is Map/Set work in JS. New
 * customers come from customer_first_orders (rollups/customer-firsts.ts): an index range of first days instead
 * of a probe into orders per buyer.
 */

// Unit separator: customer ids are ids we make (UUID-shaped text), never holding a control character.
// INDEXED BY pins the index-only read: for the live SQL's all-storefront period the planner picked orders_placed
// and one table row per order (SQLite 3.53 even a full scan for a count), several times slower.
const SEP = '\u001f';

const IDS = `SELECT group_concat(customer_id, char(31)) FROM orders INDEXED BY orders_valid_storefront_day_customer
  WHERE storefront_id = @sf AND placed_date BETWEEN @from AND @to AND status IN ${VALID}
    AND customer_id IS NOT NULL`;

const NEW_IDS = `SELECT group_concat(customer_id, char(31)) FROM customer_first_orders
  WHERE first_day BETWEEN @from AND @to`;

function ids(sqlite: Sqlite, text: string, args: Record<string, string>): string[] {
  const all = stmt(sqlite, text).pluck().get(args) as string | null;
  return all === null ? [] : all.split(SEP);
}

/** Valid orders per customer of one storefront in from…to. */
function ordersPerCustomer(sqlite: Sqlite, sf: string, from: string, to: string): Map<string, number> {
  const n = new Map<string, number>();
  for (const id of ids(sqlite, IDS, { sf, from, to })) n.set(id, (n.get(id) ?? 0) + 1);
  return n;
}

type Counts = { [K in Exclude<keyof CustomerRow, 'sf'>]: number } & { sf: string | null };

const counts = (sf: string | null): Counts => ({
  sf,
  buyers: 0,
  repeat_buyers: 0,
  new_customers: 0,
  previous: 0,
  retained: 0,
});

const asRow = (c: Counts): CustomerRow => ({
  sf: c.sf,
  buyers: BigInt(c.buyers),
  repeat_buyers: BigInt(c.repeat_buyers),
  new_customers: BigInt(c.new_customers),
  previous: BigInt(c.previous),
  retained: BigInt(c.retained),
});

/**
 * Customer counts of `filter` against `previous` (the period before it): one row per storefront with buyers or
 * previous buyers, and the selection's row (sf null), where a customer counts once however many storefronts
 * they bought on (repeat: ≥ 2 valid orders in the period across them; retained: bought in both periods, on any).
 */
export function readCustomerRows(
  sqlite: Sqlite,
  filter: PeriodFilter,
  previous: { from: string; to: string },
): CustomerRow[] {
  ensureRollupsFresh(sqlite);
  const storefronts =
    filter.storefrontId !== undefined
      ? [filter.storefrontId]
      : (stmt(sqlite, 'SELECT id FROM storefronts').pluck().all() as string[]);
  const fresh = new Set(ids(sqlite, NEW_IDS, { from: filter.from, to: filter.to }));
  const one = storefronts.length === 1 && filter.storefrontId !== undefined;
  const bought = new Map<string, number>(); // valid orders in the period across the selection
  // Customers of the previous period, any storefront of the selection → the last storefront (index) counting
  // them: one Map dedupes per storefront and across them.
  const before = new Map<string, number>();
  const rows: Counts[] = [];
  storefronts.forEach((sf, index) => {
    const r = counts(sf);
    const now = ordersPerCustomer(sqlite, sf, filter.from, filter.to);
    for (const [id, n] of now) {
      r.buyers++;
      if (n >= 2) r.repeat_buyers++;
      if (fresh.has(id)) r.new_customers++;
      if (!one) bought.set(id, (bought.get(id) ?? 0) + n);
    }
    for (const id of ids(sqlite, IDS, { sf, from: previous.from, to: previous.to })) {
      if (before.get(id) === index) continue;
      before.set(id, index);
      r.previous++;
      if (now.has(id)) r.retained++;
    }
    if (r.buyers > 0 || r.previous > 0) rows.push(r);
  });
  // One storefront: its row is the selection's.
  const total = one ? { ...(rows[0] ?? counts(null)), sf: null } : counts(null);
  if (!one) {
    for (const [id, n] of bought) {
      total.buyers++;
      if (n >= 2) total.repeat_buyers++;
      if (fresh.has(id)) total.new_customers++;
    }
    for (const id of before.keys()) {
      total.previous++;
      if (bought.has(id)) total.retained++;
    }
  }
  return [...rows, total].map(asRow);
}
