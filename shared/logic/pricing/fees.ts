import type { FeeRules } from '../../domain/storefronts';
import type { FeesAtPrice } from '../../domain/pricing';
import { add, frac, fromBasisPoints, mul, roundHalfAwayFromZero, type Fraction } from '../fraction';
import type { PriceSetup } from './setup';

/** A category override replaces the storefront's commission for products of that category. */
export function commissionRateFor(
  rules: Pick<FeeRules, 'commissionRateBp' | 'categoryCommissions'>,
  category: string | null,
): { rateBp: number; source: 'storefront' | 'category' } {
  const override =
    category === null ? undefined : rules.categoryCommissions.find((c) => c.category === category);
  return override
    ? { rateBp: override.rateBp, source: 'category' }
    : { rateBp: rules.commissionRateBp, source: 'storefront' };
}

/** A per-order amount (fixed fee, shipping) shared by the units of one order, exact. */
export const perUnitShare = (perOrderMinor: number, unitsPerOrder: number): Fraction =>
  frac(perOrderMinor, unitsPerOrder);

/** Price minus the seller's discount, never below 0 (a discount larger than the price sells at 0). */
export const netPrice = (setup: PriceSetup, priceMinor: number): number =>
  Math.max(0, priceMinor - setup.discountMinor);

export interface ExactFees {
  commission: Fraction;
  paymentFee: Fraction;
  fixedFeeShare: Fraction;
  total: Fraction;
}

/**
 * METRICS.md fee rule per unit: commission % × (price − discount) + payment fee % × amount paid + the unit's
 * share of the fixed fee per order. The buyer pays price − seller discount, so both rates apply to the net price.
 */
export function exactFeesAt(setup: PriceSetup, priceMinor: number): ExactFees {
  const net = frac(netPrice(setup, priceMinor));
  const commission = mul(fromBasisPoints(setup.commissionRateBp), net);
  const paymentFee = mul(fromBasisPoints(setup.paymentFeeRateBp), net);
  const fixedFeeShare = perUnitShare(setup.fixedFeePerOrderMinor, setup.unitsPerOrder);
  return { commission, paymentFee, fixedFeeShare, total: add(add(commission, paymentFee), fixedFeeShare) };
}

export function feesAt(setup: PriceSetup, priceMinor: number): FeesAtPrice {
  const exact = exactFeesAt(setup, priceMinor);
  return {
    commissionMinor: roundHalfAwayFromZero(exact.commission),
    paymentFeeMinor: roundHalfAwayFromZero(exact.paymentFee),
    fixedFeeShareMinor: roundHalfAwayFromZero(exact.fixedFeeShare),
    totalMinor: roundHalfAwayFromZero(exact.total),
  };
}
