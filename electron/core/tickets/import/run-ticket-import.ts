import type { Sqlite } from '../../db/connection';
import { validationText } from '../../../../shared/api/schemas/common';
import type { TicketImportMessage, TicketImportSummary } from '../../../../shared/domain/ticket-views';
import { ticketTransitions, type TicketType } from '../../../../shared/domain/tickets';
import { openTable } from '../../orders/read/open-table';
import { TableReadError } from '../../orders/read/types';
import { cleanId, cleanText, parseAmount, parseDateTime } from '../../orders/formats/values';
import { stmt } from '../../pricing/raw-context';
import { notFound } from '../../../../shared/api/result';
import { createTicket } from '../create';
import { addEvent, updateTicket, type TicketRecord } from '../repo';
import { refreshDueAt } from '../sla-view';
import { readTicketSetup } from '../setup';
import { applyTransition } from '../workflow';
import {
  columnIndexes,
  importedStateOf,
  isTicketHeader,
  ticketColumns,
  ticketTypeOf,
  type ImportedState,
  type TicketColumn,
} from './ticket-columns';

/** More problems than this are counted, not listed (as order imports do). */
const MAX_LISTED = 500;

interface Issue {
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
}

const toMessage = (i: Issue): TicketImportMessage => ({
  ...i,
  message: (validationText[i.key] ?? `is invalid (${i.key})`).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
    String(i.params?.[n] ?? ''),
  ),
});

interface ParsedCase {
  row: number;
  ref: string;
  orderExternalId: string | null;
  orderId: string | null;
  type: TicketType;
  typeText: string;
  createdAt: string;
  refundMinor: number;
  statusText: string | null;
  state: ImportedState;
  reason: string | null;
}

export interface TicketImportProgress {
  progress(done: number, total: number): void;
}

/**
 * Imports a platform's after-sales export into one storefront's tickets, all or nothing: the file is read
 * through the order importers' streaming reader (any encoding, xlsx, header found below notes) and every row
 * checked first — any error and nothing is written, with each problem naming its row and column. Then one
 * transaction writes every case, keyed by (storefront, 售后单号): an unchanged case is left alone, a changed
 * one takes the file's status, refund and reason. An order id the storefront does not have is a warning.
 * The refund column is the platform's own record: order exports already carry it, so it stays on the ticket
 * and is not added to the order again.
 */
