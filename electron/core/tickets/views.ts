import type { Sqlite } from '../db/connection';
import type { OrderStatus } from '../../../shared/domain/orders';
import type {
  TicketDetail,
  TicketEvent,
  TicketEventKind,
  TicketSummary,
} from '../../../shared/domain/ticket-views';
import { stmt } from '../pricing/raw-context';
import { refundableMinor } from './resolution';
import { requireOrder } from './create';
import { requireTicket, ticketLines, type PauseRecord, type TicketRecord } from './repo';
import { slaOf } from './sla-view';
import { readTicketSetup, type TicketSetupContext } from './setup';

type SummaryRow = TicketRecord & {
  storefront_name: string;
  order_external_id: string | null;
  customer_name: string | null;
  assignee_name: string | null;
};

const SUMMARY_SELECT = `SELECT t.*, s.name AS storefront_name, o.external_id AS order_external_id,
    coalesce(c.name, o.buyer_name) AS customer_name, st.name AS assignee_name
  FROM tickets t
  JOIN storefronts s ON s.id = t.storefront_id
  LEFT JOIN orders o ON o.id = t.order_id
  LEFT JOIN customers c ON c.id = t.customer_id
  LEFT JOIN staff st ON st.id = t.assignee_id`;

/** List rows for these ids, in the order given, each with its SLA clocks and flag as seen at `now`. */
export function ticketSummaries(
  sqlite: Sqlite,
  ids: readonly string[],
  setup: TicketSetupContext,
  now: string,
): TicketSummary[] {
  if (!ids.length) return [];
  const marks = ids.map(() => '?').join(', ');
  const rows = sqlite.prepare(`${SUMMARY_SELECT} WHERE t.id IN (${marks})`).all(...ids) as SummaryRow[];
  const pauses = sqlite
    .prepare(`SELECT * FROM ticket_pauses WHERE ticket_id IN (${marks}) ORDER BY started_at, id`)
    .all(...ids) as PauseRecord[];
  const tags = sqlite
    .prepare(`SELECT ticket_id, tag FROM ticket_tags WHERE ticket_id IN (${marks}) ORDER BY tag`)
    .all(...ids) as { ticket_id: string; tag: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const own = pauses.filter((p) => p.ticket_id === id);
    const { sla, flag } = slaOf(r, own, setup, now);
    const open = own.find((p) => p.ended_at === null && p.reason !== 'resolved');
    return [
      {
        id: r.id,
        number: r.number,
        storefrontId: r.storefront_id,
        storefrontName: r.storefront_name,
        orderId: r.order_id,
        orderExternalId: r.order_external_id,
        customerId: r.customer_id,
        customerName: r.customer_name,
        type: r.type,
        priority: r.priority,
        state: r.state,
        pendingReason: r.pending_reason,
        subject: r.subject,
        assigneeId: r.assignee_id,
        assigneeName: r.assignee_name,
        externalRef: r.external_ref,
        currency: r.currency,
        refundMinor: r.refund_minor,
        tags: tags.filter((t) => t.ticket_id === id).map((t) => t.tag),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        sla,
        flag,
        pendingSince: r.state === 'pending' ? (open?.started_at ?? null) : null,
      },
    ];
  });
}

const parse = (v: string | null): unknown => (v === null ? null : (JSON.parse(v) as unknown));

/** The ticket page: the ticket, its lines, order and customer, pauses, timeline and SLA clocks. */
export function getTicket(sqlite: Sqlite, id: string, now: string): TicketDetail {
  const ticket = requireTicket(sqlite, id);
  const setup = readTicketSetup(sqlite);
  const summary = ticketSummaries(sqlite, [id], setup, now)[0]!;
  const events = (
    stmt(
      sqlite,
      `SELECT e.id, e.at, e.actor_id, st.name AS actor_name, e.kind, e.from_value, e.to_value, e.body
         FROM ticket_events e LEFT JOIN staff st ON st.id = e.actor_id WHERE e.ticket_id = ? ORDER BY e.id`,
    ).all(id) as {
      id: number;
      at: string;
      actor_id: string | null;
      actor_name: string | null;
      kind: TicketEventKind;
      from_value: string | null;
      to_value: string | null;
      body: string | null;
    }[]
  ).map((e): TicketEvent => ({
    id: e.id,
    at: e.at,
    actorId: e.actor_id,
    actorName: e.actor_name,
    kind: e.kind,
    from: parse(e.from_value),
    to: parse(e.to_value),
    body: e.body,
  }));
  let order: TicketDetail['order'] = null;
  if (ticket.order_id) {
    const o = requireOrder(sqlite, ticket.order_id);
    const extra = stmt(
      sqlite,
      'SELECT placed_at, total_paid_minor, buyer_name, buyer_phone FROM orders WHERE id = ?',
    ).get(o.id) as {
      placed_at: string;
      total_paid_minor: number;
      buyer_name: string | null;
      buyer_phone: string | null;
    };
    const lines = stmt(
      sqlite,
      'SELECT line_no, sku_id, sku_code, title, quantity, unit_price_minor FROM order_lines WHERE order_id = ? ORDER BY line_no',
    ).all(o.id) as {
      line_no: number;
      sku_id: string | null;
      sku_code: string | null;
      title: string;
      quantity: number;
      unit_price_minor: number;
    }[];
    order = {
      id: o.id,
      externalId: o.external_id,
      status: o.status as OrderStatus,
      placedAt: extra.placed_at,
      currency: o.currency,
      totalPaidMinor: extra.total_paid_minor,
      refundedMinor: o.refunded_minor,
      refundableMinor: refundableMinor(o),
      buyerName: extra.buyer_name,
      buyerPhone: extra.buyer_phone,
      lines: lines.map((l) => ({
        lineNo: l.line_no,
        skuId: l.sku_id,
        skuCode: l.sku_code,
        title: l.title,
        quantity: l.quantity,
        unitPriceMinor: l.unit_price_minor,
      })),
    };
  }
  const customer = ticket.customer_id
    ? ((stmt(sqlite, 'SELECT id, name, phone, email FROM customers WHERE id = ?').get(
        ticket.customer_id,
      ) as TicketDetail['customer']) ?? null)
    : null;
  const pauses = (
    stmt(sqlite, 'SELECT * FROM ticket_pauses WHERE ticket_id = ? ORDER BY started_at, id').all(
      id,
    ) as PauseRecord[]
  ).map((p) => ({ reason: p.reason, start: p.started_at, end: p.ended_at }));
  return {
    ...summary,
    description: ticket.description,
    externalStatus: ticket.external_status,
    createdBy: ticket.created_by,
    goodsReturned: ticket.goods_returned === null ? null : ticket.goods_returned === 1,
    restockedAt: ticket.restocked_at,
    rootCause: ticket.root_cause,
    mergedInto: ticket.merged_into,
    firstReplyAt: ticket.first_reply_at,
    resolvedAt: ticket.resolved_at,
    closedAt: ticket.closed_at,
    lines: ticketLines(sqlite, id).map((l) => ({
      orderId: l.order_id,
      lineNo: l.line_no,
      skuId: l.sku_id,
      skuCode: l.sku_code,
      title: l.title,
      quantity: l.quantity,
    })),
    order,
    customer,
    pauses,
    events,
  };
}
