import { describe, expect, it } from 'vitest';
import { commissionRateFor, feesAt, fullUnitCostMinor, unitCostIn } from '../../../shared/logic/pricing';
import { frac } from '../../../shared/logic/fraction';
import { shopify, tmall } from './setups';

describe('unit cost', () => {
  it('adds the four cost parts', () => {
    // 3000 + 200 + 150 + 50 = 3400 fen (¥34.00).
    expect(
      fullUnitCostMinor({
        purchaseMinor: 3000,
        packagingMinor: 200,
        inboundFreightMinor: 150,
        otherMinor: 50,
      }),
    ).toBe(3400);
  });

  it('converts to the storefront currency only when it differs, and needs a rate then', () => {
    const parts = { purchaseMinor: 3000, packagingMinor: 600, inboundFreightMinor: 0, otherMinor: 0 };
    // ¥36.00 at 7.2 CNY/USD = $5.00.
    expect(unitCostIn(parts, 'CNY', 'USD', '7.2')).toEqual(frac(500));
    expect(unitCostIn(parts, 'CNY', 'CNY', null)).toEqual(frac(3600));
    expect(() => unitCostIn(parts, 'CNY', 'USD', null)).toThrow(/needs an FX rate/);
  });
});

describe('fees', () => {
  const rules = { commissionRateBp: 500, categoryCommissions: [{ category: '家居', rateBp: 400 }] };

  it('uses the category override when the product has that category', () => {
    expect(commissionRateFor(rules, '家居')).toEqual({ rateBp: 400, source: 'category' });
    expect(commissionRateFor(rules, '服饰')).toEqual({ rateBp: 500, source: 'storefront' });
    expect(commissionRateFor(rules, null)).toEqual({ rateBp: 500, source: 'storefront' });
  });

  it('applies commission % and payment fee % to the net price', () => {
    // At ¥59.00: commission 5 % × 5900 = 295; payment 0.6 % × 5900 = 35.4 → 35; total 330.4 → 330.
    expect(feesAt(tmall, 5900)).toEqual({
      commissionMinor: 295,
      paymentFeeMinor: 35,
      fixedFeeShareMinor: 0,
      totalMinor: 330,
    });
  });

  it('adds the per-unit share of a fixed fee per order', () => {
    // At $19.99 with 2 units per order: payment 2.9 % × 1999 = 57.971 → 58; fixed 30 ÷ 2 = 15;
    // total 72.971 → 73 (rounded once from the exact total).
    expect(feesAt(shopify, 1999)).toEqual({
      commissionMinor: 0,
      paymentFeeMinor: 58,
      fixedFeeShareMinor: 15,
      totalMinor: 73,
    });
  });

  it('charges percentages on price − seller discount', () => {
    // ¥59.00 with a ¥5.00 coupon share: net 5400; commission 270; payment 32.4 → 32; total 302.4 → 302.
    expect(feesAt({ ...tmall, discountMinor: 500 }, 5900)).toMatchObject({
      commissionMinor: 270,
      totalMinor: 302,
    });
  });
});
