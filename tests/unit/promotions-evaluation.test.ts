import { describe, expect, it } from 'vitest';
import { frac } from '../../shared/logic/fraction';
import { evaluateCampaign, type EvaluationInput } from '../../shared/logic/promotions/evaluation';

/**
 * A 10-day 双11 campaign, worked by hand (¥ in fen):
 * during  300 units, net sales ¥60,000.00, gross profit ¥15,000.00
 * baseline 100 units, net sales ¥25,000.00, gross profit ¥8,000.00 (the 10 days before)
 * attributed discounts ¥4,000.00, gifts ¥500.00, spend ¥2,000.00, budget ¥10,000.00, 500 coupons, 120 used.
 */
const campaign: EvaluationInput = {
  days: 10,
  during: { units: 300, netSales: frac(6_000_000), grossProfit: frac(1_500_000) },
  baseline: { units: 100, netSales: frac(2_500_000), grossProfit: frac(800_000) },
  attributedDiscounts: frac(400_000),
  giftCost: frac(50_000),
  spendMinor: 200_000,
  budgetMinor: 1_000_000,
  couponsIssued: 500,
  couponsUsed: 120,
};

describe('evaluateCampaign — every METRICS.md Promotions figure', () => {
  const f = evaluateCampaign(campaign);

  it('units and net sales during vs the baseline, as totals and daily averages', () => {
    expect(f.days).toBe(10);
    expect([f.units, f.baselineUnits, f.dailyUnits, f.baselineDailyUnits]).toEqual([300, 100, 30, 10]);
    expect([f.netSalesMinor, f.baselineNetSalesMinor]).toEqual([6_000_000, 2_500_000]);
    expect([f.dailyNetSalesMinor, f.baselineDailyNetSalesMinor]).toEqual([600_000, 250_000]);
    expect([f.grossProfitMinor, f.baselineGrossProfitMinor]).toEqual([1_500_000, 800_000]);
  });

  it('uplift = (30 − 10) ÷ 10 = 200 %; on net sales (600,000 − 250,000) ÷ 250,000 = 140 %', () => {
    expect(f.upliftBp).toBe(20_000);
    expect(f.netSalesUpliftBp).toBe(14_000);
  });

  it('discount_cost = 400,000 + 50,000; incremental GP = 1,500,000 − 80,000 × 10', () => {
    expect([f.attributedDiscountMinor, f.giftCostMinor, f.discountCostMinor]).toEqual([
      400_000, 50_000, 450_000,
    ]);
    expect(f.incrementalGrossProfitMinor).toBe(700_000);
  });

  it('ROI = 700,000 ÷ (450,000 + 200,000) = 107.69 %; ROAS = 6,000,000 ÷ 200,000 = 30×', () => {
    expect(f.roiBp).toBe(10_769); // 1.0769230… → 10769.23 bp
    expect(f.roasBp).toBe(300_000);
  });

  it('redemption 120 ÷ 500 = 24 %; budget 1,000,000 vs actual 650,000 (65 %, 350,000 left)', () => {
    expect([f.couponsIssued, f.couponsUsed, f.redemptionRateBp]).toEqual([500, 120, 2_400]);
    expect([f.budgetMinor, f.actualCostMinor, f.budgetLeftMinor, f.budgetUsedBp]).toEqual([
      1_000_000, 650_000, 350_000, 6_500,
    ]);
  });
});

