import { describe, expect, it } from 'vitest';
import { div, frac, roundHalfAwayFromZero, sum } from '../../shared/logic/fraction';
import { orderProfit, ruleFees, type ProfitOrder } from '../../shared/logic/order-profit';
import type { FeeRules } from '../../shared/domain/storefronts';

/** Tmall-like: 5 % commission (家居 4 %), 0.6 % payment fee, ¥1.00 fixed fee, ¥8.00 default shipping. */
const tmallRules: FeeRules = {
  commissionRateBp: 500,
  paymentFeeRateBp: 60,
  fixedFeeMinor: 100,
  shippingCostMinor: 800,
  categoryCommissions: [{ category: '家居', rateBp: 400 }],
};
const tmall = { currency: 'CNY', feeRules: tmallRules };
const cnyOnly = { baseCurrency: 'CNY', rates: {} };

/**
 * Line A: 2 × ¥50.00 − ¥5.00 line discount = ¥95.00 (家居, 4 %); line B: 1 × ¥30.00 (服饰, storefront 5 %).
 * A ¥10.00 coupon (seller) and ¥7.00 platform subsidy; the buyer pays 130 − 15 − 7 + 6 shipping = ¥114.00.
 */
const coupon: ProfitOrder = {
  currency: 'CNY',
  grossMinor: 13_000,
  lineDiscountMinor: 500,
  orderDiscountMinor: 1_000,
  platformDiscountMinor: 700,
  shippingIncomeMinor: 600,
  totalPaidMinor: 11_400,
  refundedMinor: 0,
  cogsBaseMinor: 6_000,
  feesMinor: null,
  shippingCostMinor: null,
  lines: [
    { quantity: 2, unitPriceMinor: 5_000, lineDiscountMinor: 500, category: '家居' },
    { quantity: 1, unitPriceMinor: 3_000, lineDiscountMinor: 0, category: '服饰' },
  ],
};

describe('ruleFees', () => {
  it('charges each line its category commission after its pro-rata share of the order discount', () => {
    // N = 9500 + 3000 = 12500. The ¥10 coupon splits 760 / 240 (9500 : 3000).
    // A: 4 % × (9500 − 760) = 349.6; B: 5 % × (3000 − 240) = 138; commission 487.6 fen.
    // Payment fee 0.6 % × 11400 = 68.4 fen; fixed fee 100 fen.
    const fees = ruleFees(coupon, tmallRules);
    expect(fees.commission).toEqual(frac(4876, 10));
    expect(fees.paymentFee).toEqual(frac(684, 10));
    expect(fees.fixedFee).toEqual(frac(100));
  });

  it('uses the storefront rate for lines without a category or override, and the whole discount at one rate', () => {
    // Both lines at 5 %: 5 % × (12500 − 1000) = 575 fen.
    const plain = { ...coupon, lines: coupon.lines.map((l) => ({ ...l, category: null })) };
    expect(ruleFees(plain, tmallRules).commission).toEqual(frac(575));
  });

  it('takes the discount at the storefront rate when no line has an amount', () => {
    // Free gifts only (N = 0) and a ¥1.00 coupon: 5 % × −100 = −5 fen (the coupon lowers the base).
    const gifts = {
      ...coupon,
      orderDiscountMinor: 100,
      lines: [{ quantity: 1, unitPriceMinor: 0, lineDiscountMinor: 0, category: '家居' }],
    };
    expect(ruleFees(gifts, tmallRules).commission).toEqual(frac(-5));
  });
});

