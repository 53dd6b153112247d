import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listTickets } from '../../electron/core/tickets/list';
import { ticketStats } from '../../electron/core/tickets/stats';
import { assignTicket, replyToTicket, transitionTicket } from '../../electron/core/tickets/workflow';
import { ticketListSchema } from '../../shared/api/schemas/tickets';
import type { TicketListPage } from '../../shared/domain/ticket-views';
import type { OrderDetail } from '../../shared/domain/order-detail';
import type { OrderListPage } from '../../shared/domain/order-list';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { sh } from '../helpers/ticket-timelines';
import { newTicket, ticketShop, type TicketShop } from '../helpers/ticket-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: TicketShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-tickets-queues');
  shop = await ticketShop(core);
});
afterEach(() => core.cleanup());

const MIN = 60_000;
const numbers = (query: Record<string, unknown>, now: string) =>
  listTickets(core.ctx.sqlite, ticketListSchema.parse(query), now).rows.map((r) => r.number);

describe('queues and filters', () => {
  beforeEach(() => {
    const db = core.ctx.sqlite;
    // #1 Li's, answered; #2 unassigned, due at 11:00; #3 Wang's, pending since Monday; #4 Shopify, tagged.
    const one = newTicket(
      core,
      { orderId: shop.order('3301000000000001'), assigneeId: shop.li.id },
      sh('2024-03-11 09:00'),
    );
    replyToTicket(db, { id: one, body: '收到' }, sh('2024-03-11 09:10'));
    newTicket(
      core,
      { orderId: shop.order('3301000000000004'), externalRef: 'TK-778' },
      sh('2024-03-11 10:00'),
    );
    const three = newTicket(
      core,
      { storefrontId: shop.tmall.id, type: 'inquiry', assigneeId: shop.wang.id },
      sh('2024-03-11 09:30'),
    );
    transitionTicket(db, { id: three, to: 'pending', pendingReason: 'platform' }, sh('2024-03-11 09:40'));
    newTicket(
      core,
      { orderId: shop.order('#1001'), tags: ['差评风险'], type: 'refund_only', priority: 'urgent' },
      sh('2024-03-11 10:00'),
    );
  });

  it('gives each person their queue, the nearest deadline first', () => {
    const now = sh('2024-03-11 10:50');
    expect(numbers({ queue: 'mine' }, now)).toEqual([1]);
    expect(numbers({ queue: 'unassigned' }, now)).toEqual([4, 2]);
    // #4 (urgent: answer within 30 min of 10:00) is past due; #2 must answer by 11:00 and #1 resolve by 18:00
    // today; #3's clock is paused.
    expect(numbers({ queue: 'overdue' }, now)).toEqual([4]);
    expect(numbers({ queue: 'due_today' }, now)).toEqual([2, 1]);
    expect(numbers({ queue: 'open' }, now)).toEqual([4, 2, 1, 3]);
    expect(numbers({ queue: 'all' }, now)).toEqual([4, 2, 3, 1]);
    expect(numbers({ queue: 'pending_long' }, now)).toEqual([]);
    expect(numbers({ queue: 'pending_long' }, sh('2024-03-13 09:41'))).toEqual([3]);
  });

  it('filters by storefront, type, tag, state and finds by ticket, 售后单号, order id, name or phone', () => {
    const now = sh('2024-03-11 10:50');
    expect(numbers({ queue: 'all', storefrontIds: [shop.shopify.id] }, now)).toEqual([4]);
    expect(numbers({ queue: 'all', types: ['inquiry'] }, now)).toEqual([3]);
    expect(numbers({ queue: 'all', tag: '差评风险' }, now)).toEqual([4]);
    expect(numbers({ queue: 'all', states: ['pending'] }, now)).toEqual([3]);
    expect(numbers({ queue: 'all', search: '#3' }, now)).toEqual([3]);
    expect(numbers({ queue: 'all', search: 'TK-778' }, now)).toEqual([2]);
    expect(numbers({ queue: 'all', search: '33010000000000' }, now)).toEqual([2, 1]);
    expect(numbers({ queue: 'all', search: '1001' }, now)).toEqual([4]);
    expect(numbers({ queue: 'all', search: 'alice' }, now)).toEqual([4]);
    // Both Tmall orders' buyer has this phone (order 1 directly, order 4 through the merged customer).
    expect(numbers({ queue: 'all', search: '138 0013 8000' }, now)).toEqual([2, 1]);
  });

  it('pages through a queue with its flags computed for the page', async () => {
    const now = sh('2024-03-11 10:50');
    const page = listTickets(
      core.ctx.sqlite,
      ticketListSchema.parse({ queue: 'open', pageSize: 2, page: 2 }),
      now,
    );
    expect([page.total, page.rows.map((r) => [r.number, r.flag])]).toEqual([
      4,
      [
        [1, null],
        [3, null],
      ],
    ]);
    const first = await value<TicketListPage>(
      core.dispatch('tickets', 'list', { queue: 'open', pageSize: 2 }),
    );
    expect(first.rows.map((r) => r.number)).toEqual([4, 2]);
    expect(first.rows[1]).toMatchObject({
      orderExternalId: '3301000000000004',
      storefrontName: '天猫旗舰店',
    });
  });
});

