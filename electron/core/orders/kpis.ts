import type { Sqlite } from '../db/connection';
import { AppError, notFound } from '../../../shared/api/result';
import type { KpisQuery } from '../../../shared/api/schemas/kpis';
import type { KpiFigures, KpiReport, StorefrontKpis } from '../../../shared/domain/kpis';
import {
  frac,
  fromBasisPoints,
  mul,
  roundHalfAwayFromZero,
  sub,
  sum,
  type Fraction,
} from '../../../shared/logic/fraction';
import { fractionToBase } from '../../../shared/logic/fx';
import {
  averageOrderValue,
  grossMargin,
  grossProfit,
  netSales,
  previousPeriod,
  refundRate,
  repurchaseRate,
  retention,
  type CustomerCounts,
  type ProfitTotals,
} from '../../../shared/logic/metrics';
import { readShop, readStorefronts, type RawStorefront } from '../pricing/raw-context';
import { addTotals, emptyTotals, sumRemainders, type MoneyTotals } from './kpi-money';
import {
  rateOnDay,
  readCustomerRows,
  readDayRows,
  readCommissionRows,
  type PeriodFilter,
} from './kpi-queries';

/** Rates in force per (currency, day), looked up once each; a missing one stops the figures with its name. */
function fxLookup(sqlite: Sqlite, baseCurrency: string): (currency: string, day: string) => string {
  const cache = new Map<string, string>();
  return (currency, day) => {
    if (currency === baseCurrency) return '1';
    const key = `${currency}|${day}`;
    let rate = cache.get(key);
    if (rate === undefined) {
      rate = rateOnDay(sqlite, currency, day);
      if (rate === undefined) {
        throw new AppError(
          'INVALID_INPUT',
          `No FX rate for ${currency} on or before ${day}: orders of that day need it to be converted to ` +
            `${baseCurrency}. Add one in Settings or with: channeldesk fx add --currency ${currency} --date ${day} --rate …`,
          {
            key: 'fxRateMissing',
            params: { currency, date: day },
            issues: [{ path: 'currency', message: 'fxMissing' }],
          },
        );
      }
      cache.set(key, rate);
    }
    return rate;
  };
}

const big = (v: bigint): Fraction => frac(v);
const count = (v: bigint): number => Number(v);
const cellKey = (sf: string, currency: string, day: string): string => `${sf}|${currency}|${day}`;

/**
 * Exact money sums per storefront of the valid orders in `filter`. Fees: imported actual fees where the order
 * has them; otherwise the fee rule — commission on order sums when one rate fits the storefront, on line sums
 * per category (and the pro-rata share of order discounts) when it has category overrides.
 */
function moneyByStorefront(
  sqlite: Sqlite,
  filter: PeriodFilter,
  storefronts: Map<string, RawStorefront>,
  baseCurrency: string,
): Map<string, MoneyTotals> {
  const rate = fxLookup(sqlite, baseCurrency);
  // Storefronts with category overrides: commission from line sums, less the pro-rata order-discount share.
  const commissions = new Map<string, { net: bigint; remainders: Fraction[] }>();
  for (const r of readCommissionRows(sqlite, filter)) {
    const key = cellKey(r.sf, r.currency, r.day);
    const entry = commissions.get(key) ?? { net: 0n, remainders: [] };
    commissions.set(key, entry);
    entry.net += r.weighted - r.whole;
    if (r.rem !== 0n) entry.remainders.push(frac(r.rem, r.den));
  }

  const result = new Map<string, MoneyTotals>();
  for (const r of readDayRows(sqlite, filter)) {
    const sf = storefronts.get(r.sf)!;
    const rules = sf.feeRules;
    const key = cellKey(r.sf, r.currency, r.day);
    const toBase = (amount: Fraction): Fraction =>
      fractionToBase(amount, r.currency, baseCurrency, rate(r.currency, r.day));
    const sfToBase = (amount: Fraction): Fraction =>
      amount.num === 0n
        ? amount
        : fractionToBase(amount, sf.currency, baseCurrency, rate(sf.currency, r.day));
    const bp = fromBasisPoints(1);

    // Commission and payment fee in basis points × minor units of the order currency.
    const byLines = commissions.get(key);
    const commissionBp = byLines ? big(byLines.net) : big(BigInt(rules.commissionRateBp) * r.rule_base);
    const ruleFeesBp = sum(commissionBp, big(BigInt(rules.paymentFeeRateBp) * r.rule_paid));

    let t = result.get(r.sf);
    if (!t) result.set(r.sf, (t = emptyTotals()));
    t.orders += count(r.orders);
    t.units += count(r.units);
    t.unmatchedLines += count(r.unmatched);
    t.grossSales = sum(t.grossSales, toBase(big(r.gross)));
    t.discounts = sum(t.discounts, toBase(big(r.discounts)));
    t.refunds = sum(t.refunds, toBase(big(r.refunds)));
    t.shippingIncome = sum(t.shippingIncome, toBase(big(r.shipping_income)));
    t.cogs = sum(t.cogs, big(r.cogs));
    t.fees = sum(
      t.fees,
      toBase(sum(big(r.actual_fees), mul(ruleFeesBp, bp))),
      sfToBase(big(BigInt(rules.fixedFeeMinor) * r.rule_orders)),
    );
    t.shippingCost = sum(
      t.shippingCost,
      toBase(big(r.own_shipping)),
      sfToBase(big(BigInt(rules.shippingCostMinor) * r.default_shipping_orders)),
    );
    for (const f of byLines?.remainders ?? []) t.feeRemainders.push(toBase(mul(f, bp)));
  }
  return result;
}

