import type { TicketPriority, TicketType } from '../../../shared/domain/tickets';
import type { DemoOrderRow } from './demo-tickets';
import { rootCauseOf, demoReplies } from './demo-ticket-texts';
import {
  assign,
  baseTicket,
  between,
  firstReply,
  iso,
  pend,
  plainTypes,
  priorities,
  stateEvent,
  weighted,
  type DemoTicketPlan,
  type OpenKind,
  type PlanContext,
} from './demo-ticket-steps';

export type { DemoTicketPlan, OpenKind, PlanContext } from './demo-ticket-steps';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A ticket worked to the end: replied, perhaps pending a while, resolved (refund recorded), then closed. */
export function planClosedTicket(
  ctx: PlanContext,
  order: DemoOrderRow,
  final: 'closed' | 'resolved',
): DemoTicketPlan {
  const { rnd, nowMs } = ctx;
  const type: TicketType =
    order.refundedMinor > 0 ? (rnd() < 0.6 ? 'refund_only' : 'return') : weighted(rnd, plainTypes);
  const recent = final === 'resolved';
  const createdMs = recent
    ? Math.max(order.placedMs + 2 * HOUR_MS, nowMs - between(rnd, 2, 6) * DAY_MS)
    : order.placedMs + between(rnd, 1, 9) * DAY_MS;
  const plan = baseTicket(ctx, order, type, createdMs);
  const target = ctx.target(type, plan.ticket.priority);
  const firstMin = target.firstResponseMinutes ?? 120;
  const resMin = Math.max(firstMin + 30, target.resolutionMinutes ?? 1080);
  // Most cases within target, some late: the statistics show an SLA met rate below 100 %.
  const firstMs = ctx.addWorking(createdMs, firstMin * between(rnd, 0.15, 1.25) * MINUTE_MS);
  assign(ctx, plan, Math.min(firstMs - MINUTE_MS, createdMs + between(rnd, 3, 40) * MINUTE_MS));
  firstReply(ctx, plan, firstMs, order.market);
  const working = resMin * between(rnd, 0.3, recent ? 0.9 : 1.2) * MINUTE_MS;
  let resolvedMs: number;
  if (rnd() < 0.3) {
    const pauseStart = ctx.addWorking(firstMs, 20 * MINUTE_MS);
    const pauseEnd = pauseStart + between(rnd, 6, 40) * HOUR_MS;
    pend(ctx, plan, pauseStart, pauseEnd);
    // The clock stood still while pending: what is left of the working time runs after the pause.
    const left = working - ctx.workingBetween(createdMs, pauseStart);
    resolvedMs = ctx.addWorking(pauseEnd, Math.max(10 * MINUTE_MS, left));
  } else resolvedMs = ctx.addWorking(createdMs, Math.max(working, firstMin * MINUTE_MS + 10 * MINUTE_MS));
  if (recent) resolvedMs = Math.max(firstMs + 10 * MINUTE_MS, Math.min(resolvedMs, nowMs - 10 * MINUTE_MS));
  const closedMs = Math.min(resolvedMs + between(rnd, 1, 4) * DAY_MS, nowMs - MINUTE_MS);
  const actor = plan.ticket.assignee_id;
  if (order.refundedMinor > 0) {
    // The platform refunded the order (it came with the order's figures); the ticket records the same money.
    plan.ticket.refund_minor = order.refundedMinor;
    plan.events.push({
      at: iso(resolvedMs - 5 * MINUTE_MS),
      actor,
      kind: 'refund',
      from: { ticketRefundMinor: 0, orderRefundedMinor: order.refundedMinor },
      to: {
        ticketRefundMinor: order.refundedMinor,
        orderRefundedMinor: order.refundedMinor,
        amountMinor: order.refundedMinor,
        currency: order.currency,
        byPlatform: true,
      },
    });
  }
  if (type === 'return') {
    plan.ticket.goods_returned = 1;
    plan.events.push({
      at: iso(resolvedMs - 8 * MINUTE_MS),
      actor,
      kind: 'goods_returned',
      from: null,
      to: true,
    });
  }
  const cause = rootCauseOf[type] ?? null;
  if (cause) {
    plan.ticket.root_cause = cause;
    plan.events.push({
      at: iso(resolvedMs - 3 * MINUTE_MS),
      actor,
      kind: 'root_cause',
      from: null,
      to: cause,
    });
  }
  plan.events.push({
    at: iso(resolvedMs - 2 * MINUTE_MS),
    actor,
    kind: 'reply',
    body: demoReplies.resolved[order.market === 'us' ? 'en' : 'zh'],
  });
  plan.events.push(stateEvent(resolvedMs, actor, 'open', 'resolved'));
  plan.ticket.state = 'resolved';
  plan.ticket.resolved_at = iso(resolvedMs);
  plan.ticket.updated_at = iso(resolvedMs);
  if (final === 'closed') {
    plan.events.push(stateEvent(closedMs, actor, 'resolved', 'closed'));
    plan.ticket.state = 'closed';
    plan.ticket.closed_at = iso(closedMs);
    plan.ticket.updated_at = iso(closedMs);
  }
  plan.events.sort((a, b) => a.at.localeCompare(b.at));
  return plan;
}

