import type { Sqlite } from '../../db/connection';
import { AppError, notFound } from '../../../../shared/api/result';
import { currencyMinorDigits } from '../../../../shared/logic/decimal';
import { roundHalfAwayFromZero } from '../../../../shared/logic/fraction';
import { parseFxRate } from '../../../../shared/logic/fx';
import { readShop, readStorefronts, stmt } from '../../pricing/raw-context';
import { fxLookup } from '../kpi-totals';
import { SHARE_SCALE } from './product-lines-sql';
import { readProductProfitSums, type ProductProfitSums } from './product-sums';

export interface ProductProfitRow {
  /** null for lines no SKU matched: they are grouped by their imported SKU code. */
  skuId: string | null;
  skuCode: string;
  title: string;
  units: number;
  /** Base-currency minor units, each rounded once from the product's sum. */
  netSalesMinor: number;
  cogsMinor: number;
  feesMinor: number;
  grossProfitMinor: number;
  /** gross profit ÷ net sales in basis points; null when net sales are 0. */
  grossMarginBp: number | null;
}

/*
 * Sums are carried as BigInt in one fixed unit, 1/SCALE of a base minor unit, so adding rows is integer work
 * without a gcd per step. Shares come in millionths (SHARE_SCALE), fee rates in basis points (10^4); FX rates
 * have at most 6 decimals (10^6) and a currency at most 3 minor digits more than the base (10^3). SCALE
 * covers all four, so every term is an exact integer and each figure is rounded once, at the end.
 */
const S = BigInt(SHARE_SCALE);
const BP = 10_000n;
const RATE_UNIT = 1_000_000n;
export const SCALE = S * BP * RATE_UNIT * 1_000n;

/** Multiplier from 1/(S·10^4) minor units of `currency` to SCALE units of the base currency. */
function toBaseFactor(currency: string, baseCurrency: string, rateText: string): bigint {
  if (currency === baseCurrency) return RATE_UNIT * 1_000n;
  const rate = parseFxRate(rateText)!;
  const rateNum = (rate.num * RATE_UNIT) / rate.den; // exact: rates have at most 6 decimals
  return rateNum * 10n ** BigInt(3 + currencyMinorDigits(baseCurrency) - currencyMinorDigits(currency));
}

interface Acc {
  skuId: string | null;
  skuCode: string;
  title: string;
  units: bigint;
  net: bigint;
  cogs: bigint;
  fees: bigint;
  profit: bigint;
}

// roundHalfAwayFromZero needs no reduced fraction, and frac's gcd of two ~10^25 numbers was most of the JS time
// of a month (≈ 2,700 products × 5 roundings).
const minor = (v: bigint): number => roundHalfAwayFromZero({ num: v, den: SCALE });

/** profit ÷ net in basis points, rounded once (net ≠ 0), without reducing the fraction first. */
const marginBp = (profit: bigint, net: bigint): number =>
  roundHalfAwayFromZero(
    net < 0n ? { num: -profit * 10_000n, den: -net } : { num: profit * 10_000n, den: net },
  );

/** SCALE units of the base currency (exact) → base minor units, rounded once, half away from zero. */
export const scaledToMinor = minor;

/** The rate text of `currency` entered on `date` (the date in force, found by the sums query). */
function rateOn(sqlite: Sqlite, currency: string, date: string): string {
  return (
    stmt(sqlite, 'SELECT rate FROM fx_rates WHERE currency = ? AND date = ?').get(currency, date) as {
      rate: string;
    }
  ).rate;
}

/** Multiplier into SCALE base units for a sums row's currency and rate date (cached per pair). */
export type BaseFactor = (currency: string, rateDate: string | null, day: string) => bigint;

