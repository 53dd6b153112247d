import type { Sqlite } from '../db/connection';
import type { TicketListQuery } from '../../../shared/api/schemas/tickets';
import type { TicketListPage } from '../../../shared/domain/ticket-views';
import { localDate, zonedToUtcMs } from '../../../shared/logic/dates';
import { normalizePhone } from '../orders/import/customer-identity';
import { actorOf } from './repo';
import { readTicketSetup } from './setup';
import { ticketSummaries } from './views';

const AFTER_ALL = '\u{10FFFF}';
/** Written exactly as the partial index tickets_open_due says it, so SQLite can use that index. */
const OPEN = "t.state IN ('new', 'open', 'pending')";
const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The first moment of the shop-zone day after the one holding `now`: the end of "today". */
function endOfShopDay(now: string, timeZone: string): string {
  const [y, m, d] = localDate(now, timeZone).split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return new Date(
    zonedToUtcMs(
      {
        year: next.getUTCFullYear(),
        month: next.getUTCMonth() + 1,
        day: next.getUTCDate(),
        hour: 0,
        minute: 0,
        second: 0,
      },
      timeZone,
    ),
  ).toISOString();
}

/**
 * A queue (PRODUCT.md §7 views per person) with filters, one page at a time. Queues read the stored due moment
 * (due_at) and pauses through their indexes; the flags of the page's rows are then computed exactly by sla.ts
 * at `now`. Queues of work in progress put the nearest deadline first; `all` and `pending_long` the newest.
 */
export function listTickets(sqlite: Sqlite, query: TicketListQuery, now: string): TicketListPage {
  const setup = readTicketSetup(sqlite);
  const where: string[] = [];
  const params: unknown[] = [];
  switch (query.queue) {
    case 'mine': {
      const acting = actorOf(sqlite);
      where.push(OPEN, acting ? 't.assignee_id = ?' : '0');
      if (acting) params.push(acting);
      break;
    }
    case 'unassigned':
      where.push(OPEN, 't.assignee_id IS NULL');
      break;
    case 'due_today':
      where.push(OPEN, 't.due_at >= ?', 't.due_at < ?');
      params.push(now, endOfShopDay(now, setup.calendar.timeZone));
      break;
    case 'overdue':
      where.push(OPEN, 't.due_at < ?');
      params.push(now);
      break;
    case 'pending_long':
      where.push(
        "t.state = 'pending'",
        't.id IN (SELECT ticket_id FROM ticket_pauses WHERE ended_at IS NULL AND started_at <= ?)',
      );
      params.push(new Date(Date.parse(now) - setup.pendingTooLongHours * 3_600_000).toISOString());
      break;
    case 'open':
      where.push(OPEN);
      break;
    case 'all':
      break;
  }
  const inList = (column: string, values?: readonly string[]) => {
    if (!values?.length) return;
    where.push(`${column} IN (${list(values.length)})`);
    params.push(...values);
  };
  inList('t.storefront_id', query.storefrontIds);
  inList('t.type', query.types);
  inList('t.priority', query.priorities);
  inList('t.state', query.states);
  if (query.tag) {
    where.push('t.id IN (SELECT ticket_id FROM ticket_tags WHERE tag = ?)');
    params.push(query.tag);
  }
  for (const [column, value] of [
    ['t.assignee_id', query.assigneeId],
    ['t.order_id', query.orderId],
    ['t.customer_id', query.customerId],
  ] as const) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  const search = query.search?.trim();
  if (search) {
    const number = /^#?(\d{1,15})$/.exec(search);
    const phone = normalizePhone(search);
    // A union of index lookups: ticket number and 售后单号, order id (exact or prefix), names (prefix), phones.
    where.push(`t.id IN (
      SELECT id FROM tickets WHERE number = ? OR external_ref = ?
      UNION SELECT t2.id FROM tickets t2 WHERE t2.order_id IN (
        SELECT id FROM orders WHERE external_id >= ? AND external_id < ?
        UNION SELECT id FROM orders WHERE external_id >= ? AND external_id < ?
        UNION SELECT id FROM orders WHERE buyer_phone = ? OR buyer_phone = ?
        UNION SELECT id FROM orders WHERE buyer_name IS NOT NULL
          AND buyer_name >= ? COLLATE NOCASE AND buyer_name < ? COLLATE NOCASE)
      UNION SELECT t3.id FROM tickets t3 WHERE t3.customer_id IN (
        SELECT id FROM customers WHERE name >= ? COLLATE NOCASE AND name < ? COLLATE NOCASE
        UNION SELECT customer_id FROM customer_identities WHERE kind = 'phone' AND value = ?))`);
    params.push(
      number ? Number(number[1]) : -1,
      search,
      search,
      search + AFTER_ALL,
      // Shopify's "#1001" is also found by "1001".
      `#${search}`,
      `#${search}` + AFTER_ALL,
      search,
      phone,
      search,
      search + AFTER_ALL,
      search,
      search + AFTER_ALL,
      phone,
    );
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const newestFirst = query.queue === 'all' || query.queue === 'pending_long';
  const order = newestFirst
    ? 'ORDER BY t.created_at DESC, t.id DESC'
    : 'ORDER BY t.due_at IS NULL, t.due_at, t.created_at, t.id';
  const total = (
    sqlite.prepare(`SELECT count(*) AS n FROM tickets t ${whereSql}`).get(...params) as { n: number }
  ).n;
  const ids = (
    sqlite
      .prepare(`SELECT t.id FROM tickets t ${whereSql} ${order} LIMIT ? OFFSET ?`)
      .all(...params, query.pageSize, (query.page - 1) * query.pageSize) as { id: string }[]
  ).map((r) => r.id);
  return {
    rows: ticketSummaries(sqlite, ids, setup, now),
    total,
    page: query.page,
    pageSize: query.pageSize,
    now,
  };
}
