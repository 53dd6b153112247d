import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getTicket } from '../../electron/core/tickets/views';
import { listTickets } from '../../electron/core/tickets/list';
import {
  assignTicket,
  noteOnTicket,
  replyToTicket,
  setRootCause,
  setTicketTags,
  transitionTicket,
} from '../../electron/core/tickets/workflow';
import { ticketListSchema } from '../../shared/api/schemas/tickets';
import type { TicketDetail } from '../../shared/domain/ticket-views';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { sh } from '../helpers/ticket-timelines';
import { eventsOf, newTicket, ticketRow, ticketShop, type TicketShop } from '../helpers/ticket-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: TicketShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-tickets');
  shop = await ticketShop(core);
});
afterEach(() => core.cleanup());

const MIN = 60_000;
const conflictKey = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return `${(err as { code?: string }).code}:${(err as { key?: string }).key}`;
  }
  return undefined;
};
const queue = (q: string, now: string) =>
  listTickets(core.ctx.sqlite, ticketListSchema.parse({ queue: q }), now).rows.map((r) => r.number);

describe('a ticket from an order through its life', () => {
  it('takes storefront, customer and currency from the order, and records who created it', () => {
    const orderId = shop.order('3301000000000001');
    const id = newTicket(core, { orderId, lines: [{ lineNo: 1, quantity: 1 }] }, sh('2024-03-11 10:00'));
    const t = getTicket(core.ctx.sqlite, id, sh('2024-03-11 10:01'));
    expect([t.number, t.storefrontId, t.orderExternalId, t.customerName, t.currency, t.state]).toEqual([
      1,
      shop.tmall.id,
      '3301000000000001',
      '张伟',
      'CNY',
      'new',
    ]);
    expect(t.lines).toEqual([
      {
        orderId,
        lineNo: 1,
        skuId: shop.mug.skus.find((k) => k.code === 'MUG-RED')!.id,
        skuCode: 'MUG-RED',
        title: '陶瓷马克杯 红色',
        quantity: 1,
      },
    ]);
    expect(t.createdBy).toBe(shop.li.id);
    expect(t.events.map((e) => [e.kind, e.actorName])).toEqual([['created', '李客服']]);
  });

  it('refuses a line the order does not have, or more items than the line holds, writing nothing', async () => {
    const orderId = shop.order('3301000000000001');
    const tooMany = await core.dispatch('tickets', 'create', {
      orderId,
      type: 'return',
      subject: 'x',
      lines: [{ lineNo: 1, quantity: 3 }],
    });
    expect(tooMany).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'ticketLineQuantity', issues: [{ path: 'lines.0.quantity' }] },
    });
    const missing = await core.dispatch('tickets', 'create', {
      orderId,
      type: 'return',
      subject: 'x',
      lines: [{ lineNo: 9, quantity: 1 }],
    });
    expect(missing).toMatchObject({ ok: false, error: { key: 'ticketLineUnknown' } });
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual({ n: 0 });
  });

  it('moves only as the domain allows, pauses while pending, and keeps every change in the timeline', async () => {
    const id = newTicket(core, { orderId: shop.order('3301000000000001') }, sh('2024-03-11 10:00'));
    const db = core.ctx.sqlite;
    expect(conflictKey(() => transitionTicket(db, { id, to: 'closed' }, sh('2024-03-11 10:01')))).toBe(
      'CONFLICT:ticketTransition',
    );
    assignTicket(db, { id, assigneeId: shop.wang.id }, sh('2024-03-11 10:05'));
    noteOnTicket(db, { id, body: '客户说杯口有裂纹，附图' }, sh('2024-03-11 10:10'));
    setTicketTags(db, { id, tags: ['破损', '顺丰'] }, sh('2024-03-11 10:15'));
    replyToTicket(db, { id, body: '您好，很抱歉，我们马上处理' }, sh('2024-03-11 10:20'));
    expect(ticketRow(core, id)).toMatchObject({ state: 'open', first_reply_at: sh('2024-03-11 10:20') });
    expect(conflictKey(() => transitionTicket(db, { id, to: 'new' }, sh('2024-03-11 10:30')))).toBe(
      'CONFLICT:ticketTransition',
    );
    transitionTicket(db, { id, to: 'pending', pendingReason: 'customer' }, sh('2024-03-11 11:00'));

    // Pending since Monday 11:00: the resolution clock (60 working minutes used) is paused, not overdue, even
    // though without the pause it would be due Tuesday 10:00.
    const paused = getTicket(db, id, sh('2024-03-12 10:30'));
    expect([paused.sla.resolution?.state, paused.sla.resolution?.elapsedMs, paused.flag]).toEqual([
      'paused',
      60 * MIN,
      null,
    ]);
    expect(paused.pendingSince).toBe(sh('2024-03-11 11:00'));
    expect(ticketRow(core, id).due_at).toBeNull();

    transitionTicket(db, { id, to: 'open' }, sh('2024-03-12 14:00'));
    // 480 minutes left from Tuesday 14:00: 4 h that day, 4 h Wednesday from 09:00.
    expect(ticketRow(core, id).due_at).toBe(sh('2024-03-13 13:00'));
    expect(getTicket(db, id, sh('2024-03-13 12:00')).flag).toBe('due_soon');
    expect(queue('overdue', sh('2024-03-13 13:30'))).toEqual([1]);
    transitionTicket(db, { id, to: 'resolved' }, sh('2024-03-13 12:30'));
    setRootCause(db, { id, rootCause: 'logistics' }, sh('2024-03-13 12:40'));
    const resolved = getTicket(db, id, sh('2024-03-14 09:00'));
    // 60 (Mon) + 240 (Tue 14–18) + 210 (Wed 09:00–12:30) working minutes.
    expect([resolved.sla.resolution?.state, resolved.sla.resolution?.elapsedMs]).toEqual(['met', 510 * MIN]);
    expect(resolved.sla.firstResponse).toMatchObject({ state: 'met', elapsedMs: 20 * MIN });

    await value(core.dispatch('settings', 'update', { actingStaffId: shop.wang.id }));
    transitionTicket(db, { id, to: 'closed' }, sh('2024-03-14 09:00'));
    expect(conflictKey(() => assignTicket(db, { id, assigneeId: shop.li.id }, sh('2024-03-14 09:10')))).toBe(
      'CONFLICT:ticketFinal',
    );

    const events = eventsOf(core, id).map((e) => [
      e.kind,
      e.actor_id === shop.li.id ? 'li' : e.actor_id === shop.wang.id ? 'wang' : e.actor_id,
      e.from_value && JSON.parse(e.from_value),
      e.to_value && JSON.parse(e.to_value),
      e.body,
    ]);
    const state = (s: string, r: string | null = null) => ({ state: s, pendingReason: r });
    expect(events.slice(1)).toEqual([
      ['assigned', 'li', null, shop.wang.id, null],
      ['note', 'li', null, null, '客户说杯口有裂纹，附图'],
      ['tags', 'li', [], ['破损', '顺丰'], null],
      ['reply', 'li', null, null, '您好，很抱歉，我们马上处理'],
      ['state', 'li', state('new'), state('open'), null],
      ['state', 'li', state('open'), state('pending', 'customer'), null],
      ['state', 'li', state('pending', 'customer'), state('open'), null],
      ['state', 'li', state('open'), state('resolved'), null],
      ['root_cause', 'li', null, 'logistics', null],
      ['state', 'wang', state('resolved'), state('closed'), null],
    ]);
    expect(events[0]![0]).toBe('created');
    expect(
      db.prepare('SELECT reason, started_at, ended_at FROM ticket_pauses WHERE ticket_id = ?').all(id),
    ).toEqual([{ reason: 'customer', started_at: sh('2024-03-11 11:00'), ended_at: sh('2024-03-12 14:00') }]);
  });

  it('refuses merged as a state (merging is its own call) and a pending state without a reason', async () => {
    const id = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:00'));
    const merged = await core.dispatch('tickets', 'transition', { id, to: 'merged' });
    expect(merged).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ message: 'ticketMergeByMerge' }] },
    });
    const noReason = await core.dispatch('tickets', 'transition', { id, to: 'pending' });
    expect(noReason).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'pendingReason', message: 'pendingReason' }] },
    });
    expect(eventsOf(core, id)).toHaveLength(1);
  });

  it('keeps a resolved-then-reopened stretch out of the clocks', () => {
    const id = newTicket(core, { storefrontId: shop.tmall.id, type: 'inquiry' }, sh('2024-03-11 10:00'));
    const db = core.ctx.sqlite;
    transitionTicket(db, { id, to: 'resolved' }, sh('2024-03-11 10:30'));
    transitionTicket(db, { id, to: 'open' }, sh('2024-03-11 11:00'));
    expect(ticketRow(core, id).resolved_at).toBeNull();
    replyToTicket(db, { id, body: '补充说明' }, sh('2024-03-11 11:10'));
    // 30 minutes before the resolution, 10 after the reopening: 40 of 120.
    const t: TicketDetail = getTicket(db, id, sh('2024-03-11 12:00'));
    expect(t.sla.firstResponse).toMatchObject({ state: 'met', elapsedMs: 40 * MIN });
    expect(t.sla.resolution).toBeNull();
    expect(t.pauses).toEqual([
      { reason: 'resolved', start: sh('2024-03-11 10:30'), end: sh('2024-03-11 11:00') },
    ]);
  });

  it('flags a first response due soon, then overdue, with the queues following the stored due moment', () => {
    const id = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:00'));
    const soon = getTicket(core.ctx.sqlite, id, sh('2024-03-11 10:50'));
    expect(soon.sla.firstResponse).toMatchObject({
      dueAt: sh('2024-03-11 11:00'),
      remainingMs: 10 * MIN,
      state: 'due_soon',
    });
    expect(soon.flag).toBe('due_soon');
    expect(queue('due_today', sh('2024-03-11 10:50'))).toEqual([1]);
    expect(queue('overdue', sh('2024-03-11 10:50'))).toEqual([]);
    expect(queue('overdue', sh('2024-03-11 11:05'))).toEqual([1]);
    expect(getTicket(core.ctx.sqlite, id, sh('2024-03-11 11:05')).flag).toBe('overdue');
    // Created Friday 17:30: half an hour of the target that evening, the other half on Monday morning.
    const late = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-15 17:30'));
    expect(ticketRow(core, late).due_at).toBe(sh('2024-03-18 09:30'));
  });
});
