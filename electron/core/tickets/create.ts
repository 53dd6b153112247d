import type { Sqlite } from '../db/connection';
import { AppError, notFound } from '../../../shared/api/result';
import type { TicketCreate } from '../../../shared/api/schemas/tickets';
import { newSortableId } from '../../../shared/logic/ids';
import { ticketErrorText } from '../../../shared/api/schemas/tickets-texts';
import { stmt } from '../pricing/raw-context';
import {
  actorOf,
  addEvent,
  nextTicketNumber,
  requireActiveStaff,
  requireWorkable,
  ticketConflict,
  ticketLines,
  updateTicket,
  type TicketLineRecord,
} from './repo';
import { refreshDueAt } from './sla-view';
import { readTicketSetup } from './setup';
import { writeTags } from './tags';

export interface OrderRecord {
  id: string;
  storefront_id: string;
  external_id: string;
  customer_id: string | null;
  currency: string;
  status: string;
  gross_minor: number;
  line_discount_minor: number;
  order_discount_minor: number;
  refunded_minor: number;
}

export function requireOrder(sqlite: Sqlite, id: string): OrderRecord {
  const order = stmt(
    sqlite,
    `SELECT id, storefront_id, external_id, customer_id, currency, status, gross_minor, line_discount_minor,
            order_discount_minor, refunded_minor FROM orders WHERE id = ?`,
  ).get(id) as OrderRecord | undefined;
  if (!order) throw notFound('order', id);
  return order;
}

/**
 * The order lines a ticket names, checked against the order as it is now: each line exists and asks for at
 * most its quantity. A problem is INVALID_INPUT naming the line (`lines.2.quantity`), nothing is written.
 */
export function orderLinesFor(
  sqlite: Sqlite,
  order: Pick<OrderRecord, 'id' | 'external_id'>,
  wanted: readonly { lineNo: number; quantity: number }[],
  path = 'lines',
): Omit<TicketLineRecord, 'ticket_id'>[] {
  const find = stmt(
    sqlite,
    'SELECT line_no, sku_id, sku_code, title, quantity FROM order_lines WHERE order_id = ? AND line_no = ?',
  );
  return wanted.map((w, i) => {
    const line = find.get(order.id, w.lineNo) as
      | { line_no: number; sku_id: string | null; sku_code: string | null; title: string; quantity: number }
      | undefined;
    const params = {
      order: order.external_id,
      line: w.lineNo,
      max: line?.quantity ?? 0,
      quantity: w.quantity,
    };
    if (!line) {
      throw new AppError('INVALID_INPUT', ticketErrorText('ticketLineUnknown', params), {
        key: 'ticketLineUnknown',
        params,
        issues: [{ path: `${path}.${i}.lineNo`, message: 'ticketLineUnknown' }],
      });
    }
    if (w.quantity > line.quantity) {
      throw new AppError('INVALID_INPUT', ticketErrorText('ticketLineQuantity', params), {
        key: 'ticketLineQuantity',
        params,
        issues: [{ path: `${path}.${i}.quantity`, message: 'ticketLineQuantity' }],
      });
    }
    return {
      order_id: order.id,
      line_no: line.line_no,
      sku_id: line.sku_id,
      sku_code: line.sku_code,
      title: line.title,
      quantity: w.quantity,
    };
  });
}

