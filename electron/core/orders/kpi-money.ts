import { frac, sum, type Fraction } from '../../../shared/logic/fraction';

/** Sums of one storefront (or of all), exact, base-currency minor units; counts as plain numbers. */
export interface MoneyTotals {
  orders: number;
  units: number;
  unmatchedLines: number;
  grossSales: Fraction;
  discounts: Fraction;
  refunds: Fraction;
  shippingIncome: Fraction;
  cogs: Fraction;
  fees: Fraction;
  shippingCost: Fraction;
  /**
   * Pro-rata discount shares of mixed-rate orders that did not come out whole (see readDiscountShareRows),
   * already in base minor units and to be subtracted from `fees`; kept apart because their denominators are
   * order totals, and an exact sum of thousands of them would have thousands of digits.
   */
  feeRemainders: Fraction[];
}

export const emptyTotals = (): MoneyTotals => {
  const zero = frac(0);
  return {
    orders: 0,
    units: 0,
    unmatchedLines: 0,
    grossSales: zero,
    discounts: zero,
    refunds: zero,
    shippingIncome: zero,
    cogs: zero,
    fees: zero,
    shippingCost: zero,
    feeRemainders: [],
  };
};

/** Up to this many remainder terms are summed exactly (every realistic test and small shop). */
export const EXACT_REMAINDER_TERMS = 64;
const FINE_SCALE = 10n ** 30n;

/**
 * Σ terms: exact up to EXACT_REMAINDER_TERMS terms; beyond that each term is taken to the nearest 10^-30 of a
 * minor unit before adding. The error stays below n × 10^-30 of a cent (under 10^-23 for a million orders), so a
 * figure rounded to the cent can differ from the exact one only if the exact sum sits within that distance of
 * a half cent — where the exact sum would need a denominator of thousands of digits to say which side it is.
 */
export function sumRemainders(terms: readonly Fraction[]): Fraction {
  if (terms.length <= EXACT_REMAINDER_TERMS) return sum(...terms);
  let scaled = 0n;
  for (const t of terms) {
    const twice = 2n * t.num * FINE_SCALE;
    const q = (twice + (twice < 0n ? -t.den : t.den)) / (2n * t.den); // half away from zero
    scaled += q;
  }
  return frac(scaled, FINE_SCALE);
}

/** Adds b's sums into a (the total row). */
export function addTotals(a: MoneyTotals, b: MoneyTotals): MoneyTotals {
  return {
    orders: a.orders + b.orders,
    units: a.units + b.units,
    unmatchedLines: a.unmatchedLines + b.unmatchedLines,
    grossSales: sum(a.grossSales, b.grossSales),
    discounts: sum(a.discounts, b.discounts),
    refunds: sum(a.refunds, b.refunds),
    shippingIncome: sum(a.shippingIncome, b.shippingIncome),
    cogs: sum(a.cogs, b.cogs),
    fees: sum(a.fees, b.fees),
    shippingCost: sum(a.shippingCost, b.shippingCost),
    feeRemainders: [...a.feeRemainders, ...b.feeRemainders],
  };
}
