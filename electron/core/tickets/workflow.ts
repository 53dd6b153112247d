import type { Sqlite } from '../db/connection';
import type { TicketUpdate } from '../../../shared/api/schemas/tickets';
import {
  ticketTransitions,
  type PendingReason,
  type RootCause,
  type TicketState,
} from '../../../shared/domain/tickets';
import { stmt } from '../pricing/raw-context';
import {
  addEvent,
  requireActiveStaff,
  requireTicket,
  requireWorkable,
  ticketConflict,
  ticketTags,
  updateTicket,
  type TicketRecord,
} from './repo';
import { refreshDueAt } from './sla-view';
import { readTicketSetup } from './setup';
import { writeTags } from './tags';
import { inviteForClosedTicket } from '../surveys/invitations';

const closeOpenPause = (sqlite: Sqlite, ticketId: string, at: string): void => {
  stmt(sqlite, 'UPDATE ticket_pauses SET ended_at = ? WHERE ticket_id = ? AND ended_at IS NULL').run(
    at,
    ticketId,
  );
};

/**
 * One state change as shared/domain/tickets.ts allows (else CONFLICT naming both states), inside the caller's
 * transaction: entering pending opens a pause with its reason, leaving it closes the pause; resolving stamps
 * resolved_at; reopening a resolved ticket keeps the resolved stretch as a pause (the clocks did not run) and
 * clears resolved_at; closing stamps closed_at. A pending ticket may change its reason (a new pause).
 */
export function applyTransition(
  sqlite: Sqlite,
  ticket: TicketRecord,
  to: Exclude<TicketState, 'merged'>,
  at: string,
  reason?: PendingReason,
): void {
  const from = ticket.state;
  const reasonChange = from === 'pending' && to === 'pending' && reason !== ticket.pending_reason;
  if (!reasonChange && !ticketTransitions[from].includes(to))
    throw ticketConflict('ticketTransition', { from, to, number: ticket.number });
  if (from === 'pending') closeOpenPause(sqlite, ticket.id, at);
  const set: Partial<TicketRecord> = { state: to, pending_reason: to === 'pending' ? reason! : null };
  if (to === 'pending')
    stmt(sqlite, 'INSERT INTO ticket_pauses (ticket_id, reason, started_at) VALUES (?, ?, ?)').run(
      ticket.id,
      reason,
      at,
    );
  if (to === 'resolved') set.resolved_at = at;
  if (from === 'resolved' && to === 'open') {
    stmt(
      sqlite,
      'INSERT INTO ticket_pauses (ticket_id, reason, started_at, ended_at) VALUES (?, ?, ?, ?)',
    ).run(ticket.id, 'resolved', ticket.resolved_at ?? at, at);
    set.resolved_at = null;
  }
  if (to === 'closed') set.closed_at = at;
  updateTicket(sqlite, ticket.id, at, set);
  addEvent(sqlite, ticket.id, at, {
    kind: 'state',
    from: { state: from, pendingReason: ticket.pending_reason },
    to: { state: to, pendingReason: set.pending_reason },
  });
  Object.assign(ticket, set);
  // PRODUCT.md §8: closing creates the survey invitation (if the storefront's rule is on) in this transaction.
  if (to === 'closed') inviteForClosedTicket(sqlite, ticket, at);
}

export function transitionTicket(
  sqlite: Sqlite,
  input: { id: string; to: Exclude<TicketState, 'merged'>; pendingReason?: PendingReason },
  at: string,
): void {
  sqlite.transaction(() => {
    const ticket = requireTicket(sqlite, input.id);
    applyTransition(sqlite, ticket, input.to, at, input.pendingReason);
    refreshDueAt(sqlite, ticket.id, readTicketSetup(sqlite), at);
  })();
}

/** Sets the assignee inside the caller's transaction; the same assignee again changes nothing. */
export function applyAssign(
  sqlite: Sqlite,
  ticket: TicketRecord,
  assigneeId: string | null,
  at: string,
): boolean {
  if (ticket.assignee_id === assigneeId) return false;
  updateTicket(sqlite, ticket.id, at, { assignee_id: assigneeId });
  addEvent(sqlite, ticket.id, at, { kind: 'assigned', from: ticket.assignee_id, to: assigneeId });
  ticket.assignee_id = assigneeId;
  return true;
}

