import type BetterSqlite3 from 'better-sqlite3';
import type { OrderListQuery } from '../../../shared/api/schemas/orders';
import type {
  OrderFilters,
  OrderListPage,
  OrderRow,
  OrderSort,
  SortDirection,
} from '../../../shared/domain/order-list';
import type { OrderStatus } from '../../../shared/domain/orders';
import { noFilters, orderBy, orderWhere } from './list-filters';

/**
 * Counting stops here: the list says "10,000+" rather than count a million matches on every page turn.
 * An unfiltered list is counted exactly (SQLite counts a table from its smallest index in about a millisecond).
 */
export const COUNT_LIMIT = 10_000;

const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** Filters and sorts make a few hundred distinct SQL texts at most; preparing each once saves ~0.3 ms a page. */
function prepared(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) statementCache.set(sqlite, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size > 500) cache.clear();
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/**
 * What the orders tables look like now: PRAGMA data_version moves when another connection (an import job's
 * worker) commits, total_changes() when this one writes. Cached counts are reused only while both stand still.
 */
function dataVersion(sqlite: BetterSqlite3.Database): string {
  const v = sqlite.pragma('data_version', { simple: true }) as number;
  const changes = prepared(sqlite, 'SELECT total_changes() AS n').get() as { n: number };
  return `${v}:${changes.n}`;
}

const indexCache = new WeakMap<BetterSqlite3.Database, { version: string; names: Set<string> }>();

/** The orders table's index names, read again only when the schema changed (schema_version moved). */
export function orderIndexes(sqlite: BetterSqlite3.Database): ReadonlySet<string> {
  const version = sqlite.pragma('schema_version', { simple: true }) as number;
  const hit = indexCache.get(sqlite);
  if (hit && hit.version === String(version)) return hit.names;
  const names = new Set((sqlite.pragma("index_list('orders')") as { name: string }[]).map((i) => i.name));
  indexCache.set(sqlite, { version: String(version), names });
  return names;
}

interface Counted {
  version: string;
  total: number;
  capped: boolean;
}
const countCache = new WeakMap<BetterSqlite3.Database, Map<string, Counted>>();

/** The number of matching orders, exact up to COUNT_LIMIT; computed once per filter while the data stands still. */
export function countOrders(
  sqlite: BetterSqlite3.Database,
  filters: OrderFilters,
): { total: number; capped: boolean } {
  const version = dataVersion(sqlite);
  const key = JSON.stringify(filters);
  let cache = countCache.get(sqlite);
  if (!cache) countCache.set(sqlite, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit;
  let counted: Counted;
  if (noFilters(filters)) {
    const { n } = prepared(sqlite, 'SELECT count(*) AS n FROM orders').get() as { n: number };
    counted = { version, total: n, capped: false };
  } else {
    // Without the + steering: a count is best served by whichever filter index is narrowest.
    const where = orderWhere(filters);
    const { n } = prepared(
      sqlite,
      `SELECT count(*) AS n FROM (SELECT 1 FROM orders o ${where.sql} LIMIT ${COUNT_LIMIT + 1})`,
    ).get(...where.params) as { n: number };
    counted = { version, total: Math.min(n, COUNT_LIMIT), capped: n > COUNT_LIMIT };
  }
  if (cache.size > 50) cache.clear();
  cache.set(key, counted);
  return counted;
}

/**
 * Row ids of one page, from the narrowest query that can give them: no result column but the rowid, so SQLite
 * walks an index and evaluates nothing per skipped row (CONTRIBUTING "Deep pages"). Sorted by placed_at it
 * walks orders_placed_at; in the back half of an exactly counted list it walks from the other end, so the
 * last page of a million orders skips 0 rows instead of 999,950.
 */
export function pageRowids(
  sqlite: BetterSqlite3.Database,
  filters: OrderFilters,
  sort: OrderSort,
  direction: SortDirection,
  offset: number,
  limit: number,
  exactTotal: number | null,
): number[] {
  const byPlacedAt = sort === 'placed_at';
  const where = orderWhere(filters, { byPlacedAt, indexes: orderIndexes(sqlite) });
  let dir = direction;
  let skip = offset;
  let take = limit;
  const fromEnd = exactTotal !== null && offset > exactTotal / 2;
  if (fromEnd) {
    if (offset >= exactTotal) return [];
    dir = direction === 'asc' ? 'desc' : 'asc';
    take = Math.min(limit, exactTotal - offset);
    skip = exactTotal - offset - take;
  }
  const rowids = prepared(
    sqlite,
    `SELECT o.rowid AS r FROM orders o ${where.sql} ${orderBy(sort, dir)} LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...where.params, take, skip) as number[];
  return fromEnd ? rowids.reverse() : rowids;
}

const ROW_SQL = `SELECT o.rowid AS r, o.id, o.storefront_id, s.name AS storefront_name, o.external_id, o.placed_at,
    o.placed_date, o.status, o.after_sales, o.buyer_name, o.buyer_phone, o.units, o.line_count, o.gross_minor,
    o.line_discount_minor + o.order_discount_minor AS discounts_minor, o.total_paid_minor, o.refunded_minor,
    o.currency, o.unmatched_lines
  FROM orders o JOIN storefronts s ON s.id = o.storefront_id
  WHERE o.rowid IN (SELECT value FROM json_each(?))`;

interface RowRecord {
  r: number;
  id: string;
  storefront_id: string;
  storefront_name: string;
  external_id: string;
  placed_at: string;
  placed_date: string;
  status: string;
  after_sales: number;
  buyer_name: string | null;
  buyer_phone: string | null;
  units: number;
  line_count: number;
  gross_minor: number;
  discounts_minor: number;
  total_paid_minor: number;
  refunded_minor: number;
  currency: string;
  unmatched_lines: number;
}

/** The list's columns for these rows, in the given order. */
export function rowsOf(sqlite: BetterSqlite3.Database, rowids: number[]): OrderRow[] {
  if (!rowids.length) return [];
  const found = prepared(sqlite, ROW_SQL).all(JSON.stringify(rowids)) as RowRecord[];
  const byRowid = new Map(found.map((r) => [r.r, r]));
  return rowids.flatMap((rowid) => {
    const r = byRowid.get(rowid);
    if (!r) return [];
    return [
      {
        id: r.id,
        storefrontId: r.storefront_id,
        storefrontName: r.storefront_name,
        externalId: r.external_id,
        placedAt: r.placed_at,
        placedDate: r.placed_date,
        status: r.status as OrderStatus,
        afterSales: r.after_sales === 1,
        buyerName: r.buyer_name,
        buyerPhone: r.buyer_phone,
        units: r.units,
        lineCount: r.line_count,
        grossMinor: r.gross_minor,
        discountsMinor: r.discounts_minor,
        totalPaidMinor: r.total_paid_minor,
        refundedMinor: r.refunded_minor,
        currency: r.currency,
        unmatchedLines: r.unmatched_lines,
      },
    ];
  });
}

/** One page of the unified order list: ids from a narrow index walk first, then the row details for those only. */
export function listOrders(sqlite: BetterSqlite3.Database, query: OrderListQuery): OrderListPage {
  const { filters, sort, direction, page, pageSize } = query;
  const counted = countOrders(sqlite, filters);
  const offset = (page - 1) * pageSize;
  const rowids = pageRowids(
    sqlite,
    filters,
    sort,
    direction,
    offset,
    pageSize,
    counted.capped ? null : counted.total,
  );
  return {
    rows: rowsOf(sqlite, rowids),
    total: counted.total,
    totalCapped: counted.capped,
    page,
    pageSize,
  };
}
