/**
 * The dashboard's comparisons and role filtering, pure so the page, the monthly report and tests agree.
 * METRICS.md Comparisons: MoM = (this − previous period) ÷ previous period, YoY = (this − same dates a year
 * earlier) ÷ that period, and a zero denominator is "—" (null), never 0, ∞ or NaN.
 */
import type { KpiFigures } from '../domain/kpis';
import {
  comparedFigureKeys,
  costFigureKeys,
  type ComparedFigureKey,
  type DashboardFigures,
  type DashboardProductRow,
  type FigureChange,
} from '../domain/dashboard';
import { frac, mul, roundHalfAwayFromZero } from './fraction';
import { change } from './metrics';

/** change() in basis points, rounded once; null when the earlier figure is 0 or either figure is hidden/undefined. */
export function changeBp(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  const c = change(current, previous);
  return c === null ? null : roundHalfAwayFromZero(mul(c, frac(10_000)));
}

/**
 * Which way the figure moved, for the arrow: the sign of (this − that). Not the sign of the change, which
 * METRICS.md divides by the signed earlier figure: a loss of 100 turning into a profit of 100 is −200 %, yet it
 * went up. The page shows this direction beside the change's magnitude (the same under either reading).
 */
export function changeDirection(
  current: number | null,
  previous: number | null,
): 'up' | 'down' | 'flat' | null {
  if (current === null || previous === null) return null;
  return current > previous ? 'up' : current < previous ? 'down' : 'flat';
}

/** MoM and YoY of every figure the KPI cards show. */
export function figureChanges(
  current: DashboardFigures,
  previous: DashboardFigures | null,
  lastYear: DashboardFigures | null,
): Record<ComparedFigureKey, FigureChange> {
  const result = {} as Record<ComparedFigureKey, FigureChange>;
  for (const key of comparedFigureKeys) {
    result[key] = {
      momBp: changeBp(current[key], previous ? previous[key] : null),
      yoyBp: changeBp(current[key], lastYear ? lastYear[key] : null),
    };
  }
  return result;
}

/** The figures as the acting person may see them: cost and profit null for the service role. */
export function visibleFigures(figures: KpiFigures, costsHidden: boolean): DashboardFigures {
  if (!costsHidden) return { ...figures };
  const shown: DashboardFigures = { ...figures };
  for (const key of costFigureKeys) shown[key] = null;
  return shown;
}

/** A product row without its cost and profit for the service role. */
export function visibleProduct(row: DashboardProductRow, costsHidden: boolean): DashboardProductRow {
  if (!costsHidden) return { ...row };
  return { ...row, cogsMinor: null, feesMinor: null, grossProfitMinor: null, grossMarginBp: null };
}

const byCode = (a: DashboardProductRow, b: DashboardProductRow): number =>
  a.skuCode < b.skuCode ? -1 : a.skuCode > b.skuCode ? 1 : 0;

/**
 * Products best first by `by` (ties by SKU code, so the order never depends on the database's), then the top
 * `n` and the bottom `n` of the rest — no product is in both lists, and a small catalog fills the top first.
 */
export function rankProducts(
  rows: readonly DashboardProductRow[],
  by: 'grossProfit' | 'netSales',
  n = 10,
): { ranked: DashboardProductRow[]; top: DashboardProductRow[]; bottom: DashboardProductRow[] } {
  const value = (r: DashboardProductRow): number =>
    by === 'grossProfit' ? (r.grossProfitMinor ?? 0) : r.netSalesMinor;
  const ranked = [...rows].sort((a, b) => value(b) - value(a) || byCode(a, b));
  const top = ranked.slice(0, n);
  const rest = ranked.slice(top.length);
  const bottom = rest.slice(Math.max(0, rest.length - n)).reverse();
  return { ranked, top, bottom };
}

/** A SKU losing money in the period: its gross profit is below zero (negative margin on positive net sales). */
export const sellsAtALoss = (row: { grossProfitMinor: number | null }): boolean =>
  row.grossProfitMinor !== null && row.grossProfitMinor < 0;
