import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoShop } from '../../electron/core/demo/service';
import { computeKpis } from '../../electron/core/orders/kpis';
import { ticketQueues, type TicketListPage, type TicketStats } from '../../shared/domain/ticket-views';
import { checkCalendar } from '../../shared/logic/working-calendar';
import type { TicketSetup } from '../../shared/domain/ticket-views';
import { localDate } from '../../shared/logic/dates';
import { addDays } from '../../shared/logic/metrics';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
/**
 * The real clock: the API computes queues and flags at the real now, so the demo is made at that moment too
 * (its overdue and pending-too-long tickets are so whatever the time of day; due soon ones stay so while the
 * shop is closed, and for minutes while it is open).
 */
const now = new Date();
const today = localDate(now.toISOString(), 'Asia/Shanghai');
const ORDERS = 4000;
let withTickets: TempCore;
let without: TempCore;

beforeAll(async () => {
  withTickets = await tempCore('demo-tickets');
  without = await tempCore('demo-no-tickets');
  await createDemoShop(withTickets.ctx.db, withTickets.ctx.sqlite, { seed: 7, orders: ORDERS, now });
  await createDemoShop(without.ctx.db, without.ctx.sqlite, { seed: 7, orders: ORDERS, now, tickets: false });
}, 120_000);
afterAll(async () => {
  await withTickets?.cleanup();
  await without?.cleanup();
});

const rows = <T>(core: TempCore, sql: string, ...params: unknown[]): T[] =>
  core.ctx.sqlite.prepare(sql).all(...params) as T[];
const n = (core: TempCore, sql: string): number => (core.ctx.sqlite.prepare(sql).get() as { n: number }).n;
const validOrders = () =>
  n(withTickets, "SELECT count(*) n FROM orders WHERE status IN ('paid', 'shipped', 'completed')");
/** Complaint follow-ups that low survey scores opened (demo-surveys.ts) and agents have since closed. */
const closedFollowups = () =>
  n(
    withTickets,
    "SELECT count(*) n FROM tickets t JOIN survey_responses r ON r.followup_ticket_id = t.id WHERE t.state = 'closed'",
  );

