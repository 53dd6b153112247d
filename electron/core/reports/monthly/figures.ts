import type { KpiFigures } from '../../../../shared/domain/kpis';
import { frac, mul, roundHalfAwayFromZero } from '../../../../shared/logic/fraction';
import { change } from '../../../../shared/logic/metrics';
import type { ReportTexts } from './texts';

export type FigureKind = 'count' | 'money' | 'percent';

/** The KPI figures the report shows, in METRICS.md order, with how each is written. */
export const reportFigures: {
  key: keyof KpiFigures;
  label: keyof ReportTexts['figures'];
  kind: FigureKind;
}[] = [
  { key: 'orders', label: 'orders', kind: 'count' },
  { key: 'units', label: 'units', kind: 'count' },
  { key: 'grossSalesMinor', label: 'grossSales', kind: 'money' },
  { key: 'discountsMinor', label: 'discounts', kind: 'money' },
  { key: 'refundsMinor', label: 'refunds', kind: 'money' },
  { key: 'netSalesMinor', label: 'netSales', kind: 'money' },
  { key: 'shippingIncomeMinor', label: 'shippingIncome', kind: 'money' },
  { key: 'averageOrderValueMinor', label: 'averageOrderValue', kind: 'money' },
  { key: 'refundRateBp', label: 'refundRate', kind: 'percent' },
  { key: 'cogsMinor', label: 'cogs', kind: 'money' },
  { key: 'feesMinor', label: 'fees', kind: 'money' },
  { key: 'shippingCostMinor', label: 'shippingCost', kind: 'money' },
  { key: 'grossProfitMinor', label: 'grossProfit', kind: 'money' },
  { key: 'grossMarginBp', label: 'grossMargin', kind: 'percent' },
  { key: 'buyers', label: 'buyers', kind: 'count' },
  { key: 'newCustomers', label: 'newCustomers', kind: 'count' },
  { key: 'repurchaseRateBp', label: 'repurchaseRate', kind: 'percent' },
];

/**
 * MoM / YoY in basis points: (this − that) ÷ that, rounded once; null ("—") when that is 0 or either side has no
 * value (a ratio whose own denominator was 0).
 */
export function changeBp(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  const c = change(current, previous);
  return c === null ? null : roundHalfAwayFromZero(mul(c, frac(10_000)));
}
