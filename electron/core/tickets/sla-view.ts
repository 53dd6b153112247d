import type { Sqlite } from '../db/connection';
import type { TicketSla, TicketTimeline } from '../../../shared/domain/tickets';
import { slaFlag, slaTargetFor, ticketSla } from '../../../shared/logic/sla';
import { stmt } from '../pricing/raw-context';
import { ticketPauses, type PauseRecord, type TicketRecord } from './repo';
import type { TicketSetupContext } from './setup';

type TimelineFields = Pick<
  TicketRecord,
  'created_at' | 'first_reply_at' | 'resolved_at' | 'closed_at' | 'state'
>;

/**
 * The moments the SLA clocks read. A ticket closed or merged without ever being resolved (an imported closed
 * case, a duplicate merged away) stops its clocks when it was closed, so it never shows as overdue.
 */
export function timelineOf(
  ticket: TimelineFields,
  pauses: readonly Pick<PauseRecord, 'started_at' | 'ended_at'>[],
): TicketTimeline {
  return {
    createdAt: ticket.created_at,
    firstReplyAt: ticket.first_reply_at,
    pendingIntervals: pauses.map((p) => ({ start: p.started_at, end: p.ended_at })),
    resolvedAt:
      ticket.resolved_at ??
      (ticket.state === 'closed' || ticket.state === 'merged' ? ticket.closed_at : null),
  };
}

export function slaOf(
  ticket: TimelineFields & Pick<TicketRecord, 'type' | 'priority'>,
  pauses: readonly Pick<PauseRecord, 'started_at' | 'ended_at'>[],
  setup: TicketSetupContext,
  now: string,
): { sla: TicketSla; flag: 'overdue' | 'due_soon' | null; timeline: TicketTimeline } {
  const timeline = timelineOf(ticket, pauses);
  const target = slaTargetFor(setup.policy, ticket.type, ticket.priority);
  const sla = ticketSla(timeline, target, setup.calendar, now, setup.dueSoon);
  return { sla, flag: slaFlag(sla), timeline };
}

/**
 * The earliest due moment of a clock still counting at `now`; a paused clock's due moment keeps moving, so it
 * counts only when it was already past due before the pause (then it stays breached). Null: nothing is due.
 */
export function dueAtOf(sla: TicketSla): string | null {
  let due: string | null = null;
  for (const clock of [sla.firstResponse, sla.resolution]) {
    if (!clock || clock.stoppedAt !== null || clock.state === 'paused') continue;
    if (due === null || clock.dueAt < due) due = clock.dueAt;
  }
  return due;
}

/** Recomputes the stored due_at of one ticket after a change (queues read it through tickets_open_due). */
export function refreshDueAt(sqlite: Sqlite, ticketId: string, setup: TicketSetupContext, at: string): void {
  const ticket = stmt(sqlite, 'SELECT * FROM tickets WHERE id = ?').get(ticketId) as TicketRecord | undefined;
  if (!ticket) return;
  const open = ticket.state === 'new' || ticket.state === 'open' || ticket.state === 'pending';
  const due = open ? dueAtOf(slaOf(ticket, ticketPauses(sqlite, ticketId), setup, at).sla) : null;
  if (due !== ticket.due_at) stmt(sqlite, 'UPDATE tickets SET due_at = ? WHERE id = ?').run(due, ticketId);
}
