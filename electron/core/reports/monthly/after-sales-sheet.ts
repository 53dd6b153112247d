import type { Sqlite } from '../../db/connection';
import type { RootCause, TicketPriority, TicketState, TicketType } from '../../../../shared/domain/tickets';
import { firstResponseTimeMs, resolutionTimeMs, slaMet } from '../../../../shared/logic/sla';
import { stmt } from '../../pricing/raw-context';
import { zonedDayStart } from '../../surveys/periods';
import type { PauseRecord } from '../../tickets/repo';
import { readTicketSetup } from '../../tickets/setup';
import { slaOf } from '../../tickets/sla-view';
import type { TableColumn } from '../xlsx-writer/columns';
import { localDateTimeFormatter } from '../xlsx-writer/local-time';
import { writeTableSheet, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import type { MonthlyReportData } from './report-data';
import { serviceTexts } from './service-texts';

interface TicketRow {
  id: string;
  number: number;
  external_ref: string | null;
  type: TicketType;
  priority: TicketPriority;
  state: TicketState;
  storefront: string;
  order_external_id: string | null;
  customer: string | null;
  assignee: string | null;
  subject: string;
  currency: string;
  refund_minor: number;
  goods_returned: number | null;
  root_cause: RootCause | null;
  created_at: string;
  first_reply_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
}

interface SheetRow extends TicketRow {
  firstResponseMs: number | null;
  resolutionMs: number | null;
  met: boolean | null;
}

const hours = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 36_000) / 100);

/**
 * After-sales: every ticket opened or resolved in the month (shop time zone), with its order, people, the
 * moments, working-time first response and resolution (pending excluded, METRICS.md) and whether it met both
 * SLA targets (only judged once resolved), the refund in the order's currency, goods returned and root cause.
 */
export async function writeAfterSalesSheet(
  wb: WorkbookWriter,
  sqlite: Sqlite,
  data: MonthlyReportData,
  sheet: string,
  now: string,
): Promise<void> {
  const t = serviceTexts(data.lang);
  const start = zonedDayStart(data.period.from, data.timezone);
  const end = zonedDayStart(data.period.to, data.timezone, 1);
  const tickets = stmt(
    sqlite,
    `SELECT t.id, t.number, t.external_ref, t.type, t.priority, t.state, s.name AS storefront,
            o.external_id AS order_external_id, c.name AS customer, st.name AS assignee, t.subject, t.currency,
            t.refund_minor, t.goods_returned, t.root_cause, t.created_at, t.first_reply_at, t.resolved_at,
            t.closed_at
       FROM tickets t JOIN storefronts s ON s.id = t.storefront_id
       LEFT JOIN orders o ON o.id = t.order_id LEFT JOIN customers c ON c.id = t.customer_id
       LEFT JOIN staff st ON st.id = t.assignee_id
      WHERE (t.created_at >= @start AND t.created_at < @end) OR (t.resolved_at >= @start AND t.resolved_at < @end)
      ORDER BY t.number`,
  ).all({ start, end }) as TicketRow[];
  const pauses = new Map<string, PauseRecord[]>();
  const pauseOf = stmt(sqlite, 'SELECT * FROM ticket_pauses WHERE ticket_id = ? ORDER BY started_at');
  for (const ticket of tickets) pauses.set(ticket.id, pauseOf.all(ticket.id) as PauseRecord[]);
  const setup = readTicketSetup(sqlite);
  const rows: SheetRow[] = tickets.map((ticket) => {
    const { sla, timeline } = slaOf(ticket, pauses.get(ticket.id) ?? [], setup, now);
    return {
      ...ticket,
      firstResponseMs: firstResponseTimeMs(timeline, setup.calendar),
      resolutionMs: resolutionTimeMs(timeline, setup.calendar),
      met: ticket.resolved_at ? slaMet(timeline, sla, now) : null,
    };
  });
  const local = localDateTimeFormatter(data.timezone);
  const when = (iso: string | null) => (iso ? local(iso) : null);
  const yesNo = (v: boolean | null) => (v === null ? null : v ? t.yes : t.no);
  const h = t.afterSales;
  const columns: TableColumn<SheetRow>[] = [
    { header: h.ticket, kind: 'text', width: 8, value: (r) => `#${r.number}` },
    { header: h.externalRef, kind: 'text', width: 18, value: (r) => r.external_ref },
    { header: h.type, kind: 'text', width: 12, value: (r) => t.types[r.type] },
    { header: h.priority, kind: 'text', width: 8, value: (r) => t.priorities[r.priority] },
    { header: h.state, kind: 'text', width: 9, value: (r) => t.states[r.state] },
    { header: h.storefront, kind: 'text', width: 18, value: (r) => r.storefront },
    { header: h.order, kind: 'text', width: 20, value: (r) => r.order_external_id },
    { header: h.customer, kind: 'text', width: 12, value: (r) => r.customer },
    { header: h.assignee, kind: 'text', width: 10, value: (r) => r.assignee },
    { header: h.opened, kind: 'datetime', value: (r) => when(r.created_at) },
    { header: h.firstReply, kind: 'datetime', value: (r) => when(r.first_reply_at) },
    { header: h.resolved, kind: 'datetime', value: (r) => when(r.resolved_at) },
    { header: h.firstResponseHours, kind: 'decimal', value: (r) => hours(r.firstResponseMs) },
    { header: h.resolutionHours, kind: 'decimal', value: (r) => hours(r.resolutionMs) },
    { header: h.slaMet, kind: 'text', width: 8, value: (r) => yesNo(r.met) },
    {
      header: h.refund,
      kind: 'money',
      currency: (r) => r.currency,
      usualCurrency: data.current.baseCurrency,
      value: (r) => r.refund_minor,
    },
    {
      header: h.goodsReturned,
      kind: 'text',
      width: 8,
      value: (r) => (r.goods_returned === null ? null : yesNo(r.goods_returned === 1)),
    },
    {
      header: h.rootCause,
      kind: 'text',
      width: 12,
      value: (r) => (r.root_cause ? t.rootCauses[r.root_cause] : null),
    },
    // Imported text: the writer stores it as a text cell, so "=…" from a platform never becomes a formula.
    { header: h.subject, kind: 'text', width: 30, value: (r) => r.subject },
  ];
  await writeTableSheet(wb, { sheet, columns }, rows, { emptyNote: t.noTickets });
}
