import type BetterSqlite3 from 'better-sqlite3';
import type { ShopCalendar, TicketPriority, TicketType } from '../../../shared/domain/tickets';
import { newSortableId } from '../../../shared/logic/ids';
import { slaTargetFor } from '../../../shared/logic/sla';
import { addWorkingMs, workingMsBetween } from '../../../shared/logic/working-calendar';
import { refreshDueAt } from '../tickets/sla-view';
import { readTicketSetup } from '../tickets/setup';
import { demoCalendar, demoSlaRules, writeDemoTicketSetup } from './demo-ticket-setup';
import { mulberry32 } from './demo-catalog';
import { demoWindow } from './demo-plan';
import {
  planClosedTicket,
  planOpenTicket,
  type DemoTicketPlan,
  type OpenKind,
  type PlanContext,
} from './demo-ticket-plans';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The day of an agent with a full queue (issue 5): about 80 tickets still in work across the storefronts. */
export const DEMO_OPEN_TICKETS = 80;
/** Closed ones over the 18 months, for the statistics: one for about every 40 orders. */
export const DEMO_CLOSED_TICKETS = 320;
const DEMO_RESOLVED_TICKETS = 15;

export interface DemoOrderRow {
  id: string;
  storefrontId: string;
  externalId: string;
  placedMs: number;
  currency: string;
  refundedMinor: number;
  customerId: string | null;
  market: 'cn' | 'us';
}

export interface DemoTicketCounts {
  open: number;
  resolved: number;
  closed: number;
  merged: number;
}

/** The open tickets' situations, so every queue of the demo has rows (overdue, due soon, pending too long…). */
const openKinds = [
  ...Array<'overdue_first'>(6).fill('overdue_first'),
  ...Array<'overdue_resolution'>(5).fill('overdue_resolution'),
  ...Array<'due_soon'>(8).fill('due_soon'),
  ...Array<'pending_long'>(5).fill('pending_long'),
  ...Array<'pending'>(9).fill('pending'),
  ...Array<'new'>(15).fill('new'),
] as const;

function shuffle<T>(list: T[], rnd: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** The moment `workingMs` of working time before `endMs` (binary search: the calendar only adds forward). */
export function workingStartBefore(calendar: ShopCalendar, endMs: number, workingMs: number): number {
  let lo = endMs - 120 * DAY_MS;
  let hi = endMs;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2);
    if (workingMsBetween(calendar, mid, endMs) > workingMs) lo = mid;
    else hi = mid;
  }
  return hi;
}

function loadOrders(sqlite: BetterSqlite3.Database): DemoOrderRow[] {
  const rows = sqlite
    .prepare(
      `SELECT o.id, o.storefront_id, o.external_id, o.placed_at, o.currency, o.refunded_minor, o.customer_id,
              s.platform
         FROM orders o JOIN storefronts s ON s.id = o.storefront_id
        WHERE o.status IN ('paid', 'shipped', 'completed') ORDER BY o.placed_at, s.name, o.external_id`,
    )
    .raw()
    .all() as [string, string, string, string, string, number, string | null, string][];
  return rows.map(
    ([id, storefrontId, externalId, placedAt, currency, refundedMinor, customerId, platform]) => ({
      id,
      storefrontId,
      externalId,
      placedMs: Date.parse(placedAt),
      currency,
      refundedMinor,
      customerId,
      market: platform === 'shopify' ? 'us' : 'cn',
    }),
  );
}

/**
 * The demo shop's after-sales desk: setup (calendar with the Chinese holidays of its months, SLA rules, canned
 * replies), about 80 tickets still in work spread over the five storefronts — some overdue, some due soon,
 * some pending (a few too long), a merged duplicate — and a few hundred resolved and closed ones over the 18
 * months, each on a real order of its storefront with the order's lines, replies and notes in its timeline.
 *
 * Refunds: a closed refund ticket is put on an order whose refund the platform already shows
 * (orders.refunded_minor came with the order) and records that same amount on the ticket only. tickets.refund
 * would ADD it to the order again, so these rows are written directly and the order figures (METRICS.md,
 * computeKpis, rollups) stay exactly what the orders say. Open refund tickets have no refund yet: giving one
 * through the app then adds it to its order as it should.
 */