/** The FX factors of readProductProfit; a day without a rate stops with computeKpis' fxRateMissing error. */
export function baseFactors(sqlite: Sqlite, baseCurrency: string): BaseFactor {
  const factors = new Map<string, bigint>();
  return (currency, rateDate, day) => {
    if (currency === baseCurrency) return RATE_UNIT * 1_000n;
    if (rateDate === null) {
      fxLookup(sqlite, baseCurrency)(currency, day); // throws the fxRateMissing error naming the day
      throw new AppError('INVALID_INPUT', `No FX rate for ${currency} on or before ${day}`);
    }
    const key = `${currency}|${rateDate}`;
    let f = factors.get(key);
    if (f === undefined) {
      f = toBaseFactor(currency, baseCurrency, rateOn(sqlite, currency, rateDate));
      factors.set(key, f);
    }
    return f;
  };
}

/** One sums row's figures in SCALE units of the base currency, exact. */
export interface ScaledFigures {
  net: bigint;
  cogs: bigint;
  fees: bigint;
  profit: bigint;
}

/** A sums row (product-sums.ts units) with its fee rules applied, converted to SCALE base units. */
export function scaledFigures(r: ProductProfitSums, factor: BaseFactor): ScaledFigures {
  // Order-currency amounts in 1/(S·10^4) minor units, then the storefront-currency fee-rule money.
  const net = (r.line_net * S - r.deductions) * BP;
  const shippingIncome = r.shipping_income * BP;
  const feesOrder = r.actual_fees * BP + (r.commission_net * S - r.commission_discount) + r.payment_fee;
  const shippingOrder = r.own_shipping * BP;
  const feesSf = r.fixed_fees * BP;
  const shippingSf = r.default_shipping * BP;

  const fo = factor(r.currency, r.order_rate, r.first_day);
  const fs = feesSf === 0n && shippingSf === 0n ? 0n : factor(r.sf_currency, r.sf_rate, r.first_day);
  const netBase = net * fo;
  const cogsBase = r.cogs * S * BP * RATE_UNIT * 1_000n;
  const feesBase = feesOrder * fo + feesSf * fs;
  const profit = netBase + (shippingIncome - shippingOrder) * fo - shippingSf * fs - cogsBase - feesBase;
  return { net: netBase, cogs: cogsBase, fees: feesBase, profit };
}

/**
 * Every SKU sold in the period (valid orders), sorted by gross profit descending; base currency. Order-level
 * amounts are allocated to lines as product-lines-sql.ts describes, so Σ gross profit over the rows equals
 * computeKpis' gross_profit up to one rounding per row. FX per (currency, day) like computeKpis; a day
 * without a rate stops with the same message as computeKpis.
 */
export function readProductProfit(
  sqlite: Sqlite,
  q: { from: string; to: string; storefrontId?: string },
): ProductProfitRow[] {
  const { baseCurrency } = readShop(sqlite);
  if (q.storefrontId !== undefined && !readStorefronts(sqlite).has(q.storefrontId)) {
    throw notFound('storefront', q.storefrontId);
  }
  const factor = baseFactors(sqlite, baseCurrency);

  const byItem = new Map<string, Acc>();
  for (const r of readProductProfitSums(sqlite, q, baseCurrency) as ProductProfitSums[]) {
    const f = scaledFigures(r, factor);
    let acc = byItem.get(r.item);
    if (!acc) {
      acc = {
        skuId: r.sku_id,
        skuCode: r.sku_code,
        title: r.title,
        units: 0n,
        net: 0n,
        cogs: 0n,
        fees: 0n,
        profit: 0n,
      };
      byItem.set(r.item, acc);
    }
    acc.units += r.units;
    acc.net += f.net;
    acc.cogs += f.cogs;
    acc.fees += f.fees;
    acc.profit += f.profit;
  }

  const rows: ProductProfitRow[] = [...byItem.values()].map((a) => ({
    skuId: a.skuId,
    skuCode: a.skuCode,
    title: a.title,
    units: Number(a.units),
    netSalesMinor: minor(a.net),
    cogsMinor: minor(a.cogs),
    feesMinor: minor(a.fees),
    grossProfitMinor: minor(a.profit),
    grossMarginBp: a.net === 0n ? null : marginBp(a.profit, a.net),
  }));
  return rows.sort(
    (x, y) =>
      y.grossProfitMinor - x.grossProfitMinor || (x.skuCode < y.skuCode ? -1 : x.skuCode > y.skuCode ? 1 : 0),
  );
}
