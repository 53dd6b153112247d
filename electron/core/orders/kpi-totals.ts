import type { Sqlite } from '../db/connection';
import { AppError } from '../../../shared/api/result';
import { frac, fromBasisPoints, mul, sum, type Fraction } from '../../../shared/logic/fraction';
import { fractionToBase } from '../../../shared/logic/fx';
import type { RawStorefront } from '../pricing/raw-context';
import { emptyTotals, type MoneyTotals } from './kpi-money';
import { rateOnDay, readCommissionRows, readDayRows, type PeriodFilter } from './kpi-queries';

/** Rates in force per (currency, day), looked up once each; a missing one stops the figures with its name. */
export function fxLookup(sqlite: Sqlite, baseCurrency: string): (currency: string, day: string) => string {
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

/** What the sums are grouped by: per storefront (computeKpis) or per shop day (the daily series). */
export type TotalsBy = 'storefront' | 'day';

/**
 * Exact money sums of the valid orders in `filter`, per storefront or per day. Fees: imported actual fees
 * where the order has them; otherwise the fee rule — commission on order sums when one rate fits the
 * storefront, on line sums per category (and the pro-rata share of order discounts) when it has category
 * overrides. Rows come per (storefront, currency, day) from the daily rollups, so FX and fee rules apply to
 * exact day sums exactly as they would to each order.
 */
export function moneyTotals(
  sqlite: Sqlite,
  filter: PeriodFilter,
  storefronts: Map<string, RawStorefront>,
  baseCurrency: string,
  by: TotalsBy,
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
  const bp = fromBasisPoints(1);
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

    // Commission and payment fee in basis points × minor units of the order currency.
    const byLines = commissions.get(key);
    const commissionBp = byLines ? big(byLines.net) : big(BigInt(rules.commissionRateBp) * r.rule_base);
    const ruleFeesBp = sum(commissionBp, big(BigInt(rules.paymentFeeRateBp) * r.rule_paid));

    const group = by === 'storefront' ? r.sf : r.day;
    let t = result.get(group);
    if (!t) result.set(group, (t = emptyTotals()));
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
