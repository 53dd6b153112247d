import type { OrderFilters, OrderSort, SortDirection } from '../../../shared/domain/order-list';
import { searchIdsSql } from './search-ids';

/** A WHERE clause over `orders o` with its positional parameters. */
export interface OrderWhere {
  sql: string;
  params: unknown[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Hours a shop's local midnight can lie before (UTC+14) or after (UTC−12) midnight UTC of the same date. */
const EARLIEST_ZONE_H = 14;
const LATEST_ZONE_H = 12;
const HOUR = 3_600_000;

/** An instant range certain to hold every order placed on these calendar days, in any shop time zone. */
export function placedAtBounds(from?: string, to?: string): { after?: string; before?: string } {
  const after = from
    ? new Date(Date.parse(`${from}T00:00:00Z`) - EARLIEST_ZONE_H * HOUR).toISOString()
    : undefined;
  const before = to
    ? new Date(Date.parse(`${to}T00:00:00Z`) + (24 + LATEST_ZONE_H) * HOUR).toISOString()
    : undefined;
  return { after, before };
}

export interface WhereOptions {
  /**
   * The page is read in placed_at order along orders_placed_at: the other conditions are then checked per row
   * (a unary `+` keeps SQLite from driving by orders_storefront_placed or orders_status and sorting every
   * match, which costs ~400 ms at a million orders), and the date filter also bounds placed_at so the walk
   * starts at the right place.
   */
  byPlacedAt?: boolean;
  /**
   * Names of the orders indexes that exist. With `orders_storefront_placed_at (storefront_id, placed_at)` or
   * `orders_status_placed_at (status, placed_at)` a single storefront or status is served in placed_at order by
   * that index (0.4 ms for page 200 of a million orders instead of ~160 ms), so it is left unsteered.
   */
  indexes?: ReadonlySet<string>;
}

/** The indexes `orderWhere` knows to use when they exist (not in schema v6; see WhereOptions.indexes). */
export const LIST_INDEXES = {
  storefront: 'orders_storefront_placed_at',
  status: 'orders_status_placed_at',
} as const;

/**
 * The filters as SQL over `orders o`. Narrow filters (customer, SKU, search) drive the query through their
 * indexes (orders_customer, order_lines_sku, the search lookups). The yes/no filters are written in the exact
 * form a partial index on them would take (`refunded_minor > 0`, `after_sales = 1`, `unmatched_lines > 0`).
 */
export function orderWhere(filters: OrderFilters, options: WhereOptions = {}): OrderWhere {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const plus = options.byPlacedAt ? '+' : '';
  const served = (index: string, values: unknown[]) => values.length === 1 && !!options.indexes?.has(index);
  const { storefrontIds, statuses } = filters;
  if (storefrontIds?.length) {
    const steer = served(LIST_INDEXES.storefront, storefrontIds) ? '' : plus;
    clauses.push(`${steer}o.storefront_id IN (${placeholders(storefrontIds.length)})`);
    params.push(...storefrontIds);
  }
  if (statuses?.length) {
    const steer = served(LIST_INDEXES.status, statuses) ? '' : plus;
    clauses.push(`${steer}o.status IN (${placeholders(statuses.length)})`);
    params.push(...statuses);
  }
  if (filters.from) {
    clauses.push(`${plus}o.placed_date >= ?`);
    params.push(filters.from);
  }
  if (filters.to) {
    clauses.push(`${plus}o.placed_date <= ?`);
    params.push(filters.to);
  }
  if (options.byPlacedAt) {
    // placed_date is the truth (the day in the shop's zone at import); these bounds only let the index seek.
    const { after, before } = placedAtBounds(filters.from, filters.to);
    if (after) {
      clauses.push('o.placed_at >= ?');
      params.push(after);
    }
    if (before) {
      clauses.push('o.placed_at < ?');
      params.push(before);
    }
  }
  if (filters.hasRefund !== undefined) {
    clauses.push(filters.hasRefund ? 'o.refunded_minor > 0' : 'o.refunded_minor = 0');
  }
  if (filters.afterSales !== undefined) clauses.push(`o.after_sales = ${filters.afterSales ? 1 : 0}`);
  if (filters.unmatched !== undefined) {
    clauses.push(filters.unmatched ? 'o.unmatched_lines > 0' : 'o.unmatched_lines = 0');
  }
  if (filters.hasTicket !== undefined) {
    // tickets_order is small next to orders: SQLite builds the id list once and probes it per row.
    const ticketed = 'SELECT order_id FROM tickets WHERE order_id IS NOT NULL';
    clauses.push(filters.hasTicket ? `o.id IN (${ticketed})` : `o.id NOT IN (${ticketed})`);
  }
  if (filters.customerId) {
    clauses.push('o.customer_id = ?');
    params.push(filters.customerId);
  }
  if (filters.skuId) {
    clauses.push('o.id IN (SELECT l.order_id FROM order_lines l WHERE l.sku_id = ?)');
    params.push(filters.skuId);
  }
  const search = filters.search?.trim();
  if (search) {
    const ids = searchIdsSql(search);
    clauses.push(`o.id IN (${ids.sql})`);
    params.push(...ids.params);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** True when no filter is set: the whole table, whose size an index count gives at once. */
export function noFilters(filters: OrderFilters): boolean {
  return orderWhere(filters).sql === '';
}

const sortColumn: Record<OrderSort, string> = {
  placed_at: 'o.placed_at',
  total_paid: 'o.total_paid_minor',
  gross: 'o.gross_minor',
  units: 'o.units',
};

/** ORDER BY with the rowid as tie-break: every index ends in the rowid, so the index order serves both. */
export function orderBy(sort: OrderSort, direction: SortDirection): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${sortColumn[sort]} ${dir}, o.rowid ${dir}`;
}
