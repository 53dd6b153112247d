import type { Sqlite } from '../db/connection';
import type { SurveyResultsQuery } from '../../../shared/api/schemas/surveys';
import { notFound } from '../../../shared/api/result';
import type {
  SurveyFigureChanges,
  SurveyFigures,
  SurveyGroupRow,
  SurveyResults,
  SurveyTrendPoint,
} from '../../../shared/domain/survey-views';
import { surveyDimensions, type SurveyDimension } from '../../../shared/domain/surveys';
import {
  csatScore,
  meanScore,
  npsScore,
  pointsChange,
  responseRate,
  toBasisPoints,
  toHundredths,
} from '../../../shared/logic/survey-scoring';
import { stmt } from '../pricing/raw-context';
import { addDays, daysBetween, previousPeriod, weekStart } from './periods';
import { shopZone } from './repo';
import {
  dayTallies,
  emptyTally,
  tallies,
  type DayTally,
  type GroupTally,
  type Grouping,
} from './results-queries';

const byDimension = <T>(fn: (d: SurveyDimension) => T): Record<SurveyDimension, T> =>
  Object.fromEntries(surveyDimensions.map((d) => [d, fn(d)])) as Record<SurveyDimension, T>;

/** Exact figures rounded once (survey-scoring.ts), null for a zero denominator. */
export function figuresOf(t: GroupTally): SurveyFigures {
  return {
    responses: t.responses,
    invitationsSent: t.invitationsSent,
    responseRateBp: toBasisPoints(responseRate(t.invitationsAnswered, t.invitationsSent)),
    csatResponses: t.csat.responses,
    csat: toHundredths(csatScore(t.csat)),
    npsResponses: t.nps.responses,
    promoters: t.nps.promoters,
    passives: t.nps.passives,
    detractors: t.nps.detractors,
    nps: toHundredths(npsScore(t.nps)),
    dimensions: byDimension((d) => toHundredths(meanScore(t.dimensions[d]))),
    lowScoreResponses: t.low,
  };
}

/** Changes in points from the exact scores (not from the rounded ones), rounded once. */
function changesOf(c: GroupTally, p: GroupTally): SurveyFigureChanges {
  const rate = (t: GroupTally) => responseRate(t.invitationsAnswered, t.invitationsSent);
  return {
    csatPoints: toHundredths(pointsChange(csatScore(c.csat), csatScore(p.csat))),
    npsPoints: toHundredths(pointsChange(npsScore(c.nps), npsScore(p.nps))),
    responseRateBp: toBasisPoints(pointsChange(rate(c), rate(p))),
    dimensions: byDimension((d) =>
      toHundredths(pointsChange(meanScore(c.dimensions[d]), meanScore(p.dimensions[d]))),
    ),
  };
}

function labels(sqlite: Sqlite, grouping: Grouping): Map<string, string> {
  if (grouping === 'storefront')
    return new Map(
      (stmt(sqlite, 'SELECT id, name FROM storefronts').all() as { id: string; name: string }[]).map((r) => [
        r.id,
        r.name,
      ]),
    );
  if (grouping === 'agent')
    return new Map(
      (stmt(sqlite, 'SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((r) => [
        r.id,
        r.name,
      ]),
    );
  return new Map();
}

/** Groups with responses or sent invitations, most responses first; the group without a key last. */
function groupRows(
  sqlite: Sqlite,
  grouping: Grouping,
  q: SurveyResultsQuery,
  zone: string,
): SurveyGroupRow[] {
  const names = labels(sqlite, grouping);
  return [...tallies(sqlite, grouping, q, zone)]
    .map(([key, t]) => ({ key, label: key === null ? null : (names.get(key) ?? key), ...figuresOf(t) }))
    .sort((a, b) =>
      a.key === null
        ? 1
        : b.key === null
          ? -1
          : b.responses - a.responses || (a.label ?? '').localeCompare(b.label ?? ''),
    );
}