export function writeDemoTickets(
  sqlite: BetterSqlite3.Database,
  options: { seed: number; now: Date; shopTimezone: string },
): DemoTicketCounts {
  const rnd = mulberry32(options.seed ^ 0x71c4e7);
  const nowMs = options.now.getTime();
  const at = options.now.toISOString();
  const window = demoWindow(options.now, options.shopTimezone);
  const firstYear = new Date(window.dayStartMs(window.firstDay)).getUTCFullYear();
  const calendar = demoCalendar(options.shopTimezone, firstYear, new Date(nowMs).getUTCFullYear());
  const { cannedReplyIds } = writeDemoTicketSetup(sqlite, calendar, at);
  const orders = loadOrders(sqlite);
  const counts: DemoTicketCounts = { open: 0, resolved: 0, closed: 0, merged: 0 };
  if (!orders.length) return counts;

  const staff = sqlite.prepare('SELECT id, role FROM staff WHERE archived = 0 ORDER BY name').all() as {
    id: string;
    role: string;
  }[];
  const agents = staff.filter((s) => s.role === 'service').map((s) => s.id);
  const operator = staff.find((s) => s.role === 'operator')?.id ?? null;
  const lines = sqlite.prepare(
    'SELECT line_no, sku_id, sku_code, title, quantity FROM order_lines WHERE order_id = ? ORDER BY line_no',
  );
  const ctx: PlanContext = {
    rnd,
    calendar,
    nowMs,
    agents: agents.length ? agents : staff.map((s) => s.id),
    operator,
    cannedReplyIds,
    target: (type: TicketType, priority: TicketPriority) =>
      slaTargetFor({ rules: demoSlaRules, dueSoon: { kind: 'share', bp: 2500 } }, type, priority),
    lines: (orderId) =>
      lines.all(orderId) as {
        line_no: number;
        sku_id: string | null;
        sku_code: string | null;
        title: string;
        quantity: number;
      }[],
    startBefore: (endMs, workingMs) => workingStartBefore(calendar, endMs, workingMs),
    addWorking: (fromMs, workingMs) => addWorkingMs(calendar, fromMs, Math.round(workingMs)),
    workingBetween: (fromMs, toMs) => workingMsBetween(calendar, fromMs, toMs),
  };

  const used = new Set<string>();
  /** An order of the pool not used by another ticket, placed before `beforeMs`. */
  const pick = (pool: DemoOrderRow[], beforeMs = Infinity): DemoOrderRow | undefined => {
    const fits = (o: DemoOrderRow) => !used.has(o.id) && o.placedMs < beforeMs;
    let order: DemoOrderRow | undefined;
    for (let tries = 0; tries < 30 && pool.length && !order; tries++) {
      const candidate = pool[Math.floor(rnd() * pool.length)]!;
      if (fits(candidate)) order = candidate;
    }
    order ??= pool.findLast(fits);
    if (order) used.add(order.id);
    return order;
  };

  const plans: DemoTicketPlan[] = [];
  // History: orders at least 40 days old (room to resolve and close), a third on orders the platform refunded.
  const old = orders.filter((o) => o.placedMs < nowMs - 40 * DAY_MS);
  const refunded = old.filter((o) => o.refundedMinor > 0);
  const closedCount = Math.min(DEMO_CLOSED_TICKETS, Math.floor(orders.length / 40));
  for (let i = 0; i < closedCount; i++) {
    const order = (i % 3 === 0 ? pick(refunded) : undefined) ?? pick(old);
    if (order) plans.push(planClosedTicket(ctx, order, 'closed'));
  }
  // Recent orders of each storefront in turn, so every storefront's agents have work.
  const recent = orders.filter((o) => o.placedMs >= nowMs - 30 * DAY_MS && o.refundedMinor === 0);
  // In the order the orders first appear (ids are random, so never sorted by id: same seed, same shop).
  const storefrontIds = [...new Set(recent.map((o) => o.storefrontId))];
  const byStorefront = storefrontIds.map((id) => recent.filter((o) => o.storefrontId === id));
  const poolOf = (i: number) => byStorefront[i % byStorefront.length] ?? recent;
  const openCount = Math.min(DEMO_OPEN_TICKETS, Math.floor(orders.length / 40));
  const kinds = shuffle(
    Array.from({ length: openCount }, (_, i): OpenKind => openKinds[i] ?? 'open'),
    rnd,
  );
  kinds.forEach((kind, i) => {
    const plan = planOpenTicket(ctx, kind, (beforeMs) => pick(poolOf(i), beforeMs) ?? pick(orders, beforeMs));
    if (plan) plans.push(plan);
  });
  for (let i = 0; i < Math.min(DEMO_RESOLVED_TICKETS, openCount); i++) {
    const order = pick(poolOf(i), nowMs - 3 * DAY_MS);
    if (order) plans.push(planClosedTicket(ctx, order, 'resolved'));
  }
  // A customer who wrote twice about the same order: the second ticket merged into the first.
  const original = plans.find((p) => p.ticket.state === 'open');
  if (original) plans.push(duplicateOf(original, ctx));

  plans.sort((a, b) => a.ticket.created_at.localeCompare(b.ticket.created_at));
  const numberOf = new Map(plans.map((p, i) => [p.ticket.id, i + 1]));
  insertPlans(sqlite, plans, numberOf);
  const setup = readTicketSetup(sqlite);
  for (const p of plans) {
    const state = p.ticket.state;
    if (state === 'new' || state === 'open' || state === 'pending') {
      counts.open++;
      refreshDueAt(sqlite, p.ticket.id, setup, at);
    } else counts[state as 'resolved' | 'closed' | 'merged']++;
  }
  return counts;
}

