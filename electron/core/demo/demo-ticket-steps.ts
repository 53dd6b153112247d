import type {
  PendingReason,
  RootCause,
  ShopCalendar,
  SlaTarget,
  TicketPriority,
  TicketState,
  TicketType,
} from '../../../shared/domain/tickets';
import type { TicketEventKind } from '../../../shared/domain/ticket-views';
import { newSortableId } from '../../../shared/logic/ids';
import type { DemoOrderRow } from './demo-tickets';
import { demoNotes, demoPendingNotes, demoReplies, demoTicketSubjects } from './demo-ticket-texts';

const MINUTE_MS = 60_000;

interface OrderLine {
  line_no: number;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
  quantity: number;
}

export interface PlanContext {
  rnd: () => number;
  calendar: ShopCalendar;
  nowMs: number;
  agents: string[];
  operator: string | null;
  cannedReplyIds: string[];
  target(type: TicketType, priority: TicketPriority): SlaTarget;
  lines(orderId: string): OrderLine[];
  /** The moment `workingMs` of working time before `endMs`. */
  startBefore(endMs: number, workingMs: number): number;
  addWorking(fromMs: number, workingMs: number): number;
  workingBetween(fromMs: number, toMs: number): number;
}

/**
 * The steps a demo ticket's life is made of (created, assigned, replied, pending, …): each writes the row's
 * columns and the timeline entries the app itself would have written for it.
 */

