import type { Sqlite } from '../db/connection';
import type { CustomerFilter, CustomerListQuery } from '../../../shared/api/schemas/customers';
import type { CustomerList, CustomerSummary, CustomerTier } from '../../../shared/domain/customers';
import { readShop, stmt } from '../pricing/raw-context';

/** Above every code point: `prefix` ≤ value < prefix + TOP is "value starts with prefix". */
const TOP = '\u{10FFFF}';

/** A typed phone as identities store it: no spaces or dashes, mainland mobiles without +86. */
function phonePrefix(text: string): string | null {
  const digits = text.replace(/[\s\-().]/g, '').replace(/^\+?0{0,2}86(?=1\d)/, '');
  return /^\+?\d{3,}$/.test(digits) ? digits : null;
}

export interface FilterSql {
  /** FROM clause whose rows `f` carry customer_id and the sort columns (orders, last_order_at, monetary_minor). */
  from: string;
  where: string;
  params: Record<string, string>;
}

/**
 * The list filter as SQL over `f`: customer_stats, or customer_storefronts (copies of the same sort keys and
 * tier per storefront) when a storefront is chosen, so every filter + sort is one index range. A search is a
 * prefix of the name (any case, through the NOCASE name index), of a phone or of an e-mail (customer_identities'
 * primary key (kind, value)); its matches drive the query (CROSS JOIN keeps that order) and are then sorted,
 * instead of probing the set for every customer in sort order. Masked values were never stored: never found.
 */
export function customerFilterSql(filter: CustomerFilter): FilterSql {
  const where: string[] = [];
  const params: Record<string, string> = {};
  let from = filter.storefrontId ? 'customer_storefronts f' : 'customer_stats f';
  if (filter.storefrontId) {
    where.push('f.storefront_id = @storefront');
    params.storefront = filter.storefrontId;
  }
  const search = filter.search?.trim();
  if (search) {
    const parts = [
      'SELECT id FROM customers WHERE name COLLATE NOCASE >= @name AND name COLLATE NOCASE < @nameEnd',
    ];
    params.name = search;
    params.nameEnd = search + TOP;
    const phone = phonePrefix(search);
    if (phone) {
      parts.push(
        "SELECT customer_id FROM customer_identities WHERE kind = 'phone' AND value >= @phone AND value < @phoneEnd",
      );
      params.phone = phone;
      params.phoneEnd = phone + TOP;
    } else if (search.length >= 2) {
      parts.push(
        "SELECT customer_id FROM customer_identities WHERE kind = 'email' AND value >= @email AND value < @emailEnd",
      );
      params.email = search.toLowerCase();
      params.emailEnd = search.toLowerCase() + TOP;
    }
    from = `(${parts.join(' UNION ')}) m CROSS JOIN ${from} ON f.customer_id = m.id`;
  }
  if (filter.tier) {
    where.push('f.tier = @tier');
    params.tier = filter.tier;
  }
  return { from, where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const sortColumn = { monetary: 'monetary_minor', lastOrder: 'last_order_at', orders: 'orders' } as const;

/** ORDER BY over `alias` (f in filter queries, s over customer_stats); the id breaks ties stably. */
export const orderBy = (
  sort: CustomerListQuery['sort'],
  direction: CustomerListQuery['direction'],
  alias = 'f',
): string => {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${alias}.${sortColumn[sort]} ${dir}, ${alias}.customer_id ${dir}`;
};

export interface SummaryRow {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  orders: number;
  first_order_at: string | null;
  last_order_at: string | null;
  last_order_date: string | null;
  monetary_minor: number;
  gross_profit_minor: number;
  unconverted_orders: number;
  storefronts: number;
  recency_score: number | null;
  frequency_score: number | null;
  monetary_score: number | null;
  tier: string | null;
}

export const SUMMARY_COLUMNS = `c.id, c.name, c.phone, c.email, s.orders, s.first_order_at, s.last_order_at,
  s.last_order_date, s.monetary_minor, s.gross_profit_minor, s.unconverted_orders, s.storefronts, s.recency_score,
  s.frequency_score, s.monetary_score, s.tier`;

export const toSummary = (r: SummaryRow): CustomerSummary => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  email: r.email,
  orders: r.orders,
  firstOrderAt: r.first_order_at,
  lastOrderAt: r.last_order_at,
  monetaryMinor: r.monetary_minor,
  grossProfitMinor: r.gross_profit_minor,
  unconvertedOrders: r.unconverted_orders,
  storefronts: r.storefronts,
  rfm:
    r.recency_score === null || r.frequency_score === null || r.monetary_score === null
      ? null
      : { recency: r.recency_score, frequency: r.frequency_score, monetary: r.monetary_score },
  tier: r.tier as CustomerTier | null,
});

/**
 * One page of customers. The page's ids come first from the sort index alone (a deep page walks index
 * entries, not rows: CONTRIBUTING "Deep pages"); names and figures are then read for those ids only.
 */
export function listCustomers(sqlite: Sqlite, query: CustomerListQuery): CustomerList {
  const { from, where, params } = customerFilterSql(query);
  const total = (stmt(sqlite, `SELECT count(*) AS n FROM ${from} ${where}`).get(params) as { n: number }).n;
  const ids = (
    stmt(
      sqlite,
      `SELECT f.customer_id AS id FROM ${from} ${where}
       ${orderBy(query.sort, query.direction)} LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as { id: string }[]
  ).map((r) => r.id);
  const byId = new Map<string, CustomerSummary>();
  if (ids.length) {
    const rows = stmt(
      sqlite,
      `SELECT ${SUMMARY_COLUMNS} FROM customers c JOIN customer_stats s ON s.customer_id = c.id
       WHERE c.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as SummaryRow[];
    for (const r of rows) byId.set(r.id, toSummary(r));
  }
  return {
    rows: ids.map((id) => byId.get(id)!).filter(Boolean),
    total,
    page: query.page,
    pageSize: query.pageSize,
    baseCurrency: readShop(sqlite).baseCurrency,
  };
}
