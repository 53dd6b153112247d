import type {
  DashboardAlert,
  DashboardOverview,
  DashboardRankings,
} from '../../../../shared/domain/dashboard';
import { api } from '../../api';
import { FIRST_CALLS_MAX_AGE_MS, peekFirstCall } from '../../first-calls';
import { dashboardQueryOf, dashboardView } from './use-dashboard-period';

interface EarlyAnswers {
  overview?: Promise<DashboardOverview>;
  alerts?: Promise<DashboardAlert[]>;
  rankings?: Promise<DashboardRankings>;
}

let early: { key: string; at: number; answers: EarlyAnswers } | null = null;

/**
 * The dashboard's path and query in a hash address (`#/dashboard?from=…`), '/' for the start page (which leads
 * to the dashboard when the shop holds anything), null for any other page.
 */
export function dashboardAddress(hash: string): { start: boolean; params: URLSearchParams } | null {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  if (path === '' || path === '/') return { start: true, params: new URLSearchParams(search) };
  if (path === '/dashboard' || path === '/dashboard/')
    return { start: false, params: new URLSearchParams(search) };
  return null;
}

/**
 * When the window opens on the dashboard, sends its three calls as soon as the shop's time zone is known
 * (from the first settings answer, first-calls.ts) instead of after the shell and the page have rendered:
 * on the 1M-order shop that render took ~350 ms of the cold start, and the core computes the month meanwhile.
 * The page takes these answers if its key is the same (takeFirstDashboard); any later ask goes to the core.
 * Resolves once they are sent (or there is nothing to send).
 */
export function sendFirstDashboardCalls(hash: string): Promise<void> {
  const address = dashboardAddress(hash);
  const settings = peekFirstCall('settings.get');
  if (!address || !settings) return Promise.resolve();
  const demo = address.start ? peekFirstCall('demo.status') : Promise.resolve(null);
  if (!demo) return Promise.resolve();
  return Promise.all([settings, demo]).then(
    ([shop, status]) => {
      // An empty shop's start page is the storefronts (or the first-run screen), not the dashboard.
      if (status?.empty) return;
      const query = dashboardQueryOf(dashboardView(address.params, shop.timezone, new Date().toISOString()));
      if (!query) return;
      const answers: EarlyAnswers = {
        overview: api.dashboard.overview(query),
        alerts: api.dashboard.alerts(query),
        // Asked by the page only once its figures are drawn; the core is free for it right after these.
        rankings: api.dashboard.rankings(query),
      };
      // Taken or not, a refusal (an FX rate missing) must not surface as an unhandled rejection.
      for (const answer of Object.values(answers)) (answer as Promise<unknown>).catch(() => undefined);
      early = { key: JSON.stringify(query), at: Date.now(), answers };
    },
    () => undefined,
  );
}

/** The early answer of `call` for `key`, once and while fresh; undefined: ask the core. */
export function takeFirstDashboard(call: 'overview', key: string): Promise<DashboardOverview> | undefined;
export function takeFirstDashboard(call: 'alerts', key: string): Promise<DashboardAlert[]> | undefined;
export function takeFirstDashboard(call: 'rankings', key: string): Promise<DashboardRankings> | undefined;
export function takeFirstDashboard(
  call: keyof EarlyAnswers,
  key: string,
): Promise<DashboardOverview> | Promise<DashboardAlert[]> | Promise<DashboardRankings> | undefined {
  if (!early || early.key !== key || Date.now() - early.at > FIRST_CALLS_MAX_AGE_MS) return undefined;
  const answer = early.answers[call];
  delete early.answers[call];
  return answer;
}

/** Tests: forget what was sent. */
export function dropFirstDashboard(): void {
  early = null;
}
