import type { Sqlite } from '../db/connection';
import type { DashboardQuery } from '../../../shared/api/schemas/dashboard';
import type { DashboardAlert } from '../../../shared/domain/dashboard';
import { stmt } from '../pricing/raw-context';
import { promotionConflicts } from '../promotions/conflicts';

const storefrontQuery = (q: DashboardQuery): Record<string, string> =>
  q.storefrontId ? { storefront: q.storefrontId } : {};

/**
 * Open tickets past a target now (METRICS.md overdue), whatever the period: deadlines are today's work. Read
 * through the partial index tickets_open_due like the overdue queue it links to.
 */
export function overdueTickets(sqlite: Sqlite, q: DashboardQuery, now: string): DashboardAlert[] {
  const { n } = stmt(
    sqlite,
    `SELECT count(*) AS n FROM tickets WHERE state IN ('new', 'open', 'pending') AND due_at < @now
        AND (@sf IS NULL OR storefront_id = @sf)`,
  ).get({ now, sf: q.storefrontId ?? null }) as { n: number };
  if (!n) return [];
  return [
    {
      kind: 'overdueTickets',
      severity: 'critical',
      count: n,
      params: { count: n },
      link: { route: '/tickets', query: { queue: 'overdue', ...storefrontQuery(q) } },
    },
  ];
}

/**
 * Low scores of the period (CSAT ≤ 2 or NPS ≤ 6, each of which opened a follow-up ticket) whose follow-up is
 * still open: those customers are waiting for the shop to call back.
 */
export function lowScores(sqlite: Sqlite, q: DashboardQuery): DashboardAlert[] {
  const { n } = stmt(
    sqlite,
    `SELECT count(*) AS n FROM survey_responses r JOIN tickets t ON t.id = r.followup_ticket_id
      WHERE r.answered_date BETWEEN @from AND @to AND (@sf IS NULL OR r.storefront_id = @sf)
        AND t.state IN ('new', 'open', 'pending')`,
  ).get({ from: q.from, to: q.to, sf: q.storefrontId ?? null }) as { n: number };
  if (!n) return [];
  return [
    {
      kind: 'lowScores',
      severity: 'warning',
      count: n,
      params: { count: n },
      link: {
        route: '/surveys',
        query: { tab: 'responses', low: '1', from: q.from, to: q.to, ...storefrontQuery(q) },
      },
    },
  ];
}

/**
 * Activated campaigns of the period that conflict (promotions/conflicts.ts: overlapping without stacking,
 * stacking below the floor, one SKU on different terms across storefronts); the service role sees no
 * below-floor ones. Counted by campaign, as the message says.
 */
export function promotionConflictAlerts(
  sqlite: Sqlite,
  q: DashboardQuery,
  now: string,
  costsHidden: boolean,
): DashboardAlert[] {
  const found = promotionConflicts(
    sqlite,
    { from: q.from, to: q.to, ...(q.storefrontId ? { storefrontId: q.storefrontId } : {}) },
    now,
    costsHidden,
  );
  const n = found.campaigns.length;
  if (!n) return [];
  return [
    {
      kind: 'promotionConflict',
      severity: 'warning',
      count: n,
      params: { count: n, skus: new Set(found.conflicts.map((c) => c.skuId)).size },
      link: {
        route: '/promotions',
        query: { conflicts: '1', from: q.from, to: q.to, ...storefrontQuery(q) },
      },
    },
  ];
}
