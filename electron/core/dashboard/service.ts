import type { Sqlite } from '../db/connection';
import { AppError } from '../../../shared/api/result';
import type { DashboardQuery } from '../../../shared/api/schemas/dashboard';
import type {
  DashboardDayPoint,
  DashboardFigures,
  DashboardOverview,
  DashboardProductRow,
  DashboardProducts,
  DashboardRankings,
  DashboardStorefront,
} from '../../../shared/domain/dashboard';
import type { KpiReport } from '../../../shared/domain/kpis';
import {
  changeBp,
  figureChanges,
  rankProducts,
  visibleFigures,
  visibleProduct,
} from '../../../shared/logic/dashboard-changes';
import { previousPeriod, yearEarlier, type Period } from '../../../shared/logic/metrics';
import { computeKpis } from '../orders/kpis';
import { readDailySeries } from '../orders/rollups/daily-series';
import { readProductProfit } from '../orders/rollups/product-profit';
import { readShop, stmt } from '../pricing/raw-context';
import { nowIso } from '../../../shared/logic/ids';
import { dashboardServiceFigures } from './service-figures';
import { costsHiddenFor } from '../staff/cost-visibility';

// Moved to staff/cost-visibility.ts (one rule for every feature); re-exported for existing importers.
export { actingRole, costsHiddenFor } from '../staff/cost-visibility';
export const isFxMissing = (err: unknown): err is AppError =>
  err instanceof AppError && err.key === 'fxRateMissing';

/**
 * A comparison period's figures, or null when an FX rate is missing for one of its days: the owner still sees
 * this period (the alerts name the missing rate), with "—" for the changes that cannot be computed.
 */
function comparisonReport(sqlite: Sqlite, period: Period, storefrontId?: string): KpiReport | null {
  try {
    return computeKpis(sqlite, { ...period, storefrontId });
  } catch (err) {
    if (isFxMissing(err)) return null;
    throw err;
  }
}

function series(
  sqlite: Sqlite,
  period: Period,
  storefrontId: string | undefined,
  costsHidden: boolean,
): DashboardDayPoint[] {
  return readDailySeries(sqlite, { ...period, storefrontId }).map((p) => ({
    ...p,
    grossProfitMinor: costsHidden ? null : p.grossProfitMinor,
  }));
}

const hasAnyOrder = (sqlite: Sqlite): boolean =>
  (stmt(sqlite, 'SELECT EXISTS (SELECT 1 FROM orders) AS found').get() as { found: number }).found === 1;

function productRows(sqlite: Sqlite, q: DashboardQuery, costsHidden: boolean): DashboardProductRow[] {
  return readProductProfit(sqlite, q).map((r) => visibleProduct(r, costsHidden));
}

/** The period's products ranked as the dashboard ranks them: by gross profit, by net sales for the service role. */
function rankedProducts(sqlite: Sqlite, q: DashboardQuery) {
  const costsHidden = costsHiddenFor(sqlite);
  const ranking = costsHidden ? ('netSales' as const) : ('grossProfit' as const);
  return { costsHidden, ranking, ...rankProducts(productRows(sqlite, q, costsHidden), ranking) };
}

/**
 * Everything the dashboard shows for a period: the KPI report of the period, of the previous period of equal
 * length and of the same dates a year earlier (each from computeKpis, so the figures are `channeldesk kpis`'s
 * to the cent), MoM/YoY per figure, both periods' daily series and storefronts side by side (the products
 * are dashboardRankings'). Unknown storefront → NOT_FOUND; an FX rate missing in the period itself → INVALID_INPUT.
 */
export function dashboardOverview(sqlite: Sqlite, q: DashboardQuery): DashboardOverview {
  const { baseCurrency, timezone } = readShop(sqlite);
  const costsHidden = costsHiddenFor(sqlite);
  const period: Period = { from: q.from, to: q.to };
  const before = previousPeriod(period);
  const yearAgo = yearEarlier(period);

  const current = computeKpis(sqlite, { ...period, storefrontId: q.storefrontId });
  const previous = comparisonReport(sqlite, before, q.storefrontId);
  const lastYear = comparisonReport(sqlite, yearAgo, q.storefrontId);
  const shown = (f: KpiReport['total']): DashboardFigures => visibleFigures(f, costsHidden);
  const currentFigures = shown(current.total);
  const previousFigures = previous ? shown(previous.total) : null;
  const lastYearFigures = lastYear ? shown(lastYear.total) : null;

  const previousById = new Map(previous?.storefronts.map((s) => [s.storefrontId, shown(s)]));
  const storefronts: DashboardStorefront[] = current.storefronts.map((s) => {
    const figures = shown(s);
    const earlier = previousById.get(s.storefrontId);
    return {
      storefrontId: s.storefrontId,
      name: s.name,
      figures,
      netSalesMomBp: changeBp(figures.netSalesMinor, earlier?.netSalesMinor ?? null),
      grossProfitMomBp: changeBp(figures.grossProfitMinor, earlier?.grossProfitMinor ?? null),
    };
  });

  let previousSeries: DashboardDayPoint[] = [];
  if (previous) previousSeries = series(sqlite, before, q.storefrontId, costsHidden);

  return {
    baseCurrency,
    timezone,
    storefrontId: q.storefrontId ?? null,
    period,
    previousPeriod: before,
    lastYearPeriod: yearAgo,
    costsHidden,
    hasOrders: hasAnyOrder(sqlite),
    current: currentFigures,
    previous: previousFigures,
    lastYear: lastYearFigures,
    comparisonGaps: [...(previous ? [] : ['previous' as const]), ...(lastYear ? [] : ['lastYear' as const])],
    changes: figureChanges(currentFigures, previousFigures, lastYearFigures),
    series: series(sqlite, period, q.storefrontId, costsHidden),
    previousSeries,
    storefronts,
    service: dashboardServiceFigures(sqlite, q, nowIso()),
  };
}

/**
 * The period's top and bottom products (disjoint, at most 10 each), ranked by gross profit — by net sales for
 * the service role. Unknown storefront → NOT_FOUND; an FX rate missing in the period → INVALID_INPUT.
 */
export function dashboardRankings(sqlite: Sqlite, q: DashboardQuery): DashboardRankings {
  const { costsHidden, ranking, top, bottom } = rankedProducts(sqlite, q);
  return {
    baseCurrency: readShop(sqlite).baseCurrency,
    storefrontId: q.storefrontId ?? null,
    period: { from: q.from, to: q.to },
    costsHidden,
    ranking,
    topProducts: top,
    bottomProducts: bottom,
  };
}

/** Every product of the period, best first (by gross profit; by net sales for the service role). */
export function dashboardProducts(sqlite: Sqlite, q: DashboardQuery): DashboardProducts {
  const { costsHidden, ranked } = rankedProducts(sqlite, q);
  return {
    baseCurrency: readShop(sqlite).baseCurrency,
    period: { from: q.from, to: q.to },
    costsHidden,
    rows: ranked,
  };
}
