import { describe, expect, it } from 'vitest';
import { frac } from '../../shared/logic/fraction';
import {
  addDays,
  averageOrderValue,
  breakEvenPrice,
  change,
  grossMargin,
  grossProfit,
  netSales,
  periodDays,
  previousPeriod,
  quintileScores,
  ratio,
  refundRate,
  repurchaseRate,
  retention,
  salesAfterDiscounts,
  scoreRfm,
  valueTier,
  yearEarlier,
  type ProfitTotals,
} from '../../shared/logic/metrics';

/** A month of 4 orders: gross ¥1000.00, discounts ¥100.00, refunds ¥45.00, shipping charged ¥20.00 … */
const month: ProfitTotals = {
  orders: 4,
  grossSales: frac(100_000),
  discounts: frac(10_000),
  refunds: frac(4_500),
  shippingIncome: frac(2_000),
  cogs: frac(40_000),
  fees: frac(5_130),
  shippingCost: frac(3_200),
};
const empty: ProfitTotals = {
  orders: 0,
  grossSales: frac(0),
  discounts: frac(0),
  refunds: frac(0),
  shippingIncome: frac(0),
  cogs: frac(0),
  fees: frac(0),
  shippingCost: frac(0),
};

describe('Sales and Profit figures', () => {
  it('computes net sales, AOV and refund rate from the totals', () => {
    // 100000 − 10000 = 90000 charged for goods; net = 90000 − 4500 = 85500.
    expect(salesAfterDiscounts(month)).toEqual(frac(90_000));
    expect(netSales(month)).toEqual(frac(85_500));
    // AOV = 90000 ÷ 4 = 22500 fen (¥225.00); refund rate = 4500 ÷ 90000 = 5 %.
    expect(averageOrderValue(month)).toEqual(frac(22_500));
    expect(refundRate(month)).toEqual(frac(1, 20));
  });

  it('computes gross profit and margin', () => {
    // 85500 + 2000 − 40000 − 5130 − 3200 = 39170; margin 39170 ÷ 85500.
    expect(grossProfit(month)).toEqual(frac(39_170));
    expect(grossMargin(month)).toEqual(frac(39_170, 85_500));
  });

  it('gives null, never 0 or Infinity, for a zero denominator', () => {
    expect(averageOrderValue(empty)).toBeNull();
    expect(refundRate(empty)).toBeNull();
    expect(grossMargin(empty)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(0, 5)).toEqual(frac(0));
    // Fully refunded: net sales 0 → no margin, even though there is a (negative) profit.
    const refunded = { ...month, refunds: frac(90_000) };
    expect(grossProfit(refunded)).toEqual(frac(-46_330));
    expect(grossMargin(refunded)).toBeNull();
  });
});

describe('Customers figures', () => {
  it('computes repurchase rate and retention', () => {
    // 8 buyers, 2 of them twice: 25 %. 10 customers last period, 3 came back: 30 %.
    const c = { buyers: 8, repeatBuyers: 2, previousBuyers: 10, retainedBuyers: 3 };
    expect(repurchaseRate(c)).toEqual(frac(1, 4));
    expect(retention(c)).toEqual(frac(3, 10));
    expect(repurchaseRate({ ...c, buyers: 0, repeatBuyers: 0 })).toBeNull();
    expect(retention({ ...c, previousBuyers: 0, retainedBuyers: 0 })).toBeNull();
  });
});