type Customers = CustomerCounts & { newCustomers: number };

/** Buyers, repeat buyers, new customers and retention per storefront id, and under `null` for the selection. */
function customerCounts(sqlite: Sqlite, filter: PeriodFilter): Map<string | null, Customers> {
  const result = new Map<string | null, Customers>();
  for (const r of readCustomerRows(sqlite, filter, previousPeriod(filter))) {
    result.set(r.sf, {
      buyers: count(r.buyers),
      repeatBuyers: count(r.repeat_buyers),
      newCustomers: count(r.new_customers),
      previousBuyers: count(r.previous),
      retainedBuyers: count(r.retained),
    });
  }
  return result;
}

const minor = (f: Fraction): number => roundHalfAwayFromZero(f);
const bpOf = (f: Fraction | null): number | null =>
  f === null ? null : roundHalfAwayFromZero(mul(f, frac(10_000)));

function figures(money: MoneyTotals, customers: Customers | undefined): KpiFigures {
  const totals: ProfitTotals = { ...money, fees: sub(money.fees, sumRemainders(money.feeRemainders)) };
  const aov = averageOrderValue(totals);
  const c = customers ?? {
    buyers: 0,
    repeatBuyers: 0,
    previousBuyers: 0,
    retainedBuyers: 0,
    newCustomers: 0,
  };
  return {
    orders: money.orders,
    units: money.units,
    grossSalesMinor: minor(totals.grossSales),
    discountsMinor: minor(totals.discounts),
    refundsMinor: minor(totals.refunds),
    netSalesMinor: minor(netSales(totals)),
    shippingIncomeMinor: minor(totals.shippingIncome),
    averageOrderValueMinor: aov === null ? null : minor(aov),
    refundRateBp: bpOf(refundRate(totals)),
    cogsMinor: minor(totals.cogs),
    unmatchedLines: money.unmatchedLines,
    feesMinor: minor(totals.fees),
    shippingCostMinor: minor(totals.shippingCost),
    grossProfitMinor: minor(grossProfit(totals)),
    grossMarginBp: bpOf(grossMargin(totals)),
    buyers: c.buyers,
    newCustomers: c.newCustomers,
    repurchaseRateBp: bpOf(repurchaseRate(c)),
    retentionBp: bpOf(retention(c)),
  };
}

/**
 * METRICS.md figures of the valid orders placed in `from…to` (shop-time-zone days, both included), per
 * storefront and in total, in the base currency. Each figure is rounded once from its exact sum. Unknown
 * storefront → NOT_FOUND; an order date without an FX rate for its currency → INVALID_INPUT naming both.
 */
export function computeKpis(sqlite: Sqlite, query: KpisQuery): KpiReport {
  const { baseCurrency } = readShop(sqlite);
  const storefronts = readStorefronts(sqlite);
  if (query.storefrontId !== undefined && !storefronts.has(query.storefrontId)) {
    throw notFound('storefront', query.storefrontId);
  }
  const filter: PeriodFilter = { from: query.from, to: query.to, storefrontId: query.storefrontId };
  const money = moneyByStorefront(sqlite, filter, storefronts, baseCurrency);
  const customers = customerCounts(sqlite, filter);

  const shown = [...storefronts.values()]
    .filter((s) => (query.storefrontId ? s.id === query.storefrontId : !s.archived || money.has(s.id)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rows: StorefrontKpis[] = shown.map((s) => ({
    storefrontId: s.id,
    name: s.name,
    ...figures(money.get(s.id) ?? emptyTotals(), customers.get(s.id)),
  }));
  const all = [...money.values()].reduce(addTotals, emptyTotals());
  return {
    baseCurrency,
    from: query.from,
    to: query.to,
    previous: previousPeriod(query),
    storefronts: rows,
    total: figures(all, customers.get(null)),
  };
}
