import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeKpis } from '../../electron/core/orders/kpis';
import { getOrder } from '../../electron/core/orders/detail';
import {
  refundTicket,
  reshipTicket,
  restockTicket,
  setGoodsReturned,
} from '../../electron/core/tickets/resolution';
import { getTicket } from '../../electron/core/tickets/views';
import { writeOrders } from '../helpers/order-builders';
import { waterfallOrder } from '../helpers/order-shop';
import { tempCore } from '../helpers/temp-core';
import { sh } from '../helpers/ticket-timelines';
import { eventsOf, newTicket, ticketShop, type TicketShop } from '../helpers/ticket-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: TicketShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-tickets-resolution');
  shop = await ticketShop(core);
});
afterEach(() => core.cleanup());

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return {
      code: (err as { code?: string }).code,
      key: (err as { key?: string }).key,
      message: (err as Error).message,
    };
  }
  return null;
};
const tmallRefunds = (day: string) =>
  computeKpis(core.ctx.sqlite, { from: day, to: day, storefrontId: shop.tmall.id }).storefronts[0]!
    .refundsMinor;
const stock = (code: string) =>
  (core.ctx.sqlite.prepare('SELECT stock_on_hand AS n FROM skus WHERE code = ?').get(code) as { n: number })
    .n;
const movements = (ref: string) =>
  core.ctx.sqlite
    .prepare(
      `SELECT s.code, m.kind, m.quantity, m.reason, m.actor_id FROM stock_movements m JOIN skus s ON s.id = m.sku_id
        WHERE m.ref = ? ORDER BY m.id`,
    )
    .all(ref);