describe('comparisons and periods', () => {
  it('computes MoM/YoY change, null against a zero period', () => {
    // 120 vs 100: +20 %; 80 vs 100: −20 %; anything vs 0: null.
    expect(change(120, 100)).toEqual(frac(1, 5));
    expect(change(frac(80), frac(100))).toEqual(frac(-1, 5));
    expect(change(5, 0)).toBeNull();
  });

  it('finds the previous period of equal length and the same dates a year earlier', () => {
    expect(periodDays({ from: '2024-06-01', to: '2024-06-30' })).toBe(30);
    expect(previousPeriod({ from: '2024-06-01', to: '2024-06-30' })).toEqual({
      from: '2024-05-02',
      to: '2024-05-31',
    });
    // March 2024 has 31 days: the 31 days before end on leap day.
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-01-30',
      to: '2024-02-29',
    });
    expect(previousPeriod({ from: '2024-06-18', to: '2024-06-18' })).toEqual({
      from: '2024-06-17',
      to: '2024-06-17',
    });
    expect(yearEarlier({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(addDays('0050-01-01', -1)).toBe('0049-12-31');
  });
});

describe('RFM', () => {
  it('scores quintiles with ties sharing the score of their first place', () => {
    // Ten distinct values: two per quintile.
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (a, b) => a - b)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    // [1, 1, 1, 5, 9]: the three 1s have 0 worse → 1; 5 has 3 of 5 worse → 1 + ⌊15/5⌋ = 4; 9 → 1 + ⌊20/5⌋ = 5.
    expect(quintileScores([9, 1, 5, 1, 1], (a, b) => a - b)).toEqual([5, 1, 4, 1, 1]);
    expect(quintileScores([7, 7, 7], (a, b) => a - b)).toEqual([1, 1, 1]);
    expect(quintileScores([], (a: number, b: number) => a - b)).toEqual([]);
  });

  it('scores recent, frequent, big spenders best and leaves out customers idle for 365 days', () => {
    const customers = [
      { id: 'a', recencyDays: 3, frequency: 9, monetary: frac(90_000) },
      { id: 'b', recencyDays: 10, frequency: 1, monetary: frac(5_000) },
      { id: 'c', recencyDays: 200, frequency: 6, monetary: frac(70_000) },
      { id: 'd', recencyDays: 300, frequency: 1, monetary: frac(1_000) },
      { id: 'e', recencyDays: 60, frequency: 2, monetary: frac(8_000) },
      { id: 'f', recencyDays: 365, frequency: 20, monetary: frac(500_000) },
    ];
    const byId = Object.fromEntries(scoreRfm(customers).map((r) => [r.id, r]));
    // Five active customers, one value per quintile. Recency (fewer days better): a 5, b 4, e 3, c 2, d 1.
    // Frequency: a 9 → 5, c 6 → 4, e 2 → 3, b and d tie at 1 → both 1. Monetary: a 5, c 4, e 3, b 2, d 1.
    expect(byId.a).toEqual({
      id: 'a',
      scores: { recency: 5, frequency: 5, monetary: 5 },
      tier: 'high_value',
    });
    expect(byId.b).toEqual({ id: 'b', scores: { recency: 4, frequency: 1, monetary: 2 }, tier: 'potential' });
    expect(byId.c).toEqual({ id: 'c', scores: { recency: 2, frequency: 4, monetary: 4 }, tier: 'at_risk' });
    expect(byId.d).toEqual({ id: 'd', scores: { recency: 1, frequency: 1, monetary: 1 }, tier: 'lost' });
    expect(byId.e).toEqual({ id: 'e', scores: { recency: 3, frequency: 3, monetary: 3 }, tier: 'potential' });
    // 365 days ago is outside the window: not scored, lost whatever they once spent.
    expect(byId.f).toEqual({ id: 'f', scores: null, tier: 'lost' });
  });

  it('puts every score combination in one tier by the documented rules', () => {
    expect(valueTier({ recency: 3, frequency: 4, monetary: 4 })).toBe('high_value');
    expect(valueTier({ recency: 5, frequency: 1, monetary: 1 })).toBe('potential');
    expect(valueTier({ recency: 3, frequency: 1, monetary: 3 })).toBe('potential');
    expect(valueTier({ recency: 3, frequency: 2, monetary: 2 })).toBe('low_value');
    expect(valueTier({ recency: 2, frequency: 5, monetary: 1 })).toBe('at_risk');
    expect(valueTier({ recency: 1, frequency: 2, monetary: 2 })).toBe('lost');
    expect(valueTier(null)).toBe('lost');
  });
});

describe('break-even price', () => {
  it('is the pricing module’s, rounded up to the fen', () => {
    // Unit cost ¥34.00, 5 % + 0.6 %, ¥8.00 shipping per single-unit order: net = 4200 ÷ 0.944 = 4449.15… → 4450.
    const setup = {
      unitCost: frac(3_400),
      commissionRateBp: 500,
      paymentFeeRateBp: 60,
      fixedFeePerOrderMinor: 0,
      shippingPerOrderMinor: 800,
      unitsPerOrder: 1,
      discountMinor: 0,
    };
    expect(breakEvenPrice(setup)).toEqual({ ok: true, priceMinor: 4_450 });
  });
});