/** Daily points for every day of the period (empty days have no score), or Monday-weekly past 62 days. */
export function trendOf(
  days: DayTally[],
  from: string,
  to: string,
  bucket: 'day' | 'week',
): SurveyTrendPoint[] {
  const keyOf = (date: string) => (bucket === 'day' ? date : weekStart(date));
  const buckets = new Map<string, DayTally>();
  for (let d = keyOf(from); d <= to; d = addDays(d, bucket === 'day' ? 1 : 7))
    buckets.set(d, {
      date: d,
      responses: 0,
      csat: { responses: 0, satisfied: 0 },
      nps: { responses: 0, promoters: 0, passives: 0, detractors: 0 },
    });
  for (const day of days) {
    const b = buckets.get(keyOf(day.date))!;
    b.responses += day.responses;
    b.csat.responses += day.csat.responses;
    b.csat.satisfied += day.csat.satisfied;
    b.nps.responses += day.nps.responses;
    b.nps.promoters += day.nps.promoters;
    b.nps.passives += day.nps.passives;
    b.nps.detractors += day.nps.detractors;
  }
  return [...buckets.values()].map((b) => ({
    date: b.date,
    responses: b.responses,
    csat: toHundredths(csatScore(b.csat)),
    nps: toHundredths(npsScore(b.nps)),
  }));
}

/**
 * METRICS.md Service survey figures of a period and the previous period of equal length, by storefront,
 * agent and ticket type, with the trend of both. No money: every role may read them.
 */
export function surveyResults(sqlite: Sqlite, q: SurveyResultsQuery): SurveyResults {
  if (q.storefrontId && !stmt(sqlite, 'SELECT 1 FROM storefronts WHERE id = ?').get(q.storefrontId))
    throw notFound('storefront', q.storefrontId);
  const zone = shopZone(sqlite);
  const prev = previousPeriod(q.from, q.to);
  const total = (f: { from: string; to: string }) =>
    tallies(sqlite, 'total', { ...f, storefrontId: q.storefrontId }, zone).get(null) ?? emptyTally();
  const current = total(q);
  const previous = total(prev);
  const bucket = daysBetween(q.from, q.to) <= 62 ? 'day' : 'week';
  return {
    from: q.from,
    to: q.to,
    previousFrom: prev.from,
    previousTo: prev.to,
    storefrontId: q.storefrontId ?? null,
    current: figuresOf(current),
    previous: figuresOf(previous),
    changes: changesOf(current, previous),
    byStorefront: groupRows(sqlite, 'storefront', q, zone),
    byAgent: groupRows(sqlite, 'agent', q, zone),
    byTicketType: groupRows(sqlite, 'ticketType', q, zone),
    bucket,
    trend: trendOf(dayTallies(sqlite, { ...q }), q.from, q.to, bucket),
    previousTrend: trendOf(
      dayTallies(sqlite, { ...prev, storefrontId: q.storefrontId }),
      prev.from,
      prev.to,
      bucket,
    ),
  };
}

/** CSAT per agent of responses to tickets answered in the period (tickets/stats.ts), on the 0–100 scale. */
export function agentCsat(
  sqlite: Sqlite,
  period: { from: string; to: string },
): { byAgent: Map<string | null, number | null>; total: number | null } {
  const zone = shopZone(sqlite);
  const f = { ...period, ticketsOnly: true };
  const byAgent = new Map<string | null, number | null>();
  for (const [key, t] of tallies(sqlite, 'agent', f, zone)) byAgent.set(key, csatPoints(t));
  const all = tallies(sqlite, 'total', f, zone).get(null);
  return { byAgent, total: all ? csatPoints(all) : null };
}

const csatPoints = (t: GroupTally): number | null => {
  const h = toHundredths(csatScore(t.csat));
  return h === null ? null : h / 100;
};

/** One period's survey figures over everything (or one storefront): the dashboard's CSAT and NPS. */
export function surveyTotals(
  sqlite: Sqlite,
  f: { from: string; to: string; storefrontId?: string },
): SurveyFigures {
  return figuresOf(tallies(sqlite, 'total', f, shopZone(sqlite)).get(null) ?? emptyTally());
}
