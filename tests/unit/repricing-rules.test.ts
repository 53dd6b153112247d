import { describe, expect, it } from 'vitest';
import { frac } from '../../shared/logic/fraction';
import { matchedPrice, repriceOne } from '../../shared/logic/pricing/repricing-rules';
import { isSpreadFlagged, spreadBp } from '../../shared/logic/pricing/price-spread';
import type { PriceSetup } from '../../shared/logic/pricing';

/** ¥42.00 cost + ¥8.00 shipping; 5 % commission, 0.6 % payment fee. */
const setup: PriceSetup = {
  unitCost: frac(4200),
  commissionRateBp: 500,
  paymentFeeRateBp: 60,
  fixedFeePerOrderMinor: 0,
  shippingPerOrderMinor: 800,
  unitsPerOrder: 1,
  discountMinor: 0,
};
const base = { currency: 'CNY', oldPriceMinor: 5900, setup };

describe('repriceOne', () => {
  it('cost-plus 30 %: 5000 ÷ (1 − 0.05 − 0.006 − 0.30) = 7763.97 → 7764; ending 9 → ¥79', () => {
    expect(repriceOne(base, { kind: 'costPlus', marginBp: 3000 }, null)).toEqual({
      ok: true,
      priceMinor: 7764,
    });
    expect(repriceOne(base, { kind: 'costPlus', marginBp: 3000 }, '9')).toEqual({
      ok: true,
      priceMinor: 7900,
    });
  });

  it('cost-plus skips a listing without cost, saying why, and one whose fees leave no margin', () => {
    expect(repriceOne({ ...base, setup: null }, { kind: 'costPlus', marginBp: 3000 }, null)).toEqual({
      ok: false,
      reason: 'noCost',
    });
    expect(
      repriceOne(
        { ...base, setup: null, setupMissing: 'fxMissing' },
        { kind: 'costPlus', marginBp: 1 },
        null,
      ),
    ).toEqual({ ok: false, reason: 'fxMissing' });
    // 5 % + 0.6 % + 94.4 % = 100 %: no price reaches it.
    expect(repriceOne(base, { kind: 'costPlus', marginBp: 9440 }, null)).toEqual({
      ok: false,
      reason: 'targetUnreachable',
    });
  });

  it('match: reference ¥100.00 at −5 % is ¥95.00; ending 8 → ¥98', () => {
    const input = { ...base, referencePrice: frac(10_000) };
    expect(repriceOne(input, { kind: 'match', storefrontId: 'x', adjustBp: -500 }, null)).toEqual({
      ok: true,
      priceMinor: 9500,
    });
    expect(repriceOne(input, { kind: 'match', storefrontId: 'x', adjustBp: -500 }, '8')).toEqual({
      ok: true,
      priceMinor: 9800,
    });
  });

  it('match skips the reference storefront itself and SKUs not listed there', () => {
    const rule = { kind: 'match', storefrontId: 'x', adjustBp: 0 } as const;
    expect(repriceOne({ ...base, isReference: true, referencePrice: frac(1) }, rule, null)).toEqual({
      ok: false,
      reason: 'isReference',
    });
    expect(repriceOne({ ...base, referencePrice: null }, rule, null)).toEqual({
      ok: false,
      reason: 'noReference',
    });
  });

  it('keep: the price stays, or moves up to the ending (¥59.00 stays ¥59 with 9; ¥61.20 → ¥69)', () => {
    expect(repriceOne(base, { kind: 'keep' }, null)).toEqual({ ok: true, priceMinor: 5900 });
    expect(repriceOne(base, { kind: 'keep' }, '9')).toEqual({ ok: true, priceMinor: 5900 });
    expect(repriceOne({ ...base, oldPriceMinor: 6120 }, { kind: 'keep' }, '9')).toEqual({
      ok: true,
      priceMinor: 6900,
    });
  });
});

describe('matchedPrice', () => {
  it('rounds once, half away from zero: $12.99 → ¥ at 7.1234 is 9253.2966 fen; +333 bp → 9561.43 → 9561', () => {
    // 1299 × 7.1234 = 9253.2966; × 1.0333 = 9561.43…
    expect(matchedPrice(frac(92532966, 10_000), 333)).toBe(9561);
    expect(matchedPrice(frac(1001, 2), 0)).toBe(501);
  });
});

describe('spreadBp', () => {
  it('is (max − min) ÷ min: ¥59.00 vs ¥92.53 → 3353 ÷ 5900 = 56.83 %; min 0 → null, never ∞', () => {
    expect(spreadBp(5900, 9253)).toBe(5683);
    expect(spreadBp(10_000, 11_500)).toBe(1500);
    expect(spreadBp(0, 100)).toBeNull();
  });

  it('flags only strictly above the threshold', () => {
    expect(isSpreadFlagged(1500, 1500)).toBe(false);
    expect(isSpreadFlagged(1501, 1500)).toBe(true);
    expect(isSpreadFlagged(null, 0)).toBe(false);
  });
});
