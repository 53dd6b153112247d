import type { Sqlite } from '../db/connection';
import type { TicketBulkResult } from '../../../shared/domain/ticket-views';
import { stmt } from '../pricing/raw-context';
import {
  addEvent,
  requireActiveStaff,
  requireTicket,
  requireWorkable,
  ticketConflict,
  ticketLines,
  ticketTags,
  updateTicket,
  type TicketRecord,
} from './repo';
import { refreshDueAt } from './sla-view';
import { readTicketSetup } from './setup';
import { applyAssign, applyTransition } from './workflow';

function requireMergeable(sqlite: Sqlite, id: string): TicketRecord {
  const ticket = requireTicket(sqlite, id);
  if (ticket.state === 'closed' || ticket.state === 'merged')
    throw ticketConflict('ticketMergeFinal', { number: ticket.number, state: ticket.state });
  return ticket;
}

/**
 * Duplicates into one ticket, all or nothing: each source becomes `merged` (merged_into the target, its
 * pause closed, its clocks stopped at the merge), its lines and tags move to the target (a line both name
 * keeps the larger quantity), the target takes a source's order and customer when it has none of its own,
 * and both sides get a timeline entry. A source's refund stays with it: it was already added to its order.
 */
export function mergeTickets(
  sqlite: Sqlite,
  input: { targetId: string; sourceIds: string[] },
  at: string,
): void {
  sqlite.transaction(() => {
    const target = requireMergeable(sqlite, input.targetId);
    const sources = input.sourceIds.map((id) => requireMergeable(sqlite, id));
    for (const source of sources) {
      const lines = ticketLines(sqlite, source.id);
      const tags = ticketTags(sqlite, source.id);
      stmt(
        sqlite,
        `INSERT INTO ticket_lines (ticket_id, order_id, line_no, sku_id, sku_code, title, quantity)
         SELECT ?, order_id, line_no, sku_id, sku_code, title, quantity FROM ticket_lines WHERE ticket_id = ?
         ON CONFLICT (ticket_id, order_id, line_no) DO UPDATE SET quantity = max(quantity, excluded.quantity)`,
      ).run(target.id, source.id);
      stmt(sqlite, 'DELETE FROM ticket_lines WHERE ticket_id = ?').run(source.id);
      stmt(
        sqlite,
        'INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) SELECT ?, tag FROM ticket_tags WHERE ticket_id = ?',
      ).run(target.id, source.id);
      stmt(sqlite, 'DELETE FROM ticket_tags WHERE ticket_id = ?').run(source.id);
      stmt(sqlite, 'UPDATE ticket_pauses SET ended_at = ? WHERE ticket_id = ? AND ended_at IS NULL').run(
        at,
        source.id,
      );
      updateTicket(sqlite, source.id, at, {
        state: 'merged',
        pending_reason: null,
        merged_into: target.id,
        closed_at: at,
        due_at: null,
      });
      addEvent(sqlite, source.id, at, {
        kind: 'merged_into',
        from: { state: source.state },
        to: { state: 'merged', ticketId: target.id, number: target.number },
      });
      const adopt: Partial<TicketRecord> = {};
      if (!target.order_id && source.order_id && source.storefront_id === target.storefront_id) {
        adopt.order_id = source.order_id;
        adopt.currency = source.currency;
      }
      if (!target.customer_id && source.customer_id) adopt.customer_id = source.customer_id;
      updateTicket(sqlite, target.id, at, adopt);
      Object.assign(target, adopt);
      addEvent(sqlite, target.id, at, {
        kind: 'merged_from',
        to: {
          ticketId: source.id,
          number: source.number,
          lines: lines.map((l) => ({ orderId: l.order_id, lineNo: l.line_no, quantity: l.quantity })),
          tags,
          ...adopt,
        },
      });
    }
    refreshDueAt(sqlite, target.id, readTicketSetup(sqlite), at);
  })();
}

/** One assignee for many tickets, all or nothing: any final ticket or unknown id and nothing changes. */
export function bulkAssign(
  sqlite: Sqlite,
  input: { ids: string[]; assigneeId: string | null },
  at: string,
): TicketBulkResult {
  return sqlite.transaction((): TicketBulkResult => {
    if (input.assigneeId) requireActiveStaff(sqlite, input.assigneeId);
    const tickets = input.ids.map((id) => requireWorkable(sqlite, id));
    let changed = 0;
    for (const ticket of tickets) if (applyAssign(sqlite, ticket, input.assigneeId, at)) changed++;
    return { ids: input.ids, changed };
  })();
}

/**
 * Closes many tickets, all or nothing. Only a resolved ticket may close (shared/domain/tickets.ts), so one still
 * in work is resolved first, then closed — two timeline entries, each an allowed step; its clocks stop now.
 * A ticket already closed or merged refuses the whole batch.
 */
export function bulkClose(sqlite: Sqlite, input: { ids: string[] }, at: string): TicketBulkResult {
  return sqlite.transaction((): TicketBulkResult => {
    const tickets = input.ids.map((id) => requireWorkable(sqlite, id));
    const setup = readTicketSetup(sqlite);
    for (const ticket of tickets) {
      if (ticket.state !== 'resolved') applyTransition(sqlite, ticket, 'resolved', at);
      applyTransition(sqlite, ticket, 'closed', at);
      refreshDueAt(sqlite, ticket.id, setup, at);
    }
    return { ids: input.ids, changed: tickets.length };
  })();
}