/** The same customer writing again an hour later; an agent merged it into the first ticket. */
function duplicateOf(original: DemoTicketPlan, ctx: PlanContext): DemoTicketPlan {
  const createdMs = Date.parse(original.ticket.created_at) + 40 * 60_000;
  const mergedMs = Math.min(ctx.nowMs, createdMs + HOUR_MS);
  const id = newSortableId();
  const created = new Date(createdMs).toISOString();
  const merged = new Date(mergedMs).toISOString();
  return {
    ticket: {
      ...original.ticket,
      id,
      state: 'merged',
      pending_reason: null,
      merged_into: original.ticket.id,
      external_ref: original.ticket.external_ref ? `${original.ticket.external_ref}-2` : null,
      first_reply_at: null,
      resolved_at: null,
      closed_at: merged,
      due_at: null,
      created_at: created,
      updated_at: merged,
    },
    lines: [],
    tags: [],
    pauses: [],
    events: [
      { at: created, actor: null, kind: 'created', to: { subject: original.ticket.subject, state: 'new' } },
      {
        at: merged,
        actor: original.ticket.assignee_id,
        kind: 'merged_into',
        from: { state: 'new' },
        to: { state: 'merged', ticketId: original.ticket.id },
      },
    ],
    mergedFrom: { targetId: original.ticket.id, at: merged, actor: original.ticket.assignee_id },
  };
}

function insertPlans(
  sqlite: BetterSqlite3.Database,
  plans: DemoTicketPlan[],
  numberOf: Map<string, number>,
): void {
  const ticket = sqlite.prepare(
    `INSERT INTO tickets VALUES (@id, @number, @storefront_id, @order_id, @customer_id, @type, @priority, @state,
       @pending_reason, @subject, @description, @assignee_id, @created_by, @external_ref, @external_status,
       @currency, @refund_minor, @goods_returned, @restocked_at, @root_cause, @merged_into, @due_at,
       @first_reply_at, @resolved_at, @closed_at, @created_at, @updated_at)`,
  );
  const line = sqlite.prepare('INSERT INTO ticket_lines VALUES (?, ?, ?, ?, ?, ?, ?)');
  const tag = sqlite.prepare('INSERT INTO ticket_tags VALUES (?, ?)');
  const pause = sqlite.prepare(
    'INSERT INTO ticket_pauses (ticket_id, reason, started_at, ended_at) VALUES (?, ?, ?, ?)',
  );
  const event = sqlite.prepare(
    `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_value, to_value, body)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  // Merge targets first: a merged ticket's merged_into must already exist.
  const ordered = [...plans].sort((a, b) => Number(!!a.ticket.merged_into) - Number(!!b.ticket.merged_into));
  for (const p of ordered) {
    ticket.run({ ...p.ticket, number: numberOf.get(p.ticket.id)! });
    for (const l of p.lines)
      line.run(p.ticket.id, p.ticket.order_id, l.line_no, l.sku_id, l.sku_code, l.title, l.quantity);
    for (const t of p.tags) tag.run(p.ticket.id, t);
    for (const s of p.pauses) pause.run(p.ticket.id, s.reason, s.start, s.end);
    for (const e of p.events)
      event.run(p.ticket.id, e.at, e.actor, e.kind, json(e.from), json(e.to), e.body ?? null);
    if (p.mergedFrom)
      event.run(
        p.mergedFrom.targetId,
        p.mergedFrom.at,
        p.mergedFrom.actor,
        'merged_from',
        null,
        json({ ticketId: p.ticket.id, number: numberOf.get(p.ticket.id) }),
        null,
      );
  }
}
