import type { Sqlite } from '../db/connection';
import { notFound } from '../../../shared/api/result';
import type { KpisQuery } from '../../../shared/api/schemas/kpis';
import type { KpiFigures, KpiReport, StorefrontKpis } from '../../../shared/domain/kpis';
import { frac, mul, roundHalfAwayFromZero, sub, type Fraction } from '../../../shared/logic/fraction';
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
import { readShop, readStorefronts } from '../pricing/raw-context';
import { addTotals, emptyTotals, sumRemainders, type MoneyTotals } from './kpi-money';
import { readCustomerRows } from './customer-counts';
import type { PeriodFilter } from './kpi-queries';
import { moneyTotals } from './kpi-totals';
import { ensureRollupsFresh } from './rollups/refresh-rollups';

const count = (v: bigint): number => Number(v);

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
  ensureRollupsFresh(sqlite);
  const { baseCurrency } = readShop(sqlite);
  const storefronts = readStorefronts(sqlite);
  if (query.storefrontId !== undefined && !storefronts.has(query.storefrontId)) {
    throw notFound('storefront', query.storefrontId);
  }
  const filter: PeriodFilter = { from: query.from, to: query.to, storefrontId: query.storefrontId };
  const money = moneyTotals(sqlite, filter, storefronts, baseCurrency, 'storefront');
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