/**
 * A ticket still in work, placed in time so that its clocks show `kind` now: created that much working time
 * ago (overdue: past its target; due soon: in the last quarter of it), replied or not, pending since when.
 * `orderBefore` finds an order placed before the ticket was opened.
 */
export function planOpenTicket(
  ctx: PlanContext,
  kind: OpenKind,
  orderBefore: (ms: number) => DemoOrderRow | undefined,
): DemoTicketPlan | undefined {
  const { rnd, nowMs } = ctx;
  const type = weighted(rnd, plainTypes);
  const priority = weighted(rnd, priorities);
  const target = ctx.target(type, priority);
  const first = (target.firstResponseMinutes ?? 120) * MINUTE_MS;
  const res = Math.max(first + 30 * MINUTE_MS, (target.resolutionMinutes ?? 1080) * MINUTE_MS);
  const pending = kind === 'pending' || kind === 'pending_long';
  const pauseStart = pending
    ? nowMs - (kind === 'pending_long' ? between(rnd, 60, 120) : between(rnd, 2, 30)) * HOUR_MS
    : nowMs;
  const elapsed = {
    overdue_first: first * between(rnd, 1.5, 4),
    due_soon: first * between(rnd, 0.8, 0.95),
    new: first * between(rnd, 0.05, 0.6),
    overdue_resolution: res * between(rnd, 1.1, 1.5),
    open: res * between(rnd, 0.1, 0.7),
    pending: res * between(rnd, 0.1, 0.4),
    pending_long: res * between(rnd, 0.1, 0.4),
  }[kind];
  const createdMs = ctx.startBefore(pauseStart, elapsed);
  const order = orderBefore(createdMs - 2 * HOUR_MS);
  if (!order) return undefined;
  const plan = baseTicket(ctx, order, type, createdMs);
  plan.ticket.priority = priority;
  (plan.events[0]!.to as { priority: TicketPriority }).priority = priority;
  const replied = kind === 'overdue_resolution' || kind === 'open' || pending;
  const unassigned = { new: 0.7, due_soon: 0.5, overdue_first: 0.4 }[kind as 'new'] ?? 0;
  const replyMs = replied
    ? ctx.addWorking(createdMs, Math.min(first * between(rnd, 0.2, 0.9), elapsed / 2))
    : null;
  if (rnd() >= unassigned)
    assign(ctx, plan, Math.min((replyMs ?? nowMs) - MINUTE_MS, createdMs + between(rnd, 3, 30) * MINUTE_MS));
  if (replyMs !== null) firstReply(ctx, plan, replyMs, order.market);
  if (pending) pend(ctx, plan, Math.max(pauseStart, (replyMs ?? createdMs) + 20 * MINUTE_MS), null);
  plan.ticket.updated_at = plan.events
    .map((e) => e.at)
    .sort()
    .at(-1)!;
  plan.events.sort((a, b) => a.at.localeCompare(b.at));
  return plan;
}
