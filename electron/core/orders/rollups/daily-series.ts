import type { Sqlite } from '../../db/connection';
import { notFound } from '../../../../shared/api/result';
import { roundHalfAwayFromZero, sub } from '../../../../shared/logic/fraction';
import { grossProfit, netSales } from '../../../../shared/logic/metrics';
import { readShop, readStorefronts } from '../../pricing/raw-context';
import { sumRemainders } from '../kpi-money';
import { moneyTotals } from '../kpi-totals';
import { ensureRollupsFresh } from './refresh-rollups';

export interface DailyPoint {
  /** YYYY-MM-DD, a day in the shop's time zone (orders.placed_date). */
  day: string;
  orders: number;
  units: number;
  /** Base-currency minor units (METRICS.md net_sales), each day rounded once from its exact sum. */
  netSalesMinor: number;
  /** Base-currency minor units (METRICS.md gross_profit), each day rounded once from its exact sum. */
  grossProfitMinor: number;
}

/** The calendar days from…to, both included (UTC arithmetic on plain dates: no time zone shifts a day). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * One point per day from..to inclusive (zeros on days without orders), valid orders only, all storefronts or
 * one. The same sums, FX and fee rules as computeKpis, grouped by day instead of storefront, so the points of
 * a month add up to its kpis figures up to one rounding per day.
 */
export function readDailySeries(
  sqlite: Sqlite,
  q: { from: string; to: string; storefrontId?: string },
): DailyPoint[] {
  ensureRollupsFresh(sqlite);
  const { baseCurrency } = readShop(sqlite);
  const storefronts = readStorefronts(sqlite);
  if (q.storefrontId !== undefined && !storefronts.has(q.storefrontId)) {
    throw notFound('storefront', q.storefrontId);
  }
  const filter = q.storefrontId ? { from: q.from, to: q.to, storefrontId: q.storefrontId } : q;
  const byDay = moneyTotals(sqlite, filter, storefronts, baseCurrency, 'day');
  return daysBetween(q.from, q.to).map((day) => {
    const t = byDay.get(day);
    if (!t) return { day, orders: 0, units: 0, netSalesMinor: 0, grossProfitMinor: 0 };
    const totals = { ...t, fees: sub(t.fees, sumRemainders(t.feeRemainders)) };
    return {
      day,
      orders: t.orders,
      units: t.units,
      netSalesMinor: roundHalfAwayFromZero(netSales(totals)),
      grossProfitMinor: roundHalfAwayFromZero(grossProfit(totals)),
    };
  });
}