describe('tickets on the order pages', () => {
  it('lists an order’s tickets on its page and filters the order list by them', async () => {
    const id = newTicket(
      core,
      { orderId: shop.order('3301000000000004'), subject: '灯不亮' },
      sh('2024-03-21 10:00'),
    );
    const detail = await value<OrderDetail>(
      core.dispatch('orders', 'get', { id: shop.order('3301000000000004') }),
    );
    expect(detail.tickets).toEqual([
      {
        id,
        number: 1,
        type: 'return',
        state: 'new',
        subject: '灯不亮',
        refundMinor: 0,
        createdAt: sh('2024-03-21 10:00'),
      },
    ]);
    const ids = async (hasTicket: boolean) =>
      (
        await value<OrderListPage>(
          core.dispatch('orders', 'list', { filters: { hasTicket }, page: 1, pageSize: 50 }),
        )
      ).rows.map((r) => r.externalId);
    expect(await ids(true)).toEqual(['3301000000000004']);
    expect(await ids(false)).toHaveLength(6);
  });
});

describe('per-agent statistics', () => {
  it('counts resolved tickets per assignee with median working times and the SLA met rate', () => {
    const db = core.ctx.sqlite;
    const run = (
      assigneeId: string | null,
      created: string,
      reply: string | null,
      resolved: string,
      pause?: [string, string],
    ) => {
      const id = newTicket(
        core,
        { storefrontId: shop.tmall.id, ...(assigneeId ? { assigneeId } : {}) },
        sh(created),
      );
      if (reply) replyToTicket(db, { id, body: '您好' }, sh(reply));
      if (pause) {
        transitionTicket(db, { id, to: 'pending', pendingReason: 'customer' }, sh(pause[0]));
        transitionTicket(db, { id, to: 'open' }, sh(pause[1]));
      }
      transitionTicket(db, { id, to: 'resolved' }, sh(resolved));
      return id;
    };
    // Li: first responses 30, 90 (late: target 60), 10 min; resolutions 120, 300, 80 (20 + 60, pending left out).
    run(shop.li.id, '2024-03-11 09:00', '2024-03-11 09:30', '2024-03-11 11:00');
    run(shop.li.id, '2024-03-11 10:00', '2024-03-11 11:30', '2024-03-11 15:00');
    run(shop.li.id, '2024-03-11 13:00', '2024-03-11 13:10', '2024-03-12 10:00', [
      '2024-03-11 13:20',
      '2024-03-12 09:00',
    ]);
    // Wang: 20 and 40 min; 480 and 180 min; both met.
    run(shop.wang.id, '2024-03-11 09:00', '2024-03-11 09:20', '2024-03-11 17:00');
    run(shop.wang.id, '2024-03-11 09:00', '2024-03-11 09:40', '2024-03-11 12:00');
    // Unassigned, resolved without a reply: the resolution is the first response (30 min).
    run(null, '2024-03-11 09:00', null, '2024-03-11 09:30');
    // Outside the period, and still open: not counted.
    run(shop.li.id, '2024-03-11 09:00', null, '2024-03-18 09:30');
    const open = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 09:00'));
    assignTicket(db, { id: open, assigneeId: shop.li.id }, sh('2024-03-11 09:05'));

    const stats = ticketStats(db, { from: '2024-03-11', to: '2024-03-15' }, sh('2024-03-20 12:00'));
    const row = (a: (typeof stats.agents)[number]) => [
      a.assigneeName,
      a.handled,
      a.medianFirstResponseMs! / MIN,
      a.medianResolutionMs! / MIN,
      a.slaMetBp,
      a.csat,
    ];
    expect(stats.agents.map(row)).toEqual([
      ['李客服', 3, 30, 120, 6667, null],
      ['王客服', 2, 30, 330, 10000, null],
      [null, 1, 30, 30, 10000, null],
    ]);
    // All six: first responses 10 20 30 30 40 90 → 30; resolutions 30 80 120 180 300 480 → (120 + 180) / 2.
    expect(row(stats.total)).toEqual([null, 6, 30, 150, 8333, null]);
    expect(
      ticketStats(db, { from: '2024-04-01', to: '2024-04-30' }, sh('2024-05-01 12:00')).total,
    ).toMatchObject({
      handled: 0,
      medianFirstResponseMs: null,
      slaMetBp: null,
    });
  });
});
