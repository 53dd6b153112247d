import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refundTicket } from '../../electron/core/tickets/resolution';
import type {
  CannedReply,
  RenderedReply,
  TicketDetail,
  TicketLookup,
  TicketSetup,
} from '../../shared/domain/ticket-views';
import type { StaffMember } from '../../shared/domain/staff';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { sh } from '../helpers/ticket-timelines';
import { newTicket, ticketRow, ticketShop, type TicketShop } from '../helpers/ticket-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: TicketShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-tickets-setup');
  shop = await ticketShop(core);
});
afterEach(() => core.cleanup());

describe('canned replies', () => {
  it('fill order id, customer, SKU and refund from the linked order, leaving unknown placeholders visible', async () => {
    const reply = await value<CannedReply>(
      core.dispatch('tickets', 'saveCannedReply', {
        title: '退款已处理',
        bodyZh: '{customer_name}您好，订单 {order_id} 的 {sku} 已退款 {refund_amount}。{coupon}',
        bodyEn: 'Hello {customer_name}, order {order_id} ({sku}) was refunded {refund_amount}.',
      }),
    );
    expect(reply.placeholders).toEqual(['coupon', 'customer_name', 'order_id', 'refund_amount', 'sku']);
    const id = newTicket(
      core,
      { orderId: shop.order('3301000000000001'), lines: [{ lineNo: 1, quantity: 1 }], type: 'refund_only' },
      sh('2024-03-11 10:00'),
    );
    refundTicket(core.ctx.sqlite, { id, amountMinor: 4600 }, sh('2024-03-11 10:30'));
    const zh = await value<RenderedReply>(
      core.dispatch('tickets', 'renderCannedReply', { id: reply.id, ticketId: id, language: 'zh-CN' }),
    );
    expect(zh).toEqual({
      text: '张伟您好，订单 3301000000000001 的 MUG-RED 已退款 ¥46.00。{coupon}',
      unknownPlaceholders: ['coupon'],
      unfilledPlaceholders: [],
    });
    const en = await value<RenderedReply>(
      core.dispatch('tickets', 'renderCannedReply', { id: reply.id, ticketId: id, language: 'en' }),
    );
    expect(en.text).toBe('Hello 张伟, order 3301000000000001 (MUG-RED) was refunded CN¥46.00.');

    // Without an order there is nothing to fill the order's placeholders with: they stay as written.
    const bare = newTicket(core, { storefrontId: shop.tmall.id, type: 'inquiry' }, sh('2024-03-11 10:00'));
    const unfilled = await value<RenderedReply>(
      core.dispatch('tickets', 'renderCannedReply', { id: reply.id, ticketId: bare, language: 'en' }),
    );
    expect(unfilled).toEqual({
      text: 'Hello {customer_name}, order {order_id} ({sku}) was refunded CN¥0.00.',
      unknownPlaceholders: [],
      unfilledPlaceholders: ['customer_name', 'order_id', 'sku'],
    });

    // The reply sent records which canned reply it came from.
    const answered = await value<TicketDetail>(
      core.dispatch('tickets', 'reply', { id, body: zh.text, cannedReplyId: reply.id }),
    );
    expect(answered.events.find((e) => e.kind === 'reply')).toMatchObject({
      body: zh.text,
      to: { cannedReplyId: reply.id },
    });
    await value(core.dispatch('tickets', 'archiveCannedReply', { id: reply.id }));
    expect(await value<CannedReply[]>(core.dispatch('tickets', 'cannedReplies', {}))).toEqual([]);
  });
});

describe('setup: calendar, policy and queue thresholds', () => {
  // The policy is the owner's or an operator's: the service agents of the ticket shop only read it.
  let operator: StaffMember;
  beforeEach(async () => {
    operator = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '周运营', role: 'operator' }),
    );
    await value(core.dispatch('settings', 'update', { actingStaffId: operator.id }));
  });

  it('refuses a change from the service role and keeps the setup in force', async () => {
    const before = await value<TicketSetup>(core.dispatch('tickets', 'setup', {}));
    await value(core.dispatch('settings', 'update', { actingStaffId: shop.li.id }));
    const refused = await core.dispatch('tickets', 'saveSetup', { pendingTooLongHours: 72 });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        key: 'ticketSetupRole',
        message:
          'Only an owner or an operator can change the SLA targets, the shop calendar and the queue thresholds.',
      },
    });
    expect(await value<TicketSetup>(core.dispatch('tickets', 'setup', {}))).toEqual(before);
    // The agent still writes canned replies.
    expect(
      (await core.dispatch('tickets', 'saveCannedReply', { title: 'x', bodyZh: '好', bodyEn: 'ok' })).ok,
    ).toBe(true);
  });

  it('refuses a calendar with a problem, naming the field, and keeps the one in force', async () => {
    const before = await value<TicketSetup>(core.dispatch('tickets', 'setup', {}));
    const bad = await core.dispatch('tickets', 'saveSetup', {
      calendar: {
        ...before.calendar,
        week: { ...before.calendar.week, mon: [{ start: '18:00', end: '09:00' }] },
      },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        issues: [{ path: 'calendar.week.mon[0].end', message: 'intervalOrder' }],
      },
    });
    expect(await value<TicketSetup>(core.dispatch('tickets', 'setup', {}))).toEqual(before);
  });

  it('moves the stored due moments of open tickets when the hours change', async () => {
    const id = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:00'));
    expect(ticketRow(core, id).due_at).toBe(sh('2024-03-11 11:00'));
    const setup = await value<TicketSetup>(core.dispatch('tickets', 'setup', {}));
    // A lunch break 10:30–12:00 on Mondays: half of the hour is left after it.
    await value(
      core.dispatch('tickets', 'saveSetup', {
        calendar: {
          ...setup.calendar,
          week: {
            ...setup.calendar.week,
            mon: [
              { start: '09:00', end: '10:30' },
              { start: '12:00', end: '18:00' },
            ],
          },
        },
      }),
    );
    expect(ticketRow(core, id).due_at).toBe(sh('2024-03-11 12:30'));
    const audit = core.ctx.sqlite
      .prepare("SELECT actor_id FROM audit_log WHERE entity = 'ticket_setup'")
      .all();
    expect(audit).toEqual([{ actor_id: shop.li.id }, { actor_id: operator.id }]);
  });

  it('finds the order a ticket is about by order id, phone or name', async () => {
    const byPhone = await value<TicketLookup>(
      core.dispatch('tickets', 'lookup', { query: '+86 138-0013-8000' }),
    );
    expect(byPhone.orders.map((o) => o.externalId)).toEqual(['3301000000000004', '3301000000000001']);
    expect(byPhone.customers.map((c) => c.name)).toEqual(['张伟']);
    const byName = await value<TicketLookup>(
      core.dispatch('tickets', 'lookup', { query: 'alice', storefrontId: shop.shopify.id }),
    );
    expect(byName.orders.map((o) => o.externalId)).toEqual(['#1001', '#1002']);
    const byId = await value<TicketLookup>(core.dispatch('tickets', 'lookup', { query: '3301000000000003' }));
    expect(byId.orders.map((o) => [o.externalId, o.buyerName])).toEqual([['3301000000000003', '王芳']]);
  });
});
