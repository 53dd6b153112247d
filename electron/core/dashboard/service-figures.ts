import type { Sqlite } from '../db/connection';
import type { DashboardQuery } from '../../../shared/api/schemas/dashboard';
import type { DashboardServiceFigures } from '../../../shared/domain/dashboard';
import { stmt } from '../pricing/raw-context';
import { ticketStats } from '../tickets/stats';
import { surveyTotals } from '../surveys/results';

/** Written as the partial index tickets_open_due says it, so both counts are index lookups. */
const OPEN = "state IN ('new', 'open', 'pending')";

/**
 * The dashboard's service figures (METRICS.md Service) for the period and storefront: open tickets and overdue
 * ones now (open past a target: the stored due moment, as the overdue queue reads it), sla_met_rate of the
 * tickets resolved in the period, CSAT and NPS of the period's survey responses. `available` is false until the
 * shop has a ticket or a survey template, when the panel says the service desk is not set up yet.
 */
export function dashboardServiceFigures(
  sqlite: Sqlite,
  q: DashboardQuery,
  now: string,
): DashboardServiceFigures {
  const available = (
    stmt(
      sqlite,
      'SELECT EXISTS (SELECT 1 FROM tickets) OR EXISTS (SELECT 1 FROM survey_templates) AS found',
    ).get() as { found: number }
  ).found;
  if (!available) {
    return { available: false, openTickets: null, overdue: null, slaMetRateBp: null, csat: null, nps: null };
  }
  const sf = q.storefrontId ? ' AND storefront_id = @sf' : '';
  const params = { now, ...(q.storefrontId ? { sf: q.storefrontId } : {}) };
  const counts = stmt(
    sqlite,
    `SELECT (SELECT count(*) FROM tickets WHERE ${OPEN}${sf}) AS open,
            (SELECT count(*) FROM tickets WHERE ${OPEN} AND due_at < @now${sf}) AS overdue`,
  ).get(params) as { open: number; overdue: number };
  const period = { from: q.from, to: q.to, ...(q.storefrontId ? { storefrontId: q.storefrontId } : {}) };
  const surveys = surveyTotals(sqlite, period);
  return {
    available: true,
    openTickets: counts.open,
    overdue: counts.overdue,
    slaMetRateBp: ticketStats(sqlite, period, now).total.slaMetBp,
    csat: surveys.csat,
    nps: surveys.nps,
  };
}
