import type { Sqlite } from '../db/connection';
import { surveyDimensions, type SurveyDimension } from '../../../shared/domain/surveys';
import type { CsatTally, MeanTally, NpsTally } from '../../../shared/logic/survey-scoring';
import { zonedDayStart } from './periods';

/** What results group by; `total` is one group for everything. Column names only, never input. */
export const groupColumns = {
  total: 'NULL',
  storefront: 'r.storefront_id',
  agent: 'r.agent_id',
  ticketType: 'r.ticket_type',
} as const;
export type Grouping = keyof typeof groupColumns;

/** The plain counts of one group; survey-scoring.ts turns them into figures. */
export interface GroupTally {
  responses: number;
  csat: CsatTally;
  nps: NpsTally;
  dimensions: Record<SurveyDimension, MeanTally>;
  invitationsSent: number;
  invitationsAnswered: number;
  low: number;
}

export const emptyTally = (): GroupTally => ({
  responses: 0,
  csat: { responses: 0, satisfied: 0 },
  nps: { responses: 0, promoters: 0, passives: 0, detractors: 0 },
  dimensions: Object.fromEntries(surveyDimensions.map((d) => [d, { responses: 0, total: 0 }])) as Record<
    SurveyDimension,
    MeanTally
  >,
  invitationsSent: 0,
  invitationsAnswered: 0,
  low: 0,
});

export interface PeriodFilter {
  from: string;
  to: string;
  storefrontId?: string;
  /** Only responses to tickets (per-agent figures of the tickets statistics). */
  ticketsOnly?: boolean;
}

/**
 * Tallies per group of a period of shop-zone days. Responses count on their answer day (index
 * survey_responses_date); response_rate's denominator is the invitations sent in the period (their sent_at,
 * UTC bounds of those days) and its numerator those of them that have a response — a cohort share that can
 * never pass 100 %, which responses imported without an invitation would otherwise push it past.
 */
export function tallies(
  sqlite: Sqlite,
  grouping: Grouping,
  f: PeriodFilter,
  zone: string,
): Map<string | null, GroupTally> {
  const col = groupColumns[grouping];
  const out = new Map<string | null, GroupTally>();
  const get = (key: string | null) => {
    let t = out.get(key);
    if (!t) out.set(key, (t = emptyTally()));
    return t;
  };
  const where = ['r.answered_date BETWEEN @from AND @to'];
  if (f.storefrontId) where.push('r.storefront_id = @storefrontId');
  if (f.ticketsOnly) where.push('r.ticket_id IS NOT NULL');
  const params = { from: f.from, to: f.to, ...(f.storefrontId ? { storefrontId: f.storefrontId } : {}) };
  const responseRows = sqlite
    .prepare(
      `SELECT ${col} AS key, count(*) AS responses, count(r.csat) AS csat_n, coalesce(sum(r.csat >= 4), 0) AS satisfied,
              count(r.nps) AS nps_n, coalesce(sum(r.nps >= 9), 0) AS promoters,
              coalesce(sum(r.nps BETWEEN 7 AND 8), 0) AS passives, coalesce(sum(r.nps <= 6), 0) AS detractors,
              coalesce(sum(r.csat <= 2 OR r.nps <= 6), 0) AS low
         FROM survey_responses r WHERE ${where.join(' AND ')} GROUP BY 1`,
    )
    .all(params) as {
    key: string | null;
    responses: number;
    csat_n: number;
    satisfied: number;
    nps_n: number;
    promoters: number;
    passives: number;
    detractors: number;
    low: number;
  }[];
  for (const r of responseRows) {
    const t = get(r.key);
    t.responses = r.responses;
    t.csat = { responses: r.csat_n, satisfied: r.satisfied };
    t.nps = { responses: r.nps_n, promoters: r.promoters, passives: r.passives, detractors: r.detractors };
    t.low = r.low;
  }
  const dimensionRows = sqlite
    .prepare(
      `SELECT ${col} AS key, a.dimension, count(*) AS n, sum(a.score) AS total
         FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id
        WHERE ${where.join(' AND ')} AND a.kind = 'dimension' GROUP BY 1, 2`,
    )
    .all(params) as { key: string | null; dimension: SurveyDimension; n: number; total: number }[];
  for (const d of dimensionRows) get(d.key).dimensions[d.dimension] = { responses: d.n, total: d.total };

  const invitationCol = col.replace('r.', 'i.');
  const invitationWhere = ['i.sent_at >= @start AND i.sent_at < @end'];
  if (f.storefrontId) invitationWhere.push('i.storefront_id = @storefrontId');
  if (f.ticketsOnly) invitationWhere.push('i.ticket_id IS NOT NULL');
  const invitationRows = sqlite
    .prepare(
      `SELECT ${invitationCol} AS key, count(*) AS sent, count(r.id) AS answered
         FROM survey_invitations i LEFT JOIN survey_responses r ON r.invitation_id = i.id
        WHERE ${invitationWhere.join(' AND ')} GROUP BY 1`,
    )
    .all({
      start: zonedDayStart(f.from, zone),
      end: zonedDayStart(f.to, zone, 1),
      ...(f.storefrontId ? { storefrontId: f.storefrontId } : {}),
    }) as { key: string | null; sent: number; answered: number }[];
  for (const i of invitationRows) {
    const t = get(i.key);
    t.invitationsSent = i.sent;
    t.invitationsAnswered = i.answered;
  }
  return out;
}

export interface DayTally {
  date: string;
  responses: number;
  csat: CsatTally;
  nps: NpsTally;
}

/** Per answer day, for the trend. */
export function dayTallies(sqlite: Sqlite, f: PeriodFilter): DayTally[] {
  const rows = sqlite
    .prepare(
      `SELECT answered_date AS date, count(*) AS responses, count(csat) AS csat_n, coalesce(sum(csat >= 4), 0) AS satisfied,
              count(nps) AS nps_n, coalesce(sum(nps >= 9), 0) AS promoters, coalesce(sum(nps BETWEEN 7 AND 8), 0) AS passives,
              coalesce(sum(nps <= 6), 0) AS detractors
         FROM survey_responses
        WHERE answered_date BETWEEN ? AND ? AND (? IS NULL OR storefront_id = ?)
        GROUP BY answered_date ORDER BY answered_date`,
    )
    .all(f.from, f.to, f.storefrontId ?? null, f.storefrontId ?? null) as {
    date: string;
    responses: number;
    csat_n: number;
    satisfied: number;
    nps_n: number;
    promoters: number;
    passives: number;
    detractors: number;
  }[];
  return rows.map((r) => ({
    date: r.date,
    responses: r.responses,
    csat: { responses: r.csat_n, satisfied: r.satisfied },
    nps: { responses: r.nps_n, promoters: r.promoters, passives: r.passives, detractors: r.detractors },
  }));
}