export function assignTicket(
  sqlite: Sqlite,
  input: { id: string; assigneeId: string | null },
  at: string,
): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    if (input.assigneeId) requireActiveStaff(sqlite, input.assigneeId);
    applyAssign(sqlite, ticket, input.assigneeId, at);
  })();
}

/**
 * A reply sent to the customer (the text is pasted into the platform's chat): the first one stops the
 * first-response clock, and replying to a new ticket opens it.
 */
export function replyToTicket(
  sqlite: Sqlite,
  input: { id: string; body: string; cannedReplyId?: string },
  at: string,
): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    addEvent(sqlite, ticket.id, at, {
      kind: 'reply',
      body: input.body,
      ...(input.cannedReplyId ? { to: { cannedReplyId: input.cannedReplyId } } : {}),
    });
    if (ticket.first_reply_at === null) updateTicket(sqlite, ticket.id, at, { first_reply_at: at });
    else updateTicket(sqlite, ticket.id, at, {});
    if (ticket.state === 'new') applyTransition(sqlite, ticket, 'open', at);
    refreshDueAt(sqlite, ticket.id, readTicketSetup(sqlite), at);
  })();
}

/** An internal note: for colleagues only, it stops no clock. Allowed on closed tickets too (it changes nothing). */
export function noteOnTicket(sqlite: Sqlite, input: { id: string; body: string }, at: string): void {
  sqlite.transaction(() => {
    const ticket = requireTicket(sqlite, input.id);
    if (ticket.state === 'merged')
      throw ticketConflict('ticketFinal', { number: ticket.number, state: ticket.state });
    addEvent(sqlite, ticket.id, at, { kind: 'note', body: input.body });
    updateTicket(sqlite, ticket.id, at, {});
  })();
}

/** Tags and root cause stay editable after close: they are how a shop learns from its cases. */
export function setTicketTags(sqlite: Sqlite, input: { id: string; tags: string[] }, at: string): void {
  sqlite.transaction(() => {
    const ticket = requireTicket(sqlite, input.id);
    if (ticket.state === 'merged')
      throw ticketConflict('ticketFinal', { number: ticket.number, state: ticket.state });
    const before = ticketTags(sqlite, ticket.id);
    const after = writeTags(sqlite, ticket.id, input.tags);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    addEvent(sqlite, ticket.id, at, { kind: 'tags', from: before, to: after });
    updateTicket(sqlite, ticket.id, at, {});
  })();
}

export function setRootCause(
  sqlite: Sqlite,
  input: { id: string; rootCause: RootCause | null },
  at: string,
): void {
  sqlite.transaction(() => {
    const ticket = requireTicket(sqlite, input.id);
    if (ticket.state === 'merged')
      throw ticketConflict('ticketFinal', { number: ticket.number, state: ticket.state });
    if (ticket.root_cause === input.rootCause) return;
    updateTicket(sqlite, ticket.id, at, { root_cause: input.rootCause });
    addEvent(sqlite, ticket.id, at, { kind: 'root_cause', from: ticket.root_cause, to: input.rootCause });
  })();
}

/** Type, priority, subject, description; a new type or priority moves the SLA targets. */
export function updateTicketFields(sqlite: Sqlite, input: TicketUpdate, at: string): void {
  sqlite.transaction(() => {
    const ticket = requireWorkable(sqlite, input.id);
    const fields = ['type', 'priority', 'subject', 'description'] as const;
    const from: Record<string, unknown> = {};
    const to: Record<string, unknown> = {};
    for (const f of fields) {
      const value = input[f];
      if (value === undefined || value === ticket[f]) continue;
      from[f] = ticket[f];
      to[f] = value;
    }
    if (!Object.keys(to).length) return;
    updateTicket(sqlite, ticket.id, at, to as Partial<TicketRecord>);
    addEvent(sqlite, ticket.id, at, { kind: 'edited', from, to });
    refreshDueAt(sqlite, ticket.id, readTicketSetup(sqlite), at);
  })();
}