describe('demo shop tickets', () => {
  it('has about 80 tickets in work over the five storefronts and a history of closed ones', () => {
    const states = Object.fromEntries(
      rows<{ state: string; n: number }>(
        withTickets,
        'SELECT state, count(*) n FROM tickets GROUP BY state',
      ).map((r) => [r.state, r.n]),
    );
    expect((states.new ?? 0) + (states.open ?? 0) + (states.pending ?? 0)).toBe(80);
    expect(states.pending).toBeGreaterThanOrEqual(14);
    // One closed ticket for about every 40 orders that count (paid, shipped, completed).
    expect(states.closed).toBe(Math.floor(validOrders() / 40) + closedFollowups());
    expect(states.resolved).toBe(15);
    expect(states.merged).toBe(1);
    expect(
      n(
        withTickets,
        "SELECT count(DISTINCT storefront_id) n FROM tickets WHERE state IN ('new','open','pending')",
      ),
    ).toBe(5);
    // Three agents share the queue; every pending ticket says why and has its open pause.
    expect(n(withTickets, "SELECT count(*) n FROM staff WHERE role = 'service'")).toBe(3);
    expect(
      n(
        withTickets,
        `SELECT count(*) n FROM tickets t WHERE state = 'pending' AND (pending_reason IS NULL OR NOT EXISTS
           (SELECT 1 FROM ticket_pauses p WHERE p.ticket_id = t.id AND p.ended_at IS NULL))`,
      ),
    ).toBe(0);
    // The closed history spreads over the months of the demo.
    expect(
      n(withTickets, "SELECT count(DISTINCT substr(created_at, 1, 7)) n FROM tickets WHERE state = 'closed'"),
    ).toBeGreaterThan(12);
  });

  it('puts every ticket on a real order of its storefront, its lines on that order, times after the order', () => {
    expect(
      n(
        withTickets,
        `SELECT count(*) n FROM tickets t LEFT JOIN orders o ON o.id = t.order_id
          WHERE o.id IS NULL OR o.storefront_id != t.storefront_id OR o.currency != t.currency
             OR t.created_at < o.placed_at OR coalesce(t.customer_id, '') != coalesce(o.customer_id, '')`,
      ),
    ).toBe(0);
    expect(
      n(
        withTickets,
        `SELECT count(*) n FROM ticket_lines tl LEFT JOIN order_lines ol
            ON ol.order_id = tl.order_id AND ol.line_no = tl.line_no
          WHERE ol.id IS NULL OR ol.quantity < tl.quantity OR coalesce(ol.sku_code, '') != coalesce(tl.sku_code, '')`,
      ),
    ).toBe(0);
    expect(n(withTickets, 'SELECT count(*) n FROM ticket_lines')).toBeGreaterThan(50);
    // Replies and notes in the timeline; clocks in order; nothing in the future.
    expect(n(withTickets, "SELECT count(*) n FROM ticket_events WHERE kind = 'reply'")).toBeGreaterThan(250);
    expect(
      n(
        withTickets,
        `SELECT count(*) n FROM tickets t WHERE (first_reply_at IS NOT NULL OR state IN ('resolved', 'closed'))
            AND NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'reply')`,
      ),
    ).toBe(0);
    expect(n(withTickets, "SELECT count(*) n FROM ticket_events WHERE kind = 'note'")).toBeGreaterThan(50);
    expect(
      n(
        withTickets,
        `SELECT count(*) n FROM tickets WHERE first_reply_at < created_at OR resolved_at < first_reply_at
            OR closed_at < resolved_at OR updated_at > '${now.toISOString()}'`,
      ),
    ).toBe(0);
    const merged = rows<{ merged_into: string; target_state: string }>(
      withTickets,
      "SELECT t.merged_into, m.state target_state FROM tickets t JOIN tickets m ON m.id = t.merged_into WHERE t.state = 'merged'",
    );
    expect(merged).toHaveLength(1);
    expect(n(withTickets, "SELECT count(*) n FROM ticket_events WHERE kind = 'merged_from'")).toBe(1);
  });

  it('records refunds the orders already show, and leaves every order figure as it was', () => {
    const refunds = rows<{ refund_minor: number; refunded_minor: number }>(
      withTickets,
      'SELECT t.refund_minor, o.refunded_minor FROM tickets t JOIN orders o ON o.id = t.order_id WHERE t.refund_minor > 0',
    );
    expect(refunds.length).toBeGreaterThan(20);
    for (const r of refunds) expect(r.refund_minor).toBe(r.refunded_minor);
    const sum = (core: TempCore) => n(core, 'SELECT sum(refunded_minor) n FROM orders');
    expect(sum(withTickets)).toBe(sum(without));
    for (const period of [
      { from: '2000-01-01', to: today },
      { from: addDays(today, -29), to: today },
    ]) {
      const a = computeKpis(withTickets.ctx.sqlite, period);
      const b = computeKpis(without.ctx.sqlite, period);
      expect(a.total).toEqual(b.total);
      expect(a.total.orders).toBeGreaterThan(0);
    }
  });

  it('fills every queue through the API, overdue and pending too long included', async () => {
    const counts: Record<string, number> = {};
    for (const queue of ticketQueues) {
      const page = await withTickets.dispatch('tickets', 'list', { queue, pageSize: 200 });
      expect(page.ok).toBe(true);
      counts[queue] = (page as { value: TicketListPage }).value.total;
    }
    // "mine" needs someone working: nobody is chosen in a fresh demo.
    expect(counts).toMatchObject({ mine: 0, open: 80 });
    for (const queue of ['unassigned', 'overdue', 'pending_long'])
      expect(counts[queue], queue).toBeGreaterThan(0);
    const open = (await withTickets.dispatch('tickets', 'list', { queue: 'open', pageSize: 200 })) as {
      value: TicketListPage;
    };
    expect(open.value.rows.filter((r) => r.flag === 'overdue').length).toBeGreaterThanOrEqual(11);
    expect(open.value.rows.filter((r) => r.flag === 'due_soon').length).toBeGreaterThan(0);
  });

  it('sets up a valid calendar with Chinese holidays, SLA rules, canned replies, and per-agent figures', async () => {
    const setup = (await withTickets.dispatch('tickets', 'setup', undefined)) as { value: TicketSetup };
    expect(checkCalendar(setup.value.calendar)).toEqual([]);
    // The holidays announced so far (2025, 2026) while the demo's 18 months reach them.
    if (now.getUTCFullYear() <= 2027) {
      expect(setup.value.calendar.holidays).toContain('2026-10-01');
      expect(setup.value.calendar.extraWorkdays).toContainEqual({ date: '2026-09-20', worksLike: 'fri' });
    }
    expect(setup.value.calendar.week.sat).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(setup.value.rules).toHaveLength(36);
    const canned = (await withTickets.dispatch('tickets', 'cannedReplies', undefined)) as {
      value: { bodyZh: string; bodyEn: string }[];
    };
    expect(canned.value.length).toBeGreaterThanOrEqual(4);
    expect(canned.value.every((c) => c.bodyZh && c.bodyEn)).toBe(true);
    const stats = (await withTickets.dispatch('tickets', 'stats', {
      from: '2000-01-01',
      to: today,
    })) as {
      value: TicketStats;
    };
    expect(stats.value.total.handled).toBe(Math.floor(validOrders() / 40) + 15 + closedFollowups());
    expect(stats.value.agents.filter((a) => a.assigneeId !== null)).toHaveLength(3);
    expect(stats.value.total.slaMetBp).toBeGreaterThan(3000);
    expect(stats.value.total.slaMetBp).toBeLessThan(10_000);
  });

  it('is the same shop for the same seed', async () => {
    const again = await tempCore('demo-tickets-again');
    try {
      await createDemoShop(again.ctx.db, again.ctx.sqlite, { seed: 7, orders: ORDERS, now });
      const shape = (core: TempCore) =>
        rows(
          core,
          `SELECT t.number, o.external_id, t.type, t.priority, t.state, t.subject, t.refund_minor, t.created_at,
                  t.first_reply_at, t.resolved_at, t.closed_at, t.due_at
             FROM tickets t JOIN orders o ON o.id = t.order_id ORDER BY t.number`,
        );
      expect(shape(again)).toEqual(shape(withTickets));
    } finally {
      await again.cleanup();
    }
  }, 60_000);
});