describe('resolving a ticket', () => {
  it("adds the refund to the order's refunds, in the order's period, with a status-history row", async () => {
    const orderId = shop.order('3301000000000001');
    const id = newTicket(core, { orderId, type: 'refund_only' }, sh('2024-03-11 10:00'));
    // 2024-03-10 (Shanghai): this order (no refund yet) and 3301000000000002 (¥50.00 refunded by its file).
    expect(tmallRefunds('2024-03-10')).toBe(5000);
    refundTicket(core.ctx.sqlite, { id, amountMinor: 2000 }, sh('2024-03-11 11:00'));
    expect(tmallRefunds('2024-03-10')).toBe(7000);
    // The refund date's own day gains nothing: refunds are attributed to the order's period.
    expect(tmallRefunds('2024-03-11')).toBe(0);
    const order = await getOrder(core.ctx.db, orderId);
    expect(order.statusHistory.map((h) => [h.status, h.refundedMinor])).toEqual([
      ['completed', 0],
      ['completed', 2000],
    ]);
    const ticket = getTicket(core.ctx.sqlite, id, sh('2024-03-11 11:00'));
    expect([ticket.refundMinor, ticket.order?.refundedMinor, ticket.order?.refundableMinor]).toEqual([
      2000, 2000, 7200,
    ]);
    expect(ticket.events.at(-1)).toMatchObject({
      kind: 'refund',
      actorId: shop.li.id,
      to: { amountMinor: 2000, orderRefundedMinor: 2000, ticketRefundMinor: 2000 },
    });
  });

  it('keeps a ticket refund when the order file is re-imported without it, and takes a larger refund from the file', () => {
    const orderId = shop.order('3301000000000001');
    const id = newTicket(core, { orderId, type: 'refund_only' }, sh('2024-03-11 10:00'));
    refundTicket(core.ctx.sqlite, { id, amountMinor: 2000 }, sh('2024-03-11 11:00'));
    // The same order again from the platform, now changed (status) but still without the refund.
    const again = (status: 'completed' | 'shipped', refundedMinor: number) =>
      writeOrders(core, shop.tmall.id, [waterfallOrder({ status, refundedMinor })]).outcomes;
    expect(again('shipped', 0)).toEqual(['updated']);
    expect(tmallRefunds('2024-03-10')).toBe(7000);
    // The platform's file now carries a larger refund (the ticket's ¥20 plus ¥10 more): the file's figure wins.
    expect(again('completed', 3000)).toEqual(['updated']);
    expect(tmallRefunds('2024-03-10')).toBe(8000);
  });

  it('refuses a refund past the merchandise paid and changes nothing', () => {
    const orderId = shop.order('3301000000000001');
    const id = newTicket(core, { orderId, type: 'refund_only' }, sh('2024-03-11 10:00'));
    // ¥100.00 of mugs − ¥5.00 line discount − ¥3.00 coupon = ¥92.00 merchandise.
    refundTicket(core.ctx.sqlite, { id, amountMinor: 9000 }, sh('2024-03-11 11:00'));
    const before = eventsOf(core, id).length;
    expect(
      failure(() => refundTicket(core.ctx.sqlite, { id, amountMinor: 201 }, sh('2024-03-11 11:05'))),
    ).toEqual({
      code: 'CONFLICT',
      key: 'ticketRefundTooHigh',
      message:
        'A refund of CN¥2.01 would take order 3301000000000001 past its merchandise paid (CN¥2.00 may still be refunded).',
    });
    expect(eventsOf(core, id)).toHaveLength(before);
    expect(core.ctx.sqlite.prepare('SELECT refunded_minor FROM orders WHERE id = ?').get(orderId)).toEqual({
      refunded_minor: 9000,
    });
    expect(tmallRefunds('2024-03-10')).toBe(14000);
  });

  it('needs an order to refund', () => {
    const id = newTicket(core, { storefrontId: shop.tmall.id, type: 'refund_only' }, sh('2024-03-11 10:00'));
    expect(
      failure(() => refundTicket(core.ctx.sqlite, { id, amountMinor: 100 }, sh('2024-03-11 11:00')))?.key,
    ).toBe('ticketNoOrder');
  });

  it('restocks returned goods once, as return movements referring to the ticket', () => {
    const id = newTicket(
      core,
      { orderId: shop.order('3301000000000001'), lines: [{ lineNo: 1, quantity: 2 }] },
      sh('2024-03-11 10:00'),
    );
    const before = stock('MUG-RED');
    expect(failure(() => restockTicket(core.ctx.sqlite, { id }, sh('2024-03-12 10:00')))?.key).toBe(
      'ticketNotReturned',
    );
    setGoodsReturned(core.ctx.sqlite, { id, returned: true }, sh('2024-03-11 12:00'));
    restockTicket(core.ctx.sqlite, { id }, sh('2024-03-12 10:00'));
    expect(stock('MUG-RED')).toBe(before + 2);
    expect(movements(`ticket:${id}`)).toEqual([
      { code: 'MUG-RED', kind: 'return', quantity: 2, reason: 'ticket return', actor_id: shop.li.id },
    ]);
    expect(failure(() => restockTicket(core.ctx.sqlite, { id }, sh('2024-03-12 11:00')))?.key).toBe(
      'ticketAlreadyRestocked',
    );
    expect(stock('MUG-RED')).toBe(before + 2);
    expect(eventsOf(core, id).map((e) => e.kind)).toEqual(['created', 'goods_returned', 'restocked']);
  });

  it('records a reship as a zero-price shipment: a timeline entry and stock out', () => {
    const id = newTicket(
      core,
      { orderId: shop.order('3301000000000004'), type: 'reship' },
      sh('2024-03-21 10:00'),
    );
    expect(failure(() => reshipTicket(core.ctx.sqlite, { id }, sh('2024-03-21 11:00')))?.key).toBe(
      'ticketNoLines',
    );
    const before = stock('LAMP-1');
    reshipTicket(
      core.ctx.sqlite,
      { id, lines: [{ lineNo: 1, quantity: 1 }], trackingNo: 'SF1234567890' },
      sh('2024-03-21 11:00'),
    );
    expect(stock('LAMP-1')).toBe(before - 1);
    expect(movements(`ticket:${id}`)).toEqual([
      { code: 'LAMP-1', kind: 'adjustment', quantity: -1, reason: 'reship', actor_id: shop.li.id },
    ]);
    const event = eventsOf(core, id).at(-1)!;
    expect([event.kind, JSON.parse(event.to_value!)]).toEqual([
      'reshipped',
      {
        lines: [{ lineNo: 1, skuId: shop.lamp.skus[0]!.id, skuCode: 'LAMP-1', quantity: 1 }],
        trackingNo: 'SF1234567890',
        priceMinor: 0,
      },
    ]);
    // No sales figure moves: the order keeps its lines and the shop's figures are as before.
    expect(computeKpis(core.ctx.sqlite, { from: '2024-03-20', to: '2024-03-20' }).total.units).toBe(2);
  });
});
