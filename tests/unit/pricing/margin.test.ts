import { describe, expect, it } from 'vitest';
import { figuresAt } from '../../../shared/logic/pricing';
import { shopify, tmall } from './setups';

describe('profit and margin at a price', () => {
  it('computes profit = net − fees − cost − shipping share and margin = profit ÷ net', () => {
    // Tmall at ¥59.00: fees 330.4; profit 5900 − 330.4 − 3400 − 800 = 1369.6 → 1370;
    // margin 1369.6 ÷ 5900 = 23.2135 % → 2321 bp.
    expect(figuresAt(tmall, 5900)).toEqual({
      priceMinor: 5900,
      netPriceMinor: 5900,
      fees: { commissionMinor: 295, paymentFeeMinor: 35, fixedFeeShareMinor: 0, totalMinor: 330 },
      profitMinor: 1370,
      marginBp: 2321,
    });
  });

  it('shares the fixed fee and shipping over the units of an order', () => {
    // Shopify at $19.99, 2 units/order: fees 72.971; profit 1999 − 72.971 − 1000 − 325 = 601.029 → 601;
    // margin 601.029 ÷ 1999 = 30.0665 % → 3007 bp.
    expect(figuresAt(shopify, 1999)).toMatchObject({ profitMinor: 601, marginBp: 3007 });
  });

  it('measures margin on the price after the seller discount', () => {
    // ¥59.00 − ¥5.00 coupon: net 5400; fees 302.4; profit 5400 − 302.4 − 4200 = 897.6 → 898;
    // margin 897.6 ÷ 5400 = 16.622 % → 1662 bp.
    expect(figuresAt({ ...tmall, discountMinor: 500 }, 5900)).toMatchObject({
      netPriceMinor: 5400,
      profitMinor: 898,
      marginBp: 1662,
    });
  });

  it('shows a loss below break-even, and no margin (not NaN) at a net price of 0', () => {
    // At ¥40.00: fees 200 + 24 = 224; profit 4000 − 224 − 4200 = −424; margin −424 ÷ 4000 = −10.6 % → −1060.
    expect(figuresAt(tmall, 4000)).toMatchObject({ profitMinor: -424, marginBp: -1060 });
    // A ¥10.00 coupon on a ¥10.00 price: net 0; profit −4200; margin null.
    expect(figuresAt({ ...tmall, discountMinor: 1000 }, 1000)).toMatchObject({
      netPriceMinor: 0,
      profitMinor: -4200,
      marginBp: null,
    });
  });
});
