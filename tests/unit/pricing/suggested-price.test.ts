import { describe, expect, it } from 'vitest';
import {
  figuresAt,
  priceFloor,
  suggestedPrice,
  effectiveFloor,
  isBelowFloor,
} from '../../../shared/logic/pricing';
import { frac } from '../../../shared/logic/fraction';
import type { PriceSetup } from '../../../shared/logic/pricing';
import { tmall } from './setups';

describe('suggested price for a target margin', () => {
  it('solves cost-plus exactly, rounds up, then applies the ending', () => {
    // 30 %: keep = 1 − 5 % − 0.6 % − 30 % = 0.644; 4200 ÷ 0.644 = 6521.74 → 6522 (¥65.22).
    expect(suggestedPrice(tmall, 3000, null, 'CNY')).toEqual({
      ok: true,
      exactMinor: 6522,
      priceMinor: 6522,
    });
    // Endings on whole yuan ≥ ¥65.22: "9" → ¥69, "99" → ¥99, "8" → ¥68.
    expect(suggestedPrice(tmall, 3000, '9', 'CNY')).toMatchObject({ priceMinor: 6900 });
    expect(suggestedPrice(tmall, 3000, '99', 'CNY')).toMatchObject({ priceMinor: 9900 });
    expect(suggestedPrice(tmall, 3000, '8', 'CNY')).toMatchObject({ priceMinor: 6800 });
    // The margin at the rounded-up suggestion reaches the target: 6522 → 30.0 % or more.
    expect(figuresAt(tmall, 6522).marginBp).toBeGreaterThanOrEqual(3000);
  });

  it('works in JPY', () => {
    // Cost 3125/3 yen, 10 % commission, 500 yen shipping: K = 4625/3; 30 %: keep 0.6;
    // 1541.67 ÷ 0.6 = 2569.44 → 2570 yen; ending "8" → 2578; "99" → 2599.
    const jpy: PriceSetup = {
      ...tmall,
      unitCost: frac(3125, 3),
      commissionRateBp: 1000,
      paymentFeeRateBp: 0,
      shippingPerOrderMinor: 500,
    };
    expect(suggestedPrice(jpy, 3000, '8', 'JPY')).toEqual({ ok: true, exactMinor: 2570, priceMinor: 2578 });
    expect(suggestedPrice(jpy, 3000, '99', 'JPY')).toMatchObject({ priceMinor: 2599 });
  });

  it('returns a clear error when fees + margin reach 100 %', () => {
    // 20 % commission + 80 % margin = 100 %: no price gets there.
    expect(
      suggestedPrice({ ...tmall, commissionRateBp: 2000, paymentFeeRateBp: 0 }, 8000, '9', 'CNY'),
    ).toEqual({
      ok: false,
      reason: 'targetUnreachable',
    });
    // Fees alone at 100 %: say so rather than blame the target.
    expect(suggestedPrice({ ...tmall, commissionRateBp: 10_000 }, 0, null, 'CNY')).toEqual({
      ok: false,
      reason: 'feesTooHigh',
    });
  });
});

describe('price floor', () => {
  it('is the lowest price reaching the minimum margin; 0 % gives break-even', () => {
    // 5 %: keep = 1 − 0.056 − 0.05 = 0.894; 4200 ÷ 0.894 = 4697.99 → 4698.
    expect(priceFloor(tmall, 500)).toEqual({ ok: true, priceMinor: 4698 });
    expect(priceFloor(tmall, 0)).toEqual({ ok: true, priceMinor: 4450 });
    expect(priceFloor({ ...tmall, commissionRateBp: 9500 }, 500)).toEqual({
      ok: false,
      reason: 'targetUnreachable',
    });
  });

  it("prefers the listing's own floor and flags prices below it", () => {
    expect(effectiveFloor(5000, { ok: true, priceMinor: 4698 })).toBe(5000);
    expect(effectiveFloor(null, { ok: true, priceMinor: 4698 })).toBe(4698);
    expect(effectiveFloor(null, { ok: false, reason: 'feesTooHigh' })).toBeNull();
    expect(isBelowFloor(4697, 4698)).toBe(true);
    expect(isBelowFloor(4698, 4698)).toBe(false);
    expect(isBelowFloor(4698, null)).toBeNull();
  });
});
