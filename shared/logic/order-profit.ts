/**
 * The profit of one order (METRICS.md Sales and Profit figures), exact. Order amounts are minor units of the
 * order's currency, fee-rule money (fixed fee, default shipping cost) minor units of the storefront's currency,
 * COGS base-currency minor units. Everything is carried as Fractions and converted at the FX rate of the order's
 * date; callers round once, at the end (roundHalfAwayFromZero), so a waterfall adds up to the cent.
 */
import type { FeeRules } from '../domain/storefronts';
import { compare, div, frac, fromBasisPoints, mul, sub, sum, ZERO, type Fraction } from './fraction';
import { fractionFromBase, fractionToBase } from './fx';
import { commissionRateFor } from './pricing/fees';

/** One line as the fee rule needs it; `category` is the matched product's category (null: unmatched or none). */
export interface ProfitLine {
  quantity: number;
  unitPriceMinor: number;
  /** Seller-funded discount on the whole line. */
  lineDiscountMinor: number;
  category: string | null;
}

/** The stored sums of one order (orders table), minor units of `currency` unless named otherwise. */
export interface ProfitOrder {
  currency: string;
  /** Σ unit price × quantity, before any discount. */
  grossMinor: number;
  lineDiscountMinor: number;
  /** Seller-funded order-level discounts (coupons, 满减), not already in line discounts. */
  orderDiscountMinor: number;
  /** Platform-funded: the seller still receives it, so it is shown but never subtracted. */
  platformDiscountMinor: number;
  shippingIncomeMinor: number;
  totalPaidMinor: number;
  refundedMinor: number;
  /** Base-currency minor units, captured at import. */
  cogsBaseMinor: number;
  /** Imported actual fees (positive = cost); null → the storefront's fee rule. */
  feesMinor: number | null;
  /** The order's own outbound shipping cost; null → the storefront's default. */
  shippingCostMinor: number | null;
  lines: readonly ProfitLine[];
}

export interface ProfitStorefront {
  currency: string;
  feeRules: FeeRules;
}

/**
 * FX for one order: `rates[currency]` is the rate text (base units per unit) in force on the order's
 * placed date, for the order's currency and the storefront's when they are not the base currency.
 */
export interface ProfitFx {
  baseCurrency: string;
  rates: Readonly<Record<string, string>>;
}

/** The fee rule's three parts, exact; commission and payment fee in the order's currency, fixedFee in the storefront's. */
export interface RuleFees {
  commission: Fraction;
  paymentFee: Fraction;
  fixedFee: Fraction;
}

/** An amount in the base currency and in the order's currency (minor units, exact). */
export interface ProfitAmount {
  base: Fraction;
  order: Fraction;
}

/** The waterfall of one order: net_sales + shipping_income − cogs − fees − shipping_cost = gross_profit. */
export interface OrderProfit {
  baseCurrency: string;
  currency: string;
  grossSales: ProfitAmount;
  /** Seller-funded: line + order-level discounts. */
  discounts: ProfitAmount;
  /** Shown for information; not part of `discounts` (METRICS.md). */
  platformDiscount: ProfitAmount;
  refunds: ProfitAmount;
  netSales: ProfitAmount;
  shippingIncome: ProfitAmount;
  cogs: ProfitAmount;
  fees: ProfitAmount;
  /** 'actual' when fees were imported for the order, 'rule' when the storefront's fee rule was applied. */
  feesSource: 'actual' | 'rule';
  /** The rule's parts when feesSource is 'rule' (they add up to `fees`), else null. */
  ruleFees: { commission: ProfitAmount; paymentFee: ProfitAmount; fixedFee: ProfitAmount } | null;
  shippingCost: ProfitAmount;
  shippingCostSource: 'order' | 'default';
  grossProfit: ProfitAmount;
  /** gross_profit ÷ net_sales; null when net_sales is 0 (shown as "—"). */
  grossMargin: Fraction | null;
}

const lineNet = (l: ProfitLine): number => l.quantity * l.unitPriceMinor - l.lineDiscountMinor;

/**
 * METRICS.md fee rule: commission % × (line amounts − seller discounts) + payment fee % × amount paid + fixed
 * fee per order. Each line pays its category's commission (storefront rate when it has no override); the
 * order-level discount is allocated across lines in proportion to their net amounts, exactly, which makes
 * the commission (Σ rate × line net) × (N − D) ÷ N for N = Σ line nets and D = the order discount. With no
 * line amount at all (N = 0) the discount is taken at the storefront's own rate.
 */
