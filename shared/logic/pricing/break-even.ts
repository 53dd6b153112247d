import type { PriceOutcome } from '../../domain/pricing';
import {
  add,
  ceil,
  compare,
  div,
  frac,
  fromBasisPoints,
  ONE,
  sub,
  sum,
  ZERO,
  type Fraction,
} from '../fraction';
import { perUnitShare } from './fees';
import type { PriceSetup } from './setup';

/** What each unit must cover whatever its price: unit cost + its share of the fixed fee and of shipping. */
export const perUnitFixedCosts = (setup: PriceSetup): Fraction =>
  sum(
    setup.unitCost,
    perUnitShare(setup.fixedFeePerOrderMinor, setup.unitsPerOrder),
    perUnitShare(setup.shippingPerOrderMinor, setup.unitsPerOrder),
  );

/**
 * The exact price p where profit = margin × net price. With net = p − discount, rates c (commission) and
 * f (payment fee), and K = per-unit fixed costs:
 *   net − c·net − f·net − K = m·net   ⇒   net = K ÷ (1 − c − f − m),   p = discount + net.
 * Null when 1 − c − f − m ≤ 0: no price reaches that margin (the caller says why).
 */
export function exactPriceForMargin(setup: PriceSetup, marginBp: number): Fraction | null {
  const rates = fromBasisPoints(setup.commissionRateBp + setup.paymentFeeRateBp + marginBp);
  const keep = sub(ONE, rates);
  if (compare(keep, ZERO) <= 0) return null;
  return add(frac(setup.discountMinor), div(perUnitFixedCosts(setup), keep));
}

/** True when the fee rates alone take the whole price, so no price can break even. */
export const feesTakeEverything = (setup: PriceSetup): boolean =>
  setup.commissionRateBp + setup.paymentFeeRateBp >= 10_000;

/**
 * METRICS.md break_even_price, rounded UP to the minor unit: profit grows with the price, so selling at
 * the rounded price never loses money, while rounding to nearest could land one fen below the exact point.
 */
export function breakEvenPrice(setup: PriceSetup): PriceOutcome {
  const exact = exactPriceForMargin(setup, 0);
  return exact ? { ok: true, priceMinor: ceil(exact) } : { ok: false, reason: 'feesTooHigh' };
}