export function replaceLines(
  sqlite: Sqlite,
  ticketId: string,
  lines: readonly Omit<TicketLineRecord, 'ticket_id'>[],
): void {
  stmt(sqlite, 'DELETE FROM ticket_lines WHERE ticket_id = ?').run(ticketId);
  const insert = stmt(
    sqlite,
    'INSERT INTO ticket_lines (ticket_id, order_id, line_no, sku_id, sku_code, title, quantity) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const l of lines)
    insert.run(ticketId, l.order_id, l.line_no, l.sku_id, l.sku_code, l.title, l.quantity);
}

const lineView = (l: Omit<TicketLineRecord, 'ticket_id'>) => ({
  lineNo: l.line_no,
  skuCode: l.sku_code,
  quantity: l.quantity,
});

export function requireExternalRefFree(
  sqlite: Sqlite,
  storefrontId: string,
  ref: string,
  exceptId?: string,
): void {
  const taken = stmt(
    sqlite,
    'SELECT id, number FROM tickets WHERE storefront_id = ? AND external_ref = ?',
  ).get(storefrontId, ref) as { id: string; number: number } | undefined;
  if (taken && taken.id !== exceptId)
    throw ticketConflict('ticketExternalRefTaken', { ref, number: taken.number });
}

/** Extra fields an import sets that a person creating a ticket does not. */
export interface CreateExtras {
  createdAt?: string;
  externalStatus?: string | null;
  state?: 'new' | 'pending' | 'closed';
  pendingReason?: 'customer' | 'platform' | 'warehouse';
  refundMinor?: number;
  eventKind?: 'created' | 'imported';
}

/**
 * A ticket by hand (a storefront) or from an order (its storefront, customer and currency). Everything in one
 * transaction with its 'created' event and stored due moment; the actor is the acting staff member.
 */
export function createTicket(
  sqlite: Sqlite,
  input: TicketCreate,
  at: string,
  extras: CreateExtras = {},
): string {
  return sqlite.transaction((): string => {
    const order = input.orderId ? requireOrder(sqlite, input.orderId) : null;
    const storefrontId = order?.storefront_id ?? input.storefrontId!;
    const storefront = stmt(sqlite, 'SELECT id, currency FROM storefronts WHERE id = ?').get(storefrontId) as
      { id: string; currency: string } | undefined;
    if (!storefront) throw notFound('storefront', storefrontId);
    if (order && input.storefrontId && input.storefrontId !== order.storefront_id)
      throw ticketConflict('ticketOrderStorefront', { order: order.external_id, number: '—' });
    const customerId = input.customerId ?? order?.customer_id ?? null;
    if (input.customerId && !stmt(sqlite, 'SELECT 1 FROM customers WHERE id = ?').get(input.customerId))
      throw notFound('customer', input.customerId);
    if (input.assigneeId) requireActiveStaff(sqlite, input.assigneeId);
    if (input.externalRef) requireExternalRefFree(sqlite, storefrontId, input.externalRef);
    const lines = order && input.lines?.length ? orderLinesFor(sqlite, order, input.lines) : [];

    const id = newSortableId();
    const number = nextTicketNumber(sqlite);
    const createdAt = extras.createdAt ?? at;
    const state = extras.state ?? 'new';
    stmt(
      sqlite,
      `INSERT INTO tickets (id, number, storefront_id, order_id, customer_id, type, priority, state, pending_reason,
         subject, description, assignee_id, created_by, external_ref, external_status, currency, refund_minor,
         closed_at, created_at, updated_at)
       VALUES (@id, @number, @storefront_id, @order_id, @customer_id, @type, @priority, @state, @pending_reason,
         @subject, @description, @assignee_id, @created_by, @external_ref, @external_status, @currency, @refund_minor,
         @closed_at, @created_at, @updated_at)`,
    ).run({
      id,
      number,
      storefront_id: storefrontId,
      order_id: order?.id ?? null,
      customer_id: customerId,
      type: input.type,
      priority: input.priority,
      state,
      pending_reason: state === 'pending' ? (extras.pendingReason ?? 'customer') : null,
      subject: input.subject,
      description: input.description ?? null,
      assignee_id: input.assigneeId ?? null,
      created_by: actorOf(sqlite),
      external_ref: input.externalRef ?? null,
      external_status: extras.externalStatus ?? null,
      currency: order?.currency ?? storefront.currency,
      refund_minor: extras.refundMinor ?? 0,
      closed_at: state === 'closed' ? at : null,
      created_at: createdAt,
      updated_at: at,
    });
    if (state === 'pending')
      stmt(sqlite, 'INSERT INTO ticket_pauses (ticket_id, reason, started_at) VALUES (?, ?, ?)').run(
        id,
        extras.pendingReason ?? 'customer',
        at,
      );
    replaceLines(sqlite, id, lines);
    if (input.tags?.length) writeTags(sqlite, id, input.tags);
    addEvent(sqlite, id, at, {
      kind: extras.eventKind ?? 'created',
      to: {
        type: input.type,
        priority: input.priority,
        state,
        subject: input.subject,
        orderId: order?.id ?? null,
        customerId,
        assigneeId: input.assigneeId ?? null,
        externalRef: input.externalRef ?? null,
        lines: lines.map(lineView),
        tags: input.tags ?? [],
        ...(extras.refundMinor ? { refundMinor: extras.refundMinor } : {}),
        ...(extras.externalStatus ? { externalStatus: extras.externalStatus } : {}),
      },
    });
    refreshDueAt(sqlite, id, readTicketSetup(sqlite), at);
    return id;
  })();
}

/** Links a ticket to an order of its storefront (taking the order's customer when it has none) and its lines. */
export function linkTicket(
  sqlite: Sqlite,
  input: { id: string; orderId: string; lines?: { lineNo: number; quantity: number }[] },
  at: string,
): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    const order = requireOrder(sqlite, input.orderId);
    if (order.storefront_id !== ticket.storefront_id)
      throw ticketConflict('ticketOrderStorefront', { order: order.external_id, number: ticket.number });
    // A refund already went to the linked order: moving the ticket would leave that refund unexplained.
    if (ticket.refund_minor > 0 && ticket.order_id && ticket.order_id !== order.id)
      throw ticketConflict('ticketRelinkRefunded', { number: ticket.number });
    const before = ticketLines(sqlite, ticket.id);
    const lines = input.lines
      ? orderLinesFor(sqlite, order, input.lines)
      : ticket.order_id === order.id
        ? before
        : [];
    updateTicket(sqlite, ticket.id, at, {
      order_id: order.id,
      customer_id: ticket.customer_id ?? order.customer_id,
      currency: order.currency,
    });
    replaceLines(sqlite, ticket.id, lines);
    addEvent(sqlite, ticket.id, at, {
      kind: 'linked',
      from: { orderId: ticket.order_id, customerId: ticket.customer_id, lines: before.map(lineView) },
      to: {
        orderId: order.id,
        customerId: ticket.customer_id ?? order.customer_id,
        lines: lines.map(lineView),
      },
    });
  })();
}
