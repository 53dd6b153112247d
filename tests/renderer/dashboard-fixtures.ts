import type {
  DashboardAlert,
  DashboardFigures,
  DashboardOverview,
  DashboardRankings,
} from '../../shared/domain/dashboard';
import type { DashboardQuery } from '../../shared/api/schemas/dashboard';
import { addDays, periodDays, previousPeriod, yearEarlier } from '../../shared/logic/metrics';

export const figures = (scale: number, overrides: Partial<DashboardFigures> = {}): DashboardFigures => ({
  orders: 10 * scale,
  units: 12 * scale,
  grossSalesMinor: 100_000 * scale,
  discountsMinor: 5_000 * scale,
  refundsMinor: 1_544 * scale,
  netSalesMinor: 93_456 * scale,
  shippingIncomeMinor: 0,
  averageOrderValueMinor: 9_500,
  refundRateBp: 163,
  cogsMinor: 40_000 * scale,
  unmatchedLines: 0,
  feesMinor: 5_000 * scale,
  shippingCostMinor: 8_000 * scale,
  grossProfitMinor: 40_456 * scale,
  grossMarginBp: 4329,
  buyers: 8 * scale,
  newCustomers: 3 * scale,
  repurchaseRateBp: 2500,
  retentionBp: null,
  ...overrides,
});

/**
 * An overview as the API would answer it for `q`: all storefronts sell twice what Tmall alone does, the previous
 * period is 10 % below, last year is unknown (null: "—").
 */
export function overviewFor(
  q: DashboardQuery,
  opts: { costsHidden?: boolean; hasOrders?: boolean } = {},
): DashboardOverview {
  const scale = q.storefrontId ? 1 : 2;
  const hidden = opts.costsHidden ?? false;
  const hide = (f: DashboardFigures): DashboardFigures =>
    hidden
      ? {
          ...f,
          cogsMinor: null,
          feesMinor: null,
          shippingCostMinor: null,
          grossProfitMinor: null,
          grossMarginBp: null,
        }
      : f;
  const current = hide(figures(scale));
  const previous = hide(
    figures(scale, {
      netSalesMinor: Math.round((93_456 * scale) / 1.1),
      grossProfitMinor: Math.round((40_456 * scale) / 0.95),
      refundRateBp: 146,
    }),
  );
  const days = periodDays(q);
  const point = (start: string) => (i: number) => ({
    day: addDays(start, i),
    orders: i % 3,
    units: i % 4,
    netSalesMinor: 1000 * (i % 5),
    grossProfitMinor: hidden ? null : 400 * (i % 5),
  });
  const before = previousPeriod(q);
  const change = (momBp: number | null) => ({ momBp, yoyBp: null });
  return {
    baseCurrency: 'CNY',
    timezone: 'Asia/Shanghai',
    storefrontId: q.storefrontId ?? null,
    period: { from: q.from, to: q.to },
    previousPeriod: before,
    lastYearPeriod: yearEarlier(q),
    costsHidden: hidden,
    hasOrders: opts.hasOrders ?? true,
    current,
    previous,
    lastYear: null,
    comparisonGaps: [],
    changes: {
      netSalesMinor: change(1000),
      grossProfitMinor: change(hidden ? null : -500),
      grossMarginBp: change(hidden ? null : 0),
      orders: change(0),
      averageOrderValueMinor: change(null),
      buyers: change(250),
      newCustomers: change(null),
      repurchaseRateBp: change(null),
      refundRateBp: change(1200),
      units: change(null),
      grossSalesMinor: change(null),
    },
    series: Array.from({ length: days }, (_, i) => point(q.from)(i)),
    previousSeries: Array.from({ length: days }, (_, i) => point(before.from)(i)),
    storefronts: [
      {
        storefrontId: 'tm',
        name: 'Tmall Flagship',
        figures: hide(figures(1)),
        netSalesMomBp: 1000,
        grossProfitMomBp: hidden ? null : -500,
      },
    ],
    service: {
      available: false,
      openTickets: null,
      overdue: null,
      slaMetRateBp: null,
      csat: null,
      nps: null,
    },
  };
}

/** The top and bottom products the API would answer for `q` (one product; none at the bottom). */
export function rankingsFor(q: DashboardQuery, opts: { costsHidden?: boolean } = {}): DashboardRankings {
  const hidden = opts.costsHidden ?? false;
  return {
    baseCurrency: 'CNY',
    storefrontId: q.storefrontId ?? null,
    period: { from: q.from, to: q.to },
    costsHidden: hidden,
    ranking: hidden ? 'netSales' : 'grossProfit',
    topProducts: [
      {
        skuId: 'S1',
        skuCode: 'MUG-RED',
        title: '陶瓷马克杯 红色',
        units: 12,
        netSalesMinor: 60_000,
        cogsMinor: hidden ? null : 30_000,
        feesMinor: hidden ? null : 3_000,
        grossProfitMinor: hidden ? null : 27_000,
        grossMarginBp: hidden ? null : 4500,
      },
    ],
    bottomProducts: [],
  };
}

export const lowStockAlert: DashboardAlert = {
  kind: 'lowStock',
  severity: 'critical',
  count: 3,
  params: { products: 2, outOfStock: 1 },
  link: { route: '/catalog', query: { lowStock: '1' } },
};
