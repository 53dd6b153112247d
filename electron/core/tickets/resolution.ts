import type { Sqlite } from '../db/connection';
import { isValidOrderStatus, type OrderStatus } from '../../../shared/domain/orders';
import { formatMoney } from '../../../shared/logic/money';
import { refreshCustomerStats } from '../customers/stats';
import { refreshRollups } from '../orders/rollups/refresh-rollups';
import { keepFirstStatus } from '../orders/status-history';
import { stmt } from '../pricing/raw-context';
import { orderLinesFor, requireOrder, type OrderRecord } from './create';
import {
  actorOf,
  addEvent,
  requireWorkable,
  ticketConflict,
  ticketLines,
  updateTicket,
  type TicketLineRecord,
  type TicketRecord,
} from './repo';

/**
 * What may still be refunded: the merchandise after seller discounts (METRICS.md refunds are merchandise, and
 * net_sales = gross − discounts − refunds must not go below zero) less what was refunded already. An order
 * that never counted (pending payment, cancelled) has nothing to refund.
 */
export function refundableMinor(order: OrderRecord): number {
  if (!isValidOrderStatus(order.status as OrderStatus)) return 0;
  return Math.max(
    0,
    order.gross_minor - order.line_discount_minor - order.order_discount_minor - order.refunded_minor,
  );
}

/**
 * A refund given for the ticket ADDS to the order's refunded_minor, which every METRICS.md refund figure reads
 * (cohort view: the order's period). Like an import that sees a new refund, it appends a status-history row;
 * the order's day is recomputed in the daily rollups and its customer's figures before the transaction commits.
 */
export function refundTicket(sqlite: Sqlite, input: { id: string; amountMinor: number }, at: string): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    if (!ticket.order_id) throw ticketConflict('ticketNoOrder', { number: ticket.number });
    const order = requireOrder(sqlite, ticket.order_id);
    const refundable = refundableMinor(order);
    if (input.amountMinor > refundable) {
      const money = (minor: number) => formatMoney(minor, order.currency, 'en-US');
      throw ticketConflict('ticketRefundTooHigh', {
        amount: money(input.amountMinor),
        order: order.external_id,
        refundable: money(refundable),
      });
    }
    const refunded = order.refunded_minor + input.amountMinor;
    keepFirstStatus(sqlite, order.id);
    stmt(sqlite, 'UPDATE orders SET refunded_minor = ?, updated_at = ? WHERE id = ?').run(
      refunded,
      at,
      order.id,
    );
    stmt(
      sqlite,
      'INSERT INTO order_status_history (order_id, status, refunded_minor, import_id, at) VALUES (?, ?, ?, NULL, ?)',
    ).run(order.id, order.status, refunded, at);
    updateTicket(sqlite, ticket.id, at, { refund_minor: ticket.refund_minor + input.amountMinor });
    addEvent(sqlite, ticket.id, at, {
      kind: 'refund',
      from: { ticketRefundMinor: ticket.refund_minor, orderRefundedMinor: order.refunded_minor },
      to: {
        ticketRefundMinor: ticket.refund_minor + input.amountMinor,
        orderRefundedMinor: refunded,
        amountMinor: input.amountMinor,
        currency: order.currency,
      },
    });
    refreshRollups(sqlite);
    if (order.customer_id) refreshCustomerStats(sqlite, [order.customer_id], { at });
  })();
}

export function setGoodsReturned(sqlite: Sqlite, input: { id: string; returned: boolean }, at: string): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    const value = input.returned ? 1 : 0;
    if (ticket.goods_returned === value) return;
    updateTicket(sqlite, ticket.id, at, { goods_returned: value });
    addEvent(sqlite, ticket.id, at, {
      kind: 'goods_returned',
      from: ticket.goods_returned === null ? null : ticket.goods_returned === 1,
      to: input.returned,
    });
  })();
}

type Line = Omit<TicketLineRecord, 'ticket_id'>;