export function ruleFees(order: ProfitOrder, rules: FeeRules): RuleFees {
  const net = order.lines.reduce((s, l) => s + lineNet(l), 0);
  const weighted = order.lines.reduce(
    (s, l) => s + commissionRateFor(rules, l.category).rateBp * lineNet(l),
    0,
  );
  const discount = order.orderDiscountMinor;
  const commissionBp =
    net === 0
      ? frac(weighted - rules.commissionRateBp * discount)
      : mul(frac(weighted), frac(net - discount, net));
  return {
    commission: mul(commissionBp, fromBasisPoints(1)),
    paymentFee: mul(frac(order.totalPaidMinor), fromBasisPoints(rules.paymentFeeRateBp)),
    fixedFee: frac(rules.fixedFeeMinor),
  };
}

function rateFor(fx: ProfitFx, currency: string): string {
  if (currency === fx.baseCurrency) return '1';
  const rate = fx.rates[currency];
  if (rate === undefined) throw new RangeError(`No FX rate for ${currency} was given`);
  return rate;
}

/**
 * The profit waterfall of one order, in the base currency and in the order's currency. Throws a RangeError
 * when `fx` lacks the rate of the order's or the storefront's currency (callers check rates first and say
 * which date is missing).
 */
export function orderProfit(order: ProfitOrder, storefront: ProfitStorefront, fx: ProfitFx): OrderProfit {
  const base = fx.baseCurrency;
  const orderRate = rateFor(fx, order.currency);
  const fromOrder = (amount: Fraction): ProfitAmount => ({
    base: fractionToBase(amount, order.currency, base, orderRate),
    order: amount,
  });
  const fromBase = (amount: Fraction): ProfitAmount => ({
    base: amount,
    order: fractionFromBase(amount, base, order.currency, orderRate),
  });
  const fromStorefront = (amount: Fraction): ProfitAmount =>
    fromBase(fractionToBase(amount, storefront.currency, base, rateFor(fx, storefront.currency)));
  const plus = (...parts: ProfitAmount[]): ProfitAmount => ({
    base: sum(...parts.map((p) => p.base)),
    order: sum(...parts.map((p) => p.order)),
  });
  const minus = (a: ProfitAmount, ...parts: ProfitAmount[]): ProfitAmount => ({
    base: sub(a.base, plus(...parts).base),
    order: sub(a.order, plus(...parts).order),
  });

  const grossSales = fromOrder(frac(order.grossMinor));
  const discounts = fromOrder(frac(order.lineDiscountMinor + order.orderDiscountMinor));
  const refunds = fromOrder(frac(order.refundedMinor));
  const netSales = minus(grossSales, discounts, refunds);
  const shippingIncome = fromOrder(frac(order.shippingIncomeMinor));
  const cogs = fromBase(frac(order.cogsBaseMinor));

  let fees: ProfitAmount;
  let parts: OrderProfit['ruleFees'] = null;
  if (order.feesMinor !== null) {
    fees = fromOrder(frac(order.feesMinor));
  } else {
    const rule = ruleFees(order, storefront.feeRules);
    parts = {
      commission: fromOrder(rule.commission),
      paymentFee: fromOrder(rule.paymentFee),
      fixedFee: fromStorefront(rule.fixedFee),
    };
    fees = plus(parts.commission, parts.paymentFee, parts.fixedFee);
  }
  const shippingCost =
    order.shippingCostMinor !== null
      ? fromOrder(frac(order.shippingCostMinor))
      : fromStorefront(frac(storefront.feeRules.shippingCostMinor));
  const grossProfit = minus(plus(netSales, shippingIncome), cogs, fees, shippingCost);

  return {
    baseCurrency: base,
    currency: order.currency,
    grossSales,
    discounts,
    platformDiscount: fromOrder(frac(order.platformDiscountMinor)),
    refunds,
    netSales,
    shippingIncome,
    cogs,
    fees,
    feesSource: order.feesMinor !== null ? 'actual' : 'rule',
    ruleFees: parts,
    shippingCost,
    shippingCostSource: order.shippingCostMinor !== null ? 'order' : 'default',
    grossProfit,
    grossMargin: compare(netSales.base, ZERO) === 0 ? null : div(grossProfit.base, netSales.base),
  };
}