/** A tickets row as migration 0009 stores it (number assigned once all tickets are planned, by creation). */
export interface DemoTicketRow {
  id: string;
  storefront_id: string;
  order_id: string | null;
  customer_id: string | null;
  type: TicketType;
  priority: TicketPriority;
  state: TicketState;
  pending_reason: PendingReason | null;
  subject: string;
  description: string | null;
  assignee_id: string | null;
  created_by: string | null;
  external_ref: string | null;
  external_status: string | null;
  currency: string;
  refund_minor: number;
  goods_returned: number | null;
  restocked_at: string | null;
  root_cause: RootCause | null;
  merged_into: string | null;
  due_at: string | null;
  first_reply_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DemoEvent {
  at: string;
  actor: string | null;
  kind: TicketEventKind;
  from?: unknown;
  to?: unknown;
  body?: string;
}

export interface DemoTicketPlan {
  ticket: DemoTicketRow;
  lines: OrderLine[];
  tags: string[];
  pauses: { reason: PendingReason | 'resolved'; start: string; end: string | null }[];
  events: DemoEvent[];
  /** For a merged duplicate: the 'merged_from' entry on the ticket it went into. */
  mergedFrom?: { targetId: string; at: string; actor: string | null };
}

export type OpenKind =
  'overdue_first' | 'overdue_resolution' | 'due_soon' | 'pending_long' | 'pending' | 'new' | 'open';

export function weighted<T extends string>(rnd: () => number, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = rnd() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[0]![0];
}

export const between = (rnd: () => number, low: number, high: number) => low + rnd() * (high - low);
export const iso = (ms: number) => new Date(ms).toISOString();
export const one = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

export const plainTypes = {
  logistics: 30,
  inquiry: 18,
  quality: 15,
  exchange: 10,
  reship: 8,
  refund_only: 6,
  return: 5,
  complaint: 6,
  suggestion: 3,
} satisfies Partial<Record<TicketType, number>>;
export const priorities: Record<TicketPriority, number> = { normal: 60, high: 20, low: 12, urgent: 8 };
/** Types about particular goods carry the order's lines; the others are about the whole order. */
const withLines = new Set<TicketType>(['return', 'exchange', 'refund_only', 'reship', 'quality']);
const tagsPool = ['加急', 'VIP', '重复反馈', '差评风险', '大促'];

export function baseTicket(
  ctx: PlanContext,
  order: DemoOrderRow,
  type: TicketType,
  createdMs: number,
): DemoTicketPlan {
  const { rnd } = ctx;
  const priority = weighted(rnd, priorities);
  const subjects = demoTicketSubjects[type][order.market === 'us' ? 'en' : 'zh'];
  const orderLines = withLines.has(type) ? ctx.lines(order.id) : [];
  const lines = orderLines.length ? [one(rnd, orderLines)] : [];
  const created = iso(createdMs);
  const ticket: DemoTicketRow = {
    id: newSortableId(),
    storefront_id: order.storefrontId,
    order_id: order.id,
    customer_id: order.customerId,
    type,
    priority,
    state: 'new',
    pending_reason: null,
    subject: one(rnd, subjects),
    description: null,
    assignee_id: null,
    created_by: null,
    // 售后单号 as the Chinese platforms number them; the Shopify store's cases come by e-mail, without one.
    external_ref:
      order.market === 'cn' ? `AS${order.externalId.replace(/\D/g, '')}${Math.floor(rnd() * 90 + 10)}` : null,
    external_status: null,
    currency: order.currency,
    refund_minor: 0,
    goods_returned: null,
    restocked_at: null,
    root_cause: null,
    merged_into: null,
    due_at: null,
    first_reply_at: null,
    resolved_at: null,
    closed_at: null,
    created_at: created,
    updated_at: created,
  };
  const tags = rnd() < 0.15 ? [one(rnd, tagsPool)] : [];
  return {
    ticket,
    lines,
    tags,
    pauses: [],
    events: [
      {
        at: created,
        actor: null,
        kind: 'created',
        to: {
          type,
          priority,
          state: 'new',
          subject: ticket.subject,
          orderId: order.id,
          customerId: order.customerId,
          externalRef: ticket.external_ref,
          lines: lines.map((l) => ({ orderId: order.id, lineNo: l.line_no, quantity: l.quantity })),
          tags,
        },
      },
    ],
  };
}

export function assign(ctx: PlanContext, plan: DemoTicketPlan, atMs: number): void {
  const agent = one(ctx.rnd, ctx.agents);
  plan.ticket.assignee_id = agent;
  plan.events.push({ at: iso(atMs), actor: ctx.operator ?? agent, kind: 'assigned', from: null, to: agent });
}

export function firstReply(
  ctx: PlanContext,
  plan: DemoTicketPlan,
  atMs: number,
  market: DemoOrderRow['market'],
): void {
  const { rnd } = ctx;
  const actor = plan.ticket.assignee_id;
  const canned = rnd() < 0.3 && ctx.cannedReplyIds.length;
  plan.ticket.first_reply_at = iso(atMs);
  plan.events.push({
    at: iso(atMs),
    actor,
    kind: 'reply',
    body: one(rnd, demoReplies[market === 'us' ? 'en' : 'zh']),
    ...(canned ? { to: { cannedReplyId: one(rnd, ctx.cannedReplyIds) } } : {}),
  });
  plan.events.push(stateEvent(atMs, actor, 'new', 'open'));
  plan.ticket.state = 'open';
  if (rnd() < 0.4)
    plan.events.push({ at: iso(atMs + 7 * MINUTE_MS), actor, kind: 'note', body: one(rnd, demoNotes) });
}

export const stateEvent = (
  atMs: number,
  actor: string | null,
  from: TicketState,
  to: TicketState,
  reasons: { from?: PendingReason | null; to?: PendingReason | null } = {},
): DemoEvent => ({
  at: iso(atMs),
  actor,
  kind: 'state',
  from: { state: from, pendingReason: reasons.from ?? null },
  to: { state: to, pendingReason: reasons.to ?? null },
});

export function pend(ctx: PlanContext, plan: DemoTicketPlan, startMs: number, endMs: number | null): void {
  const reason = weighted<PendingReason>(ctx.rnd, { customer: 5, warehouse: 3, platform: 2 });
  const actor = plan.ticket.assignee_id;
  plan.pauses.push({ reason, start: iso(startMs), end: endMs === null ? null : iso(endMs) });
  plan.events.push(stateEvent(startMs, actor, 'open', 'pending', { to: reason }));
  plan.events.push({ at: iso(startMs + 1000), actor, kind: 'note', body: demoPendingNotes[reason] });
  if (endMs === null) {
    plan.ticket.state = 'pending';
    plan.ticket.pending_reason = reason;
  } else plan.events.push(stateEvent(endMs, actor, 'pending', 'open', { from: reason }));
}