describe('orderProfit', () => {
  it('builds the waterfall of a CNY order under the fee rule with the default shipping cost', () => {
    const p = orderProfit(coupon, tmall, cnyOnly);
    // Platform subsidy is not a seller discount: discounts are 500 + 1000 = 1500, not 2200.
    expect(p.discounts.base).toEqual(frac(1_500));
    expect(p.platformDiscount.base).toEqual(frac(700));
    expect(p.grossSales.base).toEqual(frac(13_000));
    expect(p.netSales.base).toEqual(frac(11_500));
    // Fees 487.6 + 68.4 + 100 = 656 fen.
    expect(p.feesSource).toBe('rule');
    expect(p.fees.base).toEqual(frac(656));
    expect(sum(p.ruleFees!.commission.base, p.ruleFees!.paymentFee.base, p.ruleFees!.fixedFee.base)).toEqual(
      p.fees.base,
    );
    expect(p.shippingCostSource).toBe('default');
    expect(p.shippingCost.base).toEqual(frac(800));
    // 11500 + 600 − 6000 − 656 − 800 = 4644 fen; margin 4644 ÷ 11500.
    expect(p.grossProfit.base).toEqual(frac(4_644));
    expect(p.grossMargin).toEqual(frac(4_644, 11_500));
    // Base and order currency are the same here.
    expect(p.grossProfit.order).toEqual(p.grossProfit.base);
  });

  it('converts a USD order with actual fees, its own shipping cost and a refund at the order date rate', () => {
    const usd: ProfitOrder = {
      currency: 'USD',
      grossMinor: 3_998,
      lineDiscountMinor: 0,
      orderDiscountMinor: 0,
      platformDiscountMinor: 0,
      shippingIncomeMinor: 0,
      totalPaidMinor: 3_998,
      refundedMinor: 1_999,
      cogsBaseMinor: 2_400,
      feesMinor: 350,
      shippingCostMinor: 500,
      lines: [{ quantity: 2, unitPriceMinor: 1_999, lineDiscountMinor: 0, category: null }],
    };
    const p = orderProfit(
      usd,
      { currency: 'USD', feeRules: { ...tmallRules, fixedFeeMinor: 30 } },
      { baseCurrency: 'CNY', rates: { USD: '7.1234' } },
    );
    // Gross $39.98 × 7.1234 = ¥284.793532 → 28479.3532 fen.
    expect(p.grossSales.base).toEqual(frac(284_793_532, 10_000));
    // Net = refunds = 1999¢ × 7.1234 = 14239.6766 fen.
    expect(p.netSales.base).toEqual(frac(142_396_766, 10_000));
    expect(p.refunds.base).toEqual(p.netSales.base);
    // Actual fees replace the rule (no 30¢ fixed fee): 350 × 7.1234 = 2493.19 fen; shipping 500 × 7.1234 = 3561.7.
    expect(p.feesSource).toBe('actual');
    expect(p.ruleFees).toBeNull();
    expect(p.fees.base).toEqual(frac(249_319, 100));
    expect(p.shippingCostSource).toBe('order');
    expect(p.shippingCost.base).toEqual(frac(35_617, 10));
    // 14239.6766 − 2400 − 2493.19 − 3561.7 = 5784.7866 fen → ¥57.85 once rounded.
    expect(p.grossProfit.base).toEqual(frac(57_847_866, 10_000));
    expect(roundHalfAwayFromZero(p.grossProfit.base)).toBe(5_785);
    // In dollars the COGS is 2400 ÷ 7.1234 cents, and the profit is the base profit ÷ the rate, exactly.
    expect(p.cogs.order).toEqual(frac(24_000_000, 71_234));
    expect(p.grossProfit.order).toEqual(div(p.grossProfit.base, frac(71_234, 10_000)));
    expect(p.grossMargin).toEqual(div(p.grossProfit.base, p.netSales.base));
  });

  it('converts fee-rule money from the storefront currency', () => {
    // A CNY-priced order on a USD storefront: fixed fee 30¢ and shipping $6.50 arrive in fen at 7.2.
    const p = orderProfit(
      { ...coupon, lines: coupon.lines.map((l) => ({ ...l, category: null })) },
      {
        currency: 'USD',
        feeRules: { ...tmallRules, categoryCommissions: [], fixedFeeMinor: 30, shippingCostMinor: 650 },
      },
      { baseCurrency: 'CNY', rates: { USD: '7.2' } },
    );
    // 575 + 68.4 + 30 × 7.2 (= 216) = 859.4 fen; shipping 650 × 7.2 = 4680 fen.
    expect(p.fees.base).toEqual(frac(8_594, 10));
    expect(p.shippingCost.base).toEqual(frac(4_680));
  });

  it('gives no margin when net sales are 0, and refuses a missing rate', () => {
    const refunded = { ...coupon, refundedMinor: 11_500 };
    expect(orderProfit(refunded, tmall, cnyOnly).grossMargin).toBeNull();
    expect(() => orderProfit({ ...coupon, currency: 'USD' }, tmall, cnyOnly)).toThrow(/USD/);
  });

  it('rounds once: two orders with 1.5 fen payment fees cost 3 fen, not 2 + 2', () => {
    // Paid ¥2.50 at 0.6 % = 1.5 fen each; no commission, no fixed fee.
    const small: ProfitOrder = {
      ...coupon,
      grossMinor: 250,
      lineDiscountMinor: 0,
      orderDiscountMinor: 0,
      totalPaidMinor: 250,
      lines: [{ quantity: 1, unitPriceMinor: 250, lineDiscountMinor: 0, category: null }],
    };
    const rules = { ...tmall, feeRules: { ...tmallRules, commissionRateBp: 0, fixedFeeMinor: 0 } };
    const fees = [small, small].map((o) => orderProfit(o, rules, cnyOnly).fees.base);
    expect(fees.map(roundHalfAwayFromZero)).toEqual([2, 2]);
    expect(roundHalfAwayFromZero(sum(...fees))).toBe(3);
  });
});
