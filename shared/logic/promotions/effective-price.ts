import type { CampaignTerms, UnitDiscount } from '../../domain/promotions';
import { add, compare, div, frac, fromBasisPoints, mul, ONE, sub, ZERO, type Fraction } from '../fraction';

/** One campaign's terms as the price arithmetic needs them; a gift's unit cost is in the campaign currency. */
export interface PricedTerms {
  terms: CampaignTerms;
  /** Cost of one gift unit (catalog cost at the start, in minor units of the campaign currency); 0 if unknown. */
  giftUnitCost?: Fraction | null;
}

export interface WorstPrice {
  /** Effective price of one unit of the SKU, exact (may be below 0 when gifts cost more than the price). */
  exact: Fraction;
  /** Units of the SKU in the basket that gives that price. */
  basketUnits: number;
}

const max = (a: Fraction, b: Fraction): Fraction => (compare(a, b) >= 0 ? a : b);
const min = (a: Fraction, b: Fraction): Fraction => (compare(a, b) <= 0 ? a : b);
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

function unitDiscountOff(listPrice: Fraction, discount: UnitDiscount): Fraction {
  return discount.kind === 'percent'
    ? mul(listPrice, fromBasisPoints(discount.offBp))
    : frac(discount.offMinor);
}

/**
 * Unit discounts (percentage, fixed, flash, member price) are each computed on the listing price and added
 * up, so discounts told to stack compound at their deepest (20 % + 20 % = 40 % off, not 36 %).
 */
function unitPriceAfterItemDiscounts(listPriceMinor: number, stack: readonly PricedTerms[]): Fraction {
  const list = frac(listPriceMinor);
  let off = ZERO;
  for (const { terms } of stack) {
    if (terms.type === 'percentage') off = add(off, mul(list, fromBasisPoints(terms.offBp)));
    else if (terms.type === 'fixed') off = add(off, frac(terms.offMinor));
    else if (terms.type === 'flash' || terms.type === 'member')
      off = add(off, unitDiscountOff(list, terms.discount));
  }
  return max(ZERO, sub(list, off));
}

/**
 * A multi-buy is read as the average unit price of its group: 第二件半价 (2 units, the 2nd 50 % off) is
 * 1 − 0.5 ÷ 2 = 75 % of the price; 3件8折 is 80 %. The basket then holds whole groups (the lcm of group sizes).
 */
function multibuyFactor(stack: readonly PricedTerms[]): { factor: Fraction; groupUnits: number } {
  let factor = ONE;
  let groupUnits = 1;
  for (const { terms } of stack) {
    if (terms.type !== 'multibuy') continue;
    const rate = fromBasisPoints(terms.offBp);
    factor = mul(factor, sub(ONE, terms.mode === 'nthUnit' ? div(rate, frac(terms.units)) : rate));
    groupUnits = lcm(groupUnits, terms.units);
  }
  return { factor, groupUnits };
}

/** Order-level discounts and gift costs of a basket worth `value` (before 满减 and coupons). */
function orderDeductions(value: Fraction, stack: readonly PricedTerms[]): Fraction {
  let off = ZERO;
  let gifts = ZERO;
  for (const { terms, giftUnitCost } of stack) {
    if (terms.type === 'tiered') {
      const reached = terms.tiers.filter((t) => compare(value, frac(t.thresholdMinor)) >= 0);
      const best = reached.reduce((m, t) => Math.max(m, t.offMinor), 0);
      off = add(off, frac(best));
    } else if (terms.type === 'coupon' && compare(value, frac(terms.minSpendMinor)) >= 0) {
      let couponOff = unitDiscountOff(value, terms.discount);
      if (terms.maxOffMinor !== null) couponOff = min(couponOff, frac(terms.maxOffMinor));
      off = add(off, couponOff);
    } else if (terms.type === 'gift' && compare(value, frac(terms.minSpendMinor)) >= 0) {
      gifts = add(gifts, mul(frac(terms.giftQuantity), giftUnitCost ?? ZERO));
    }
  }
  // Discounts cannot take an order below 0; a gift's cost is the seller's whatever the order paid.
  return add(min(off, value), gifts);
}

function thresholdsOf(stack: readonly PricedTerms[]): number[] {
  const out: number[] = [];
  for (const { terms } of stack) {
    if (terms.type === 'tiered') out.push(...terms.tiers.map((t) => t.thresholdMinor));
    else if (terms.type === 'coupon' || terms.type === 'gift') out.push(terms.minSpendMinor);
  }
  return out;
}

/**
 * The lowest price one unit of a SKU sells at when every campaign of `stack` applies together.
 *
 * Typical basket: the SKU alone — nothing else in the order shares the order-level discounts — repeated just
 * enough units (whole multi-buy groups) to reach each threshold of a 满减 tier, coupon minimum spend or gift
 * minimum, with the order discount and gift cost spread over those units (pro rata by value, which for one SKU
 * is per unit). The smallest units that reach a threshold give its deepest per-unit share, so trying the
 * basket at each threshold (and the smallest basket) finds the worst one. Thresholds are met by the value
 * after item discounts and multi-buys but before 满减 and coupons: the cheaper reading for the buyer, so
 * the guardrail errs on the safe side.
 * E.g. 满300减40 on a ¥129 SKU: 3 units (¥387) get ¥40 off, ¥13.33 a unit → ¥115.67.
 */
export function worstUnitPrice(listPriceMinor: number, stack: readonly PricedTerms[]): WorstPrice {
  const { factor, groupUnits } = multibuyFactor(stack);
  const unit = mul(unitPriceAfterItemDiscounts(listPriceMinor, stack), factor);
  const candidates = new Set([groupUnits]);
  if (compare(unit, ZERO) > 0) {
    for (const threshold of thresholdsOf(stack)) {
      const units = Math.max(1, ceilDiv(frac(threshold), unit));
      candidates.add(Math.ceil(units / groupUnits) * groupUnits);
    }
  }
  let worst: WorstPrice | null = null;
  for (const units of [...candidates].sort((a, b) => a - b)) {
    const value = mul(unit, frac(units));
    const exact = sub(unit, div(orderDeductions(value, stack), frac(units)));
    if (!worst || compare(exact, worst.exact) < 0) worst = { exact, basketUnits: units };
  }
  return worst!;
}

/** The smallest whole n with n × unit ≥ amount (unit > 0). */
function ceilDiv(amount: Fraction, unit: Fraction): number {
  const q = div(amount, unit);
  const whole = q.num / q.den;
  return Number(whole * q.den === q.num ? whole : whole + 1n);
}

/** Rounded down to the minor unit (toward −∞): `floorMinor(x) < floor` ⇔ `x < floor` for a whole floor. */
export function floorMinor(value: Fraction): number {
  const q = value.num / value.den;
  return Number(value.num < 0n && q * value.den !== value.num ? q - 1n : q);
}