describe('evaluateCampaign — zero denominators are null ("—"), never 0 or ∞', () => {
  it('a baseline with no sales: uplift is "—", the whole gross profit is incremental', () => {
    const f = evaluateCampaign({
      ...campaign,
      baseline: { units: 0, netSales: frac(0), grossProfit: frac(0) },
    });
    expect(f.upliftBp).toBeNull();
    expect(f.netSalesUpliftBp).toBeNull();
    expect(f.baselineDailyUnits).toBe(0);
    expect(f.incrementalGrossProfitMinor).toBe(1_500_000);
    expect(f.roiBp).toBe(23_077); // 1,500,000 ÷ 650,000 = 2.307692…
  });

  it('no spend: ROAS is "—"; ROI still divides by the discount cost', () => {
    const f = evaluateCampaign({ ...campaign, spendMinor: 0 });
    expect(f.roasBp).toBeNull();
    expect(f.roiBp).toBe(15_556); // 700,000 ÷ 450,000 = 1.5555…
    expect(f.actualCostMinor).toBe(450_000);
  });

  it('no spend and no discount or gift at all: ROI is "—" too', () => {
    const f = evaluateCampaign({
      ...campaign,
      spendMinor: 0,
      attributedDiscounts: frac(0),
      giftCost: frac(0),
    });
    expect(f.roiBp).toBeNull();
    expect(f.roasBp).toBeNull();
    expect(f.discountCostMinor).toBe(0);
  });

  it('a campaign that sold less than its baseline has a negative uplift and ROI', () => {
    const f = evaluateCampaign({
      ...campaign,
      during: { units: 80, netSales: frac(2_000_000), grossProfit: frac(600_000) },
    });
    expect(f.upliftBp).toBe(-2_000); // (8 − 10) ÷ 10
    expect(f.incrementalGrossProfitMinor).toBe(-200_000);
    expect(f.roiBp).toBe(-3_077); // −200,000 ÷ 650,000 = −0.30769…
  });

  it('not a coupon: no redemption rate; a coupon of which none were issued: "—" as well', () => {
    expect(
      evaluateCampaign({ ...campaign, couponsIssued: null, couponsUsed: 0 }).redemptionRateBp,
    ).toBeNull();
    expect(evaluateCampaign({ ...campaign, couponsIssued: 0, couponsUsed: 0 }).redemptionRateBp).toBeNull();
  });

  it('no budget: nothing to compare; a budget of 0: overspent by the actual cost, share "—"', () => {
    const none = evaluateCampaign({ ...campaign, budgetMinor: null });
    expect([none.budgetMinor, none.budgetLeftMinor, none.budgetUsedBp]).toEqual([null, null, null]);
    const zero = evaluateCampaign({ ...campaign, budgetMinor: 0 });
    expect([zero.budgetLeftMinor, zero.budgetUsedBp]).toEqual([-650_000, null]);
  });

  it('over budget: a negative amount left and more than 100 % used', () => {
    const f = evaluateCampaign({ ...campaign, budgetMinor: 500_000 });
    expect([f.budgetLeftMinor, f.budgetUsedBp]).toEqual([-150_000, 13_000]);
  });

  it('not started (0 days): every daily figure, uplift, ROI and ROAS is "—", the increment 0', () => {
    const zero = { units: 0, netSales: frac(0), grossProfit: frac(0) };
    const f = evaluateCampaign({ ...campaign, days: 0, during: zero, baseline: zero, couponsUsed: 0 });
    expect([f.dailyUnits, f.baselineDailyUnits, f.dailyNetSalesMinor, f.baselineDailyNetSalesMinor]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([f.upliftBp, f.netSalesUpliftBp, f.roiBp, f.roasBp]).toEqual([null, null, null, null]);
    expect(f.incrementalGrossProfitMinor).toBe(0);
    expect(f.redemptionRateBp).toBe(0); // 0 of 500 issued coupons used so far is a real 0 %
  });
});

describe('evaluateCampaign — exact rounding, once, half away from zero', () => {
  it('daily units to 0.01 but uplift from the exact averages: 11/3 vs 10/3 is +10 % exactly', () => {
    const f = evaluateCampaign({
      ...campaign,
      days: 3,
      during: { units: 11, netSales: frac(1_000), grossProfit: frac(0) },
      baseline: { units: 10, netSales: frac(1_000), grossProfit: frac(0) },
    });
    expect([f.dailyUnits, f.baselineDailyUnits]).toEqual([3.67, 3.33]);
    expect(f.upliftBp).toBe(1_000); // (3.67 − 3.33) ÷ 3.33 would say 10.21 %
    expect([f.dailyNetSalesMinor, f.netSalesUpliftBp]).toEqual([333, 0]);
  });

  it('FX-converted halves round away from zero at the end: 1000.5 → 1001, −1000.5 → −1001', () => {
    const zero = { units: 0, netSales: frac(0), grossProfit: frac(0) };
    const up = evaluateCampaign({
      ...campaign,
      during: { units: 1, netSales: frac(2_001, 2), grossProfit: frac(2_001, 2) },
      baseline: zero,
      attributedDiscounts: frac(1, 2),
      giftCost: frac(1, 2),
    });
    expect([up.netSalesMinor, up.grossProfitMinor, up.incrementalGrossProfitMinor]).toEqual([
      1001, 1001, 1001,
    ]);
    // ½ + ½ is exactly 1: each part rounds to 1, the sum is not 2.
    expect([up.attributedDiscountMinor, up.giftCostMinor, up.discountCostMinor]).toEqual([1, 1, 1]);
    const down = evaluateCampaign({
      ...campaign,
      during: { units: 1, netSales: frac(0), grossProfit: frac(-2_001, 2) },
      baseline: zero,
    });
    expect(down.incrementalGrossProfitMinor).toBe(-1001);
  });

  it('a ratio at exactly half a basis point rounds away from zero', () => {
    // ROAS = 100,005 ÷ 200,000 = 0.500025 → 5000.25 bp → 5000; 100,010 ÷ 200,000 → 5000.5 bp → 5001.
    const at = (net: number) =>
      evaluateCampaign({ ...campaign, during: { ...campaign.during, netSales: frac(net) } }).roasBp;
    expect(at(100_005)).toBe(5_000);
    expect(at(100_010)).toBe(5_001);
  });
});
