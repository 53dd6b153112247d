import { describe, expect, it } from 'vitest';
import { breakEvenPrice, exactProfitAt, unitCostIn } from '../../../shared/logic/pricing';
import { compare, frac } from '../../../shared/logic/fraction';
import type { PriceSetup } from '../../../shared/logic/pricing';
import { shopify, tmall } from './setups';

describe('break-even price', () => {
  it('solves exactly and rounds up so selling at it never loses', () => {
    // Tmall: K = cost 3400 + shipping 800 = 4200; keep = 1 − 5 % − 0.6 % = 0.944;
    // p = 4200 ÷ 0.944 = 4449.15… → 4450 (¥44.50).
    expect(breakEvenPrice(tmall)).toEqual({ ok: true, priceMinor: 4450 });
    // At 4450: fees 222.5 + 26.7 = 249.2; profit 4450 − 249.2 − 4200 = +0.8. At 4449: −0.144.
    expect(exactProfitAt(tmall, 4450)).toEqual(frac(8, 10));
    expect(compare(exactProfitAt(tmall, 4449), frac(0))).toBe(-1);
  });

  it('rounds up where rounding to nearest would lose a cent (percent + fixed fee, shared shipping)', () => {
    // Shopify: K = 1000 + 30/2 + 650/2 = 1340; keep = 1 − 2.9 % = 0.971; p = 1340 ÷ 0.971 = 1380.02 → 1381.
    // Nearest would give 1380, where profit = 1380 − 40.02 − 1340 = −0.02.
    expect(breakEvenPrice(shopify)).toEqual({ ok: true, priceMinor: 1381 });
    expect(compare(exactProfitAt(shopify, 1380), frac(0))).toBe(-1);
  });

  it('uses the category commission when it applies', () => {
    // 家居 at 4 %: keep = 1 − 4 % − 0.6 % = 0.954; 4200 ÷ 0.954 = 4402.52 → 4403.
    expect(breakEvenPrice({ ...tmall, commissionRateBp: 400 })).toEqual({ ok: true, priceMinor: 4403 });
  });

  it('adds the seller discount on top of the net break-even', () => {
    // Net must still be 4449.15…; the buyer sees 500 more: 4949.15 → 4950.
    expect(breakEvenPrice({ ...tmall, discountMinor: 500 })).toEqual({ ok: true, priceMinor: 4950 });
  });

  it('works on a USD storefront of a CNY shop with the cost kept exact through the FX rate', () => {
    // Cost ¥10.00 at 7.2 → 1250/9 = 138.888… cents; K = 138.888… + 30 + 650 = 7370/9;
    // keep 0.971; p = 7370 ÷ 9 ÷ 0.971 = 843.35 → 844 cents ($8.44).
    const setup: PriceSetup = {
      ...shopify,
      unitsPerOrder: 1,
      unitCost: unitCostIn(
        { purchaseMinor: 1000, packagingMinor: 0, inboundFreightMinor: 0, otherMinor: 0 },
        'CNY',
        'USD',
        '7.2',
      ),
    };
    expect(breakEvenPrice(setup)).toEqual({ ok: true, priceMinor: 844 });
  });

  it('works in JPY (no minor unit) from a CNY cost', () => {
    // Cost ¥50.00 CNY at 0.048 → 3125/3 = 1041.67 yen; commission 10 %, shipping 500 yen;
    // K = 1041.67 + 500 = 1541.67; p = 1541.67 ÷ 0.9 = 1712.96 → 1713 yen.
    const setup: PriceSetup = {
      unitCost: unitCostIn(
        { purchaseMinor: 5000, packagingMinor: 0, inboundFreightMinor: 0, otherMinor: 0 },
        'CNY',
        'JPY',
        '0.048',
      ),
      commissionRateBp: 1000,
      paymentFeeRateBp: 0,
      fixedFeePerOrderMinor: 0,
      shippingPerOrderMinor: 500,
      unitsPerOrder: 1,
      discountMinor: 0,
    };
    expect(breakEvenPrice(setup)).toEqual({ ok: true, priceMinor: 1713 });
  });

  it('is the discount itself when nothing else costs anything', () => {
    expect(breakEvenPrice({ ...tmall, unitCost: frac(0), shippingPerOrderMinor: 0 })).toEqual({
      ok: true,
      priceMinor: 0,
    });
  });

  it('refuses, as a result rather than Infinity, when fees take 100 % of the price', () => {
    expect(breakEvenPrice({ ...tmall, commissionRateBp: 9000, paymentFeeRateBp: 1000 })).toEqual({
      ok: false,
      reason: 'feesTooHigh',
    });
  });
});