export async function importTicketsFile(
  sqlite: Sqlite,
  input: { storefrontId: string; file: string },
  at: string,
  io?: TicketImportProgress,
): Promise<TicketImportSummary> {
  const summary: TicketImportSummary = { inserted: 0, updated: 0, unchanged: 0, errors: [], warnings: [] };
  const storefront = stmt(sqlite, 'SELECT id, currency, timezone FROM storefronts WHERE id = ?').get(
    input.storefrontId,
  ) as { id: string; currency: string; timezone: string } | undefined;
  if (!storefront) throw notFound('storefront', input.storefrontId);

  const errors: Issue[] = [];
  let errorCount = 0;
  const error = (issue: Issue) => {
    errorCount++;
    if (errors.length < MAX_LISTED) errors.push(issue);
  };
  const cases: ParsedCase[] = [];
  let table;
  try {
    table = await openTable(input.file, { findHeader: isTicketHeader });
  } catch (err) {
    const known = err instanceof TableReadError;
    const key = known ? (err.key === 'headerNotFound' ? 'ticketHeaderNotFound' : err.key) : 'fileUnreadable';
    summary.errors.push(toMessage({ row: known ? err.row : 0, column: '', key }));
    return summary;
  }
  try {
    const col = columnIndexes(table.headers);
    const header = (c: TicketColumn) =>
      col[c] !== undefined ? table.headers[col[c]!]! : ticketColumns[c][0];
    if (col.createdAt === undefined)
      error({ row: table.headerRow, column: ticketColumns.createdAt[0], key: 'ticketColumnMissing' });
    const findOrder = stmt(sqlite, 'SELECT id FROM orders WHERE storefront_id = ? AND external_id = ?');
    const seen = new Map<string, number>();
    for await (const { row, cells } of table.rows()) {
      const cell = (c: TicketColumn) => (col[c] === undefined ? undefined : cells[col[c]!]);
      const ref = cleanId(cell('ref'));
      if (!ref) {
        error({ row, column: header('ref'), key: 'ticketRefMissing' });
        continue;
      }
      const earlier = seen.get(ref);
      if (earlier !== undefined)
        error({ row, column: header('ref'), key: 'ticketRefRepeated', params: { value: ref, row: earlier } });
      seen.set(ref, row);
      const typeText = cleanText(cell('type')) ?? '';
      const type = ticketTypeOf(typeText);
      if (!type)
        error({ row, column: header('type'), key: 'ticketTypeUnknown', params: { value: typeText } });
      const createdAt =
        col.createdAt === undefined ? null : parseDateTime(cell('createdAt'), storefront.timezone);
      if (col.createdAt !== undefined && !createdAt)
        error({
          row,
          column: header('createdAt'),
          key: 'ticketDate',
          params: { value: cell('createdAt') ?? '' },
        });
      const orderExternalId = cleanId(cell('order')) || null;
      const orderId = orderExternalId
        ? ((
            (findOrder.get(storefront.id, orderExternalId) ??
              findOrder.get(storefront.id, `#${orderExternalId}`)) as { id: string } | undefined
          )?.id ?? null)
        : null;
      const refundMinor = parseAmount(cell('refund'), storefront.currency, 0);
      if (refundMinor === null || refundMinor < 0)
        error({
          row,
          column: header('refund'),
          key: 'ticketAmount',
          params: { value: cell('refund') ?? '' },
        });
      const statusText = cleanText(cell('status'));
      const state = importedStateOf(statusText);
      if (!state)
        error({
          row,
          column: header('status'),
          key: 'ticketStatusUnknown',
          params: { value: statusText ?? '' },
        });
      if (orderExternalId && !orderId && summary.warnings.length < MAX_LISTED)
        summary.warnings.push(
          toMessage({
            row,
            column: header('order'),
            key: 'ticketOrderUnknown',
            params: { value: orderExternalId },
          }),
        );
      if (type && createdAt && state && refundMinor !== null && refundMinor >= 0)
        cases.push({
          row,
          ref,
          orderExternalId,
          orderId,
          type,
          typeText,
          createdAt,
          refundMinor,
          statusText,
          state,
          reason: cleanText(cell('reason')),
        });
      io?.progress(table.bytesRead(), table.bytesTotal);
    }
    if (!cases.length && !errorCount) error({ row: table.headerRow, column: '', key: 'ticketNoRows' });
  } finally {
    await table.close();
  }
  if (errorCount) {
    summary.errors = errors.map(toMessage);
    if (errorCount > errors.length)
      summary.errors.push(
        toMessage({ row: 0, column: '', key: 'orderTooManyErrors', params: { value: errorCount } }),
      );
    return summary;
  }
  sqlite.transaction(() => {
    const setup = readTicketSetup(sqlite);
    const existing = stmt(sqlite, 'SELECT * FROM tickets WHERE storefront_id = ? AND external_ref = ?');
    for (const c of cases) {
      const found = existing.get(storefront.id, c.ref) as TicketRecord | undefined;
      if (!found) {
        createTicket(
          sqlite,
          {
            storefrontId: storefront.id,
            orderId: c.orderId ?? undefined,
            type: c.type,
            priority: 'normal',
            subject: c.reason ?? `${c.typeText} ${c.ref}`,
            description: c.reason,
            externalRef: c.ref,
          },
          at,
          {
            createdAt: c.createdAt,
            externalStatus: c.statusText,
            state: c.state.state,
            ...(c.state.state === 'pending' ? { pendingReason: c.state.reason } : {}),
            refundMinor: c.refundMinor,
            eventKind: 'imported',
          },
        );
        summary.inserted++;
      } else if (updateFromFile(sqlite, found, c, at)) {
        refreshDueAt(sqlite, found.id, setup, at);
        summary.updated++;
      } else summary.unchanged++;
    }
  })();
  return summary;
}

/**
 * A case seen before takes what the platform says now: status text, refund, reason, the order when it was
 * unknown then, and the state when the ticket may move there (a closed ticket never reopens from a file).
 */
function updateFromFile(sqlite: Sqlite, t: TicketRecord, c: ParsedCase, at: string): boolean {
  const set: Partial<TicketRecord> = {};
  if (t.external_status !== c.statusText) set.external_status = c.statusText;
  if (t.refund_minor !== c.refundMinor) set.refund_minor = c.refundMinor;
  if ((c.reason ?? null) !== t.description) set.description = c.reason;
  if (!t.order_id && c.orderId) set.order_id = c.orderId;
  // Closing from a file walks the allowed steps (… → resolved → closed); a closed ticket never reopens from one.
  const via =
    c.state.state === 'closed' && ticketTransitions[t.state].includes('resolved') ? 'resolved' : null;
  const stateMoves =
    c.state.state !== t.state && (via !== null || ticketTransitions[t.state].includes(c.state.state));
  const reasonMoves =
    c.state.state === 'pending' && t.state === 'pending' && c.state.reason !== t.pending_reason;
  if (!Object.keys(set).length && !stateMoves && !reasonMoves) return false;
  const from = Object.fromEntries(Object.keys(set).map((k) => [k, t[k as keyof TicketRecord]]));
  if (Object.keys(set).length) {
    updateTicket(sqlite, t.id, at, set);
    addEvent(sqlite, t.id, at, { kind: 'imported', from, to: set });
  }
  if (stateMoves && via) applyTransition(sqlite, t, via, at);
  if (stateMoves || reasonMoves)
    applyTransition(sqlite, t, c.state.state, at, c.state.state === 'pending' ? c.state.reason : undefined);
  return true;
}
