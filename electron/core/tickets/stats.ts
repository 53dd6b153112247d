import type { Sqlite } from '../db/connection';
import type { AgentStats, TicketStats } from '../../../shared/domain/ticket-views';
import { dayStartUtc } from '../../../shared/logic/dates';
import { addDays } from '../../../shared/logic/metrics';
import { firstResponseTimeMs, resolutionTimeMs, slaMet } from '../../../shared/logic/sla';
import { readShop } from '../pricing/raw-context';
import type { PauseRecord, TicketRecord } from './repo';
import { slaOf } from './sla-view';
import { readTicketSetup } from './setup';
import { agentCsat } from '../surveys/results';

/** The middle value; the mean of the two middle ones (rounded to whole ms) for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

interface Accumulator {
  assigneeId: string | null;
  assigneeName: string | null;
  handled: number;
  firstResponse: number[];
  resolution: number[];
  met: number;
  judged: number;
}

const finish = (a: Accumulator): AgentStats => ({
  assigneeId: a.assigneeId,
  assigneeName: a.assigneeName,
  handled: a.handled,
  medianFirstResponseMs: median(a.firstResponse),
  medianResolutionMs: median(a.resolution),
  slaMetBp: a.judged ? Math.round((a.met * 10_000) / a.judged) : null,
  csat: null,
});

/**
 * Per-agent figures of the tickets resolved in a period of shop-zone days (METRICS.md Service): handled,
 * median first response and resolution in working time (pending excluded), sla_met_rate = met both targets ÷
 * resolved. A ticket counts for its assignee now; unassigned ones form their own row. CSAT (0–100, two
 * decimals) is that of the survey responses to tickets answered in the period, by the agent at close. Agents are listed by name, unassigned last.
 */
export function ticketStats(
  sqlite: Sqlite,
  period: { from: string; to: string; storefrontId?: string },
  now: string,
): TicketStats {
  // The dashboard asks for one storefront's tickets; the statistics page for all of them.
  const storefront = period.storefrontId ? ' AND t.storefront_id = @sf' : '';
  const zone = readShop(sqlite).timezone;
  const bounds = {
    start: dayStartUtc(period.from, zone),
    end: dayStartUtc(addDays(period.to, 1), zone),
    ...(period.storefrontId ? { sf: period.storefrontId } : {}),
  };
  const setup = readTicketSetup(sqlite);
  const tickets = sqlite
    .prepare(
      // Only what the clocks read: better-sqlite3 builds an object per row, and all 28 columns cost 4× as much.
      `SELECT t.id, t.type, t.priority, t.state, t.assignee_id, t.created_at, t.first_reply_at, t.resolved_at,
              t.closed_at, st.name AS assignee_name
         FROM tickets t LEFT JOIN staff st ON st.id = t.assignee_id
        WHERE t.resolved_at >= @start AND t.resolved_at < @end${storefront}`,
    )
    .all(bounds) as (Pick<
    TicketRecord,
    | 'id'
    | 'type'
    | 'priority'
    | 'state'
    | 'assignee_id'
    | 'created_at'
    | 'first_reply_at'
    | 'resolved_at'
    | 'closed_at'
  > & { assignee_name: string | null })[];
  const pauses = sqlite
    .prepare(
      `SELECT p.* FROM ticket_pauses p JOIN tickets t ON t.id = p.ticket_id
        WHERE t.resolved_at >= @start AND t.resolved_at < @end${storefront} ORDER BY p.started_at`,
    )
    .all(bounds) as PauseRecord[];
  const pausesOf = new Map<string, PauseRecord[]>();
  for (const p of pauses) {
    const list = pausesOf.get(p.ticket_id);
    if (list) list.push(p);
    else pausesOf.set(p.ticket_id, [p]);
  }
  const byAgent = new Map<string | null, Accumulator>();
  const total: Accumulator = {
    assigneeId: null,
    assigneeName: null,
    handled: 0,
    firstResponse: [],
    resolution: [],
    met: 0,
    judged: 0,
  };
  for (const t of tickets) {
    let acc = byAgent.get(t.assignee_id);
    if (!acc) {
      acc = {
        assigneeId: t.assignee_id,
        assigneeName: t.assignee_name,
        handled: 0,
        firstResponse: [],
        resolution: [],
        met: 0,
        judged: 0,
      };
      byAgent.set(t.assignee_id, acc);
    }
    const { sla, timeline } = slaOf(t, pausesOf.get(t.id) ?? [], setup, now);
    // A stopped clock already measured the same working time (creation → stop, pauses left out).
    const first = sla.firstResponse?.stoppedAt
      ? sla.firstResponse.elapsedMs
      : firstResponseTimeMs(timeline, setup.calendar);
    const resolution = sla.resolution?.stoppedAt
      ? sla.resolution.elapsedMs
      : resolutionTimeMs(timeline, setup.calendar);
    const met = slaMet(timeline, sla, now);
    for (const a of [acc, total]) {
      a.handled++;
      if (first !== null) a.firstResponse.push(first);
      if (resolution !== null) a.resolution.push(resolution);
      if (met !== null) {
        a.judged++;
        if (met) a.met++;
      }
    }
  }
  const agents = [...byAgent.values()]
    .sort((a, b) =>
      a.assigneeId === null
        ? 1
        : b.assigneeId === null
          ? -1
          : (a.assigneeName ?? '').localeCompare(b.assigneeName ?? ''),
    )
    .map(finish);
  // CSAT of the survey responses to tickets answered in the period, by the agent who closed the ticket.
  const csat = agentCsat(sqlite, period);
  for (const a of agents) a.csat = csat.byAgent.get(a.assigneeId) ?? null;
  return { from: period.from, to: period.to, agents, total: { ...finish(total), csat: csat.total } };
}
