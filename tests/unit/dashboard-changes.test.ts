import { describe, expect, it } from 'vitest';
import type { DashboardFigures, DashboardProductRow } from '../../shared/domain/dashboard';
import type { KpiFigures } from '../../shared/domain/kpis';
import {
  changeBp,
  changeDirection,
  figureChanges,
  rankProducts,
  sellsAtALoss,
  visibleFigures,
  visibleProduct,
} from '../../shared/logic/dashboard-changes';
import { previousPeriod, yearEarlier } from '../../shared/logic/metrics';
import { presetOf, presetPeriod } from '../../shared/logic/period-presets';

const figures = (overrides: Partial<KpiFigures> = {}): KpiFigures => ({
  orders: 10,
  units: 12,
  grossSalesMinor: 100_000,
  discountsMinor: 5_000,
  refundsMinor: 2_000,
  netSalesMinor: 93_000,
  shippingIncomeMinor: 1_000,
  averageOrderValueMinor: 9_500,
  refundRateBp: 211,
  cogsMinor: 40_000,
  unmatchedLines: 0,
  feesMinor: 6_000,
  shippingCostMinor: 8_000,
  grossProfitMinor: 40_000,
  grossMarginBp: 4301,
  buyers: 8,
  newCustomers: 3,
  repurchaseRateBp: 2500,
  retentionBp: null,
  ...overrides,
});

const product = (code: string, gp: number, net = 10_000): DashboardProductRow => ({
  skuId: code,
  skuCode: code,
  title: code,
  units: 1,
  netSalesMinor: net,
  cogsMinor: 1,
  feesMinor: 1,
  grossProfitMinor: gp,
  grossMarginBp: null,
});

describe('dashboard comparisons (METRICS.md Comparisons)', () => {
  it('MoM/YoY = (this − that) ÷ that in basis points, rounded once half away from zero', () => {
    expect(changeBp(120, 100)).toBe(2000);
    expect(changeBp(80, 100)).toBe(-2000);
    expect(changeBp(100, 100)).toBe(0);
    // 1 ÷ 3 = 0.33333… → 3333 bp; 2 ÷ 3 → 6667 bp; −0.00005 → −1 bp (half away from zero).
    expect(changeBp(4, 3)).toBe(3333);
    expect(changeBp(5, 3)).toBe(6667);
    expect(changeBp(199_990, 200_000)).toBe(-1);
  });

  it('is null ("—") over a zero earlier figure or a hidden/undefined one, never 0, ∞ or NaN', () => {
    expect(changeBp(500, 0)).toBeNull();
    expect(changeBp(0, 0)).toBeNull();
    expect(changeBp(null, 100)).toBeNull();
    expect(changeBp(100, null)).toBeNull();
  });

  it('divides by the signed earlier figure as METRICS.md says; the arrow follows the difference', () => {
    // A loss of 100 turning into a profit of 100: −200 % by the formula, but the figure went up.
    expect(changeBp(100, -100)).toBe(-20_000);
    expect(changeDirection(100, -100)).toBe('up');
    expect(changeDirection(50, 80)).toBe('down');
    expect(changeDirection(5, 5)).toBe('flat');
    expect(changeDirection(null, 5)).toBeNull();
  });

  it('computes every card figure against both periods, and "—" for a period that could not be computed', () => {
    const now = figures({ netSalesMinor: 110_000, orders: 12, averageOrderValueMinor: null });
    const before = figures({ netSalesMinor: 100_000, orders: 0 });
    const changes = figureChanges(now, before, null);
    expect(changes.netSalesMinor).toEqual({ momBp: 1000, yoyBp: null });
    expect(changes.orders).toEqual({ momBp: null, yoyBp: null });
    expect(changes.averageOrderValueMinor.momBp).toBeNull();
    expect(changes.grossMarginBp.momBp).toBe(0);
  });
});

describe('service role sees no costs or profit', () => {
  it('nulls cogs, fees, shipping cost, gross profit and margin, and keeps the sales figures', () => {
    const shown: DashboardFigures = visibleFigures(figures(), true);
    expect(shown).toMatchObject({
      cogsMinor: null,
      feesMinor: null,
      shippingCostMinor: null,
      grossProfitMinor: null,
      grossMarginBp: null,
      netSalesMinor: 93_000,
      orders: 10,
    });
    expect(visibleFigures(figures(), false).grossProfitMinor).toBe(40_000);
    expect(visibleProduct(product('A', 500), true)).toMatchObject({
      grossProfitMinor: null,
      cogsMinor: null,
    });
    // Changes of a hidden figure are "—" too.
    expect(figureChanges(shown, shown, shown).grossProfitMinor).toEqual({ momBp: null, yoyBp: null });
  });
});

describe('top and bottom products', () => {
  it('ranks by gross profit, ties by SKU code, and never lists a product in both', () => {
    const rows = Array.from({ length: 25 }, (_, i) =>
      product(`S${String(i).padStart(2, '0')}`, i * 100 - 500),
    );
    const { top, bottom, ranked } = rankProducts(rows, 'grossProfit');
    expect(top.map((r) => r.skuCode)).toEqual([
      'S24',
      'S23',
      'S22',
      'S21',
      'S20',
      'S19',
      'S18',
      'S17',
      'S16',
      'S15',
    ]);
    expect(bottom.map((r) => r.skuCode).slice(0, 3)).toEqual(['S00', 'S01', 'S02']);
    expect(bottom).toHaveLength(10);
    expect(ranked).toHaveLength(25);
    const small = rankProducts([product('B', 5), product('A', 5), product('C', -1)], 'grossProfit');
    expect(small.top.map((r) => r.skuCode)).toEqual(['A', 'B', 'C']);
    expect(small.bottom).toEqual([]);
  });

  it('ranks by net sales for the service role', () => {
    const rows = [product('A', 900, 100), product('B', 100, 900)];
    expect(rankProducts(rows, 'netSales').top.map((r) => r.skuCode)).toEqual(['B', 'A']);
    expect(sellsAtALoss({ grossProfitMinor: -1 })).toBe(true);
    expect(sellsAtALoss({ grossProfitMinor: 0 })).toBe(false);
    expect(sellsAtALoss({ grossProfitMinor: null })).toBe(false);
  });
});

describe('dashboard periods', () => {
  it('presets are days of the shop calendar, from its "today"', () => {
    expect(presetPeriod('thisMonth', '2024-03-15')).toEqual({ from: '2024-03-01', to: '2024-03-15' });
    expect(presetPeriod('lastMonth', '2024-03-15')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('lastMonth', '2024-01-05')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(presetPeriod('last30', '2024-03-15')).toEqual({ from: '2024-02-15', to: '2024-03-15' });
    expect(presetPeriod('thisYear', '2024-03-15')).toEqual({ from: '2024-01-01', to: '2024-03-15' });
    expect(presetOf({ from: '2024-02-01', to: '2024-02-29' }, '2024-03-15')).toBe('lastMonth');
    expect(presetOf({ from: '2024-02-02', to: '2024-02-29' }, '2024-03-15')).toBe('custom');
  });

  it('compares February 2024 with January 2024 and February 2023, 29 February safe', () => {
    const feb = { from: '2024-02-01', to: '2024-02-29' };
    expect(previousPeriod(feb)).toEqual({ from: '2024-01-03', to: '2024-01-31' });
    expect(yearEarlier(feb)).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(yearEarlier({ from: '2024-02-29', to: '2024-02-29' })).toEqual({
      from: '2023-02-28',
      to: '2023-02-28',
    });
  });
});
