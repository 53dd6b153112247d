/**
 * METRICS.md Promotions figures of one campaign, exact: money is carried as Fractions of base-currency minor
 * units and rounded once, at the end (half away from zero); ratios are basis points of one (1234 = 12.34 %);
 * every ratio whose denominator is 0 is null, shown as "—" — never 0, ∞ or NaN.
 *
 * The sums come from the campaign's scope (its SKUs on its storefronts) in two periods of equal length: the
 * campaign days evaluated and the baseline just before (evaluation-periods.ts). "Campaign net sales" (ROAS)
 * is the scope's net sales during the campaign — the same sales uplift is measured on.
 */
import { frac, mul, roundHalfAwayFromZero, sub, sum, type Fraction } from '../fraction';
import { ratio } from '../metrics';

/** What the scope sold in one period: valid orders, base-currency minor units, exact. */
export interface ScopeSums {
  units: number;
  netSales: Fraction;
  grossProfit: Fraction;
}

export interface EvaluationInput {
  /** Days evaluated (campaign days so far when live); the baseline has as many. 0 = not started. */
  days: number;
  during: ScopeSums;
  baseline: ScopeSums;
  /** Σ discounts attributed to the campaign on its order lines (base minor units). */
  attributedDiscounts: Fraction;
  /** Cost of the gifts given (gift units × their unit cost, base minor units). */
  giftCost: Fraction;
  /** What the campaign cost besides discounts (ads, fees for the slot), base minor units. */
  spendMinor: number;
  /** Planned budget, base minor units; null when none was set. */
  budgetMinor: number | null;
  /** Coupons issued; null for campaigns that are not coupons. */
  couponsIssued: number | null;
  /** Coupons redeemed (orders the coupon was attributed to by its code). */
  couponsUsed: number;
}

export interface EvaluationFigures {
  days: number;
  units: number;
  baselineUnits: number;
  /** Daily averages of units, to 0.01 unit (a display figure; uplift is computed from the exact values). */
  dailyUnits: number | null;
  baselineDailyUnits: number | null;
  netSalesMinor: number;
  baselineNetSalesMinor: number;
  dailyNetSalesMinor: number | null;
  baselineDailyNetSalesMinor: number | null;
  grossProfitMinor: number;
  baselineGrossProfitMinor: number;
  /** uplift = (daily units during − baseline daily units) ÷ baseline daily units. */
  upliftBp: number | null;
  /** The same change measured on net sales instead of units. */
  netSalesUpliftBp: number | null;
  attributedDiscountMinor: number;
  giftCostMinor: number;
  /** discount_cost = Σ attributed discounts + cost of gifts given. */
  discountCostMinor: number;
  /** gross_profit during − baseline daily gross_profit × campaign days. */
  incrementalGrossProfitMinor: number;
  spendMinor: number;
  /** ROI = incremental_gross_profit ÷ (discount_cost + spend). */
  roiBp: number | null;
  /** ROAS (投产比) = campaign net sales ÷ spend; labelled ROAS, never ROI. */
  roasBp: number | null;
  couponsIssued: number | null;
  couponsUsed: number;
  /** redemption_rate = coupons used ÷ coupons issued; null for non-coupons and when none were issued. */
  redemptionRateBp: number | null;
  budgetMinor: number | null;
  /** What the campaign actually cost: discount_cost + spend. */
  actualCostMinor: number;
  /** budget − actual cost (negative = over budget); null without a budget. */
  budgetLeftMinor: number | null;
  /** actual cost ÷ budget; null without a budget or with a budget of 0. */
  budgetUsedBp: number | null;
}

const minor = (v: Fraction): number => roundHalfAwayFromZero(v);
const bp = (v: Fraction | null): number | null =>
  v === null ? null : roundHalfAwayFromZero(mul(v, frac(10_000)));
const perDay = (v: Fraction | number, days: number): Fraction | null => ratio(v, days);
const hundredths = (v: Fraction | null): number | null =>
  v === null ? null : roundHalfAwayFromZero(mul(v, frac(100))) / 100;

/** (during − before) ÷ before, the uplift of a daily average; null when the baseline is 0. */
function uplift(during: Fraction | null, before: Fraction | null): Fraction | null {
  if (during === null || before === null) return null;
  return ratio(sub(during, before), before);
}

/** Every METRICS.md Promotions figure of one campaign from its scope's sums. */
export function evaluateCampaign(input: EvaluationInput): EvaluationFigures {
  const { days, during, baseline } = input;
  const dailyUnits = perDay(during.units, days);
  const baselineDailyUnits = perDay(baseline.units, days);
  const dailyNet = perDay(during.netSales, days);
  const baselineDailyNet = perDay(baseline.netSales, days);
  const baselineDailyProfit = perDay(baseline.grossProfit, days);
  const discountCost = sum(input.attributedDiscounts, input.giftCost);
  // With no day evaluated yet there is nothing to compare: the increment is 0, not a guess.
  const incremental =
    baselineDailyProfit === null ? frac(0) : sub(during.grossProfit, mul(baselineDailyProfit, frac(days)));
  const spend = frac(input.spendMinor);
  const actualCost = sum(discountCost, spend);
  const budget = input.budgetMinor;
  return {
    days,
    units: during.units,
    baselineUnits: baseline.units,
    dailyUnits: hundredths(dailyUnits),
    baselineDailyUnits: hundredths(baselineDailyUnits),
    netSalesMinor: minor(during.netSales),
    baselineNetSalesMinor: minor(baseline.netSales),
    dailyNetSalesMinor: dailyNet === null ? null : minor(dailyNet),
    baselineDailyNetSalesMinor: baselineDailyNet === null ? null : minor(baselineDailyNet),
    grossProfitMinor: minor(during.grossProfit),
    baselineGrossProfitMinor: minor(baseline.grossProfit),
    upliftBp: bp(uplift(dailyUnits, baselineDailyUnits)),
    netSalesUpliftBp: bp(uplift(dailyNet, baselineDailyNet)),
    attributedDiscountMinor: minor(input.attributedDiscounts),
    giftCostMinor: minor(input.giftCost),
    discountCostMinor: minor(discountCost),
    incrementalGrossProfitMinor: minor(incremental),
    spendMinor: input.spendMinor,
    roiBp: days === 0 ? null : bp(ratio(incremental, actualCost)),
    roasBp: days === 0 ? null : bp(ratio(during.netSales, spend)),
    couponsIssued: input.couponsIssued,
    couponsUsed: input.couponsUsed,
    redemptionRateBp: input.couponsIssued === null ? null : bp(ratio(input.couponsUsed, input.couponsIssued)),
    budgetMinor: budget,
    actualCostMinor: minor(actualCost),
    budgetLeftMinor: budget === null ? null : minor(sub(frac(budget), actualCost)),
    budgetUsedBp: budget === null ? null : bp(ratio(actualCost, budget)),
  };
}