/** The lines an action moves: those given (checked against the order), else the ticket's own. */
function linesToMove(
  sqlite: Sqlite,
  ticket: TicketRecord,
  wanted?: { lineNo: number; quantity: number }[],
): Line[] {
  if (!ticket.order_id) throw ticketConflict('ticketNoOrder', { number: ticket.number });
  const lines = wanted?.length
    ? orderLinesFor(sqlite, requireOrder(sqlite, ticket.order_id), wanted)
    : ticketLines(sqlite, ticket.id);
  if (!lines.length) throw ticketConflict('ticketNoLines', { number: ticket.number });
  // The ticket's copy of a line may predate matching its code to a SKU: the order line knows now.
  const current = stmt(sqlite, 'SELECT sku_id FROM order_lines WHERE order_id = ? AND line_no = ?');
  return lines.map((l) => {
    const skuId =
      l.sku_id ??
      (current.get(l.order_id, l.line_no) as { sku_id: string | null } | undefined)?.sku_id ??
      null;
    if (!skuId) throw ticketConflict('ticketLineNoSku', { line: l.line_no, title: l.title });
    return { ...l, sku_id: skuId };
  });
}

/** Moves stock on hand and records the movement, as catalog/stock.ts recordMovement does, on this connection. */
function moveStock(
  sqlite: Sqlite,
  line: Line,
  kind: 'return' | 'adjustment',
  quantity: number,
  reason: string,
  ref: string,
  at: string,
): void {
  stmt(sqlite, 'UPDATE skus SET stock_on_hand = stock_on_hand + ?, updated_at = ? WHERE id = ?').run(
    quantity,
    at,
    line.sku_id,
  );
  stmt(
    sqlite,
    'INSERT INTO stock_movements (sku_id, kind, quantity, reason, ref, actor_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(line.sku_id, kind, quantity, reason, ref, actorOf(sqlite), at);
}

const lineView = (l: Line) => ({
  lineNo: l.line_no,
  skuId: l.sku_id,
  skuCode: l.sku_code,
  quantity: l.quantity,
});

/**
 * Returned goods received: each line's quantity goes back into stock as a 'return' movement referring to the
 * ticket. Once per ticket — a second receipt would count the same parcel twice.
 */
export function restockTicket(
  sqlite: Sqlite,
  input: { id: string; lines?: { lineNo: number; quantity: number }[] },
  at: string,
): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    if (ticket.restocked_at)
      throw ticketConflict('ticketAlreadyRestocked', { number: ticket.number, at: ticket.restocked_at });
    if (ticket.goods_returned !== 1) throw ticketConflict('ticketNotReturned', { number: ticket.number });
    const lines = linesToMove(sqlite, ticket, input.lines);
    for (const line of lines)
      moveStock(sqlite, line, 'return', line.quantity, 'ticket return', `ticket:${ticket.id}`, at);
    updateTicket(sqlite, ticket.id, at, { restocked_at: at });
    addEvent(sqlite, ticket.id, at, { kind: 'restocked', to: { lines: lines.map(lineView) } });
  })();
}

/**
 * A free replacement sent: a zero-price shipment recorded as the ticket event 'reshipped' (lines, tracking
 * number, price 0) and a stock movement out per line (kind 'adjustment', reason 'reship': a sale is an order's
 * line, never a stored movement, since migration 0014). It is not an order, so no sales figure moves; the goods
 * leave stock.
 */
export function reshipTicket(
  sqlite: Sqlite,
  input: { id: string; lines?: { lineNo: number; quantity: number }[]; trackingNo?: string | null },
  at: string,
): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    const lines = linesToMove(sqlite, ticket, input.lines);
    for (const line of lines)
      moveStock(sqlite, line, 'adjustment', -line.quantity, 'reship', `ticket:${ticket.id}`, at);
    updateTicket(sqlite, ticket.id, at, {});
    addEvent(sqlite, ticket.id, at, {
      kind: 'reshipped',
      to: { lines: lines.map(lineView), trackingNo: input.trackingNo ?? null, priceMinor: 0 },
    });
  })();
}
