import type { Sqlite } from '../db/connection';
import { AppError, notFound } from '../../../shared/api/result';
import { ticketErrorText, type TicketErrorKey } from '../../../shared/api/schemas/tickets-texts';
import type {
  PendingReason,
  RootCause,
  TicketPriority,
  TicketState,
  TicketType,
} from '../../../shared/domain/tickets';
import type { TicketEventKind } from '../../../shared/domain/ticket-views';
import type { TicketLinesTable, TicketPausesTable, TicketsTable } from '../db/schema';
import { stmt } from '../pricing/raw-context';

/**
 * A tickets row as stored (migration 0009): the schema's table type, with the text columns narrowed to the
 * domain's unions (the migration's CHECK constraints hold them to those values).
 */
export type TicketRecord = Omit<
  TicketsTable,
  'type' | 'priority' | 'state' | 'pending_reason' | 'root_cause'
> & {
  type: TicketType;
  priority: TicketPriority;
  state: TicketState;
  pending_reason: PendingReason | null;
  root_cause: RootCause | null;
};

export type PauseRecord = Omit<TicketPausesTable, 'id' | 'reason'> & {
  id: number;
  reason: PendingReason | 'resolved';
};

export type TicketLineRecord = TicketLinesTable;

/** A refused action: CONFLICT with the key the renderer translates and the English sentence for the CLI. */
export function ticketConflict(key: TicketErrorKey, params: Record<string, string | number>): AppError {
  return new AppError('CONFLICT', ticketErrorText(key, params), { key, params });
}

export function findTicket(sqlite: Sqlite, id: string): TicketRecord | undefined {
  return stmt(sqlite, 'SELECT * FROM tickets WHERE id = ?').get(id) as TicketRecord | undefined;
}

export function requireTicket(sqlite: Sqlite, id: string): TicketRecord {
  const ticket = findTicket(sqlite, id);
  if (!ticket) throw notFound('ticket', id);
  return ticket;
}

/** Closed and merged tickets are final (shared/domain/tickets.ts): statistics taken at close never change. */
export function requireWorkable(sqlite: Sqlite, id: string): TicketRecord {
  const ticket = requireTicket(sqlite, id);
  if (ticket.state === 'closed' || ticket.state === 'merged')
    throw ticketConflict('ticketFinal', { number: ticket.number, state: ticket.state });
  return ticket;
}

export const nextTicketNumber = (sqlite: Sqlite): number =>
  (stmt(sqlite, 'SELECT coalesce(max(number), 0) + 1 AS n FROM tickets').get() as { n: number }).n;

/**
 * One stored setting (JSON), undefined when never saved. Ticket writes read only the keys they need: readShop
 * works out every default (Intl time-zone probes), which measured as a fifth of a ticket write.
 */
export function storedSetting<T>(sqlite: Sqlite, key: string): T | undefined {
  const row = stmt(sqlite, 'SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

/** The staff member "working" now (settings.actingStaffId), stamped on every timeline entry. */
export const actorOf = (sqlite: Sqlite): string | null =>
  storedSetting<string | null>(sqlite, 'actingStaffId') ?? null;

export interface EventInput {
  kind: TicketEventKind;
  from?: unknown;
  to?: unknown;
  body?: string | null;
}

/** One timeline entry, stamped with the acting staff member read in the same transaction as the change. */
export function addEvent(sqlite: Sqlite, ticketId: string, at: string, event: EventInput): void {
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  stmt(
    sqlite,
    `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_value, to_value, body)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(ticketId, at, actorOf(sqlite), event.kind, json(event.from), json(event.to), event.body ?? null);
}

export const ticketPauses = (sqlite: Sqlite, ticketId: string): PauseRecord[] =>
  stmt(sqlite, 'SELECT * FROM ticket_pauses WHERE ticket_id = ? ORDER BY started_at, id').all(
    ticketId,
  ) as PauseRecord[];

export const ticketLines = (sqlite: Sqlite, ticketId: string): TicketLineRecord[] =>
  stmt(sqlite, 'SELECT * FROM ticket_lines WHERE ticket_id = ? ORDER BY order_id, line_no').all(
    ticketId,
  ) as TicketLineRecord[];

export const ticketTags = (sqlite: Sqlite, ticketId: string): string[] =>
  (
    stmt(sqlite, 'SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag').all(ticketId) as {
      tag: string;
    }[]
  ).map((r) => r.tag);

/** A staff member who may be assigned or act: exists and is not archived. */
export function requireActiveStaff(sqlite: Sqlite, id: string): void {
  const member = stmt(sqlite, 'SELECT archived FROM staff WHERE id = ?').get(id) as
    { archived: number } | undefined;
  if (!member) throw notFound('staff', id);
  if (member.archived) throw ticketConflict('staffArchived', { id });
}

/** Sets columns of one ticket and its updated_at. Column names come from this module's callers, never input. */
export function updateTicket(sqlite: Sqlite, id: string, at: string, set: Partial<TicketRecord>): void {
  const columns = Object.keys(set);
  const assignments = [...columns.map((c) => `${c} = @${c}`), 'updated_at = @updated_at'].join(', ');
  stmt(sqlite, `UPDATE tickets SET ${assignments} WHERE id = @id`).run({ ...set, id, updated_at: at });
}
