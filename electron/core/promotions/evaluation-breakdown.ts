import type { Sqlite } from '../db/connection';
import { frac, roundHalfAwayFromZero, sum, type Fraction } from '../../../shared/logic/fraction';
import { addDays, periodDays, ratio, type Period } from '../../../shared/logic/metrics';
import { baselineBand } from '../../../shared/logic/promotions/evaluation-band';
import type {
  EvaluationDay,
  EvaluationSeries,
  SkuEvaluation,
  StorefrontEvaluation,
} from '../../../shared/domain/promotions-evaluation';
import { scaledToMinor } from '../orders/rollups/product-profit';
import { readStorefronts } from '../pricing/raw-context';
import type { AttributedRow, ScopeRow } from './evaluation-sums';

/** Totals of scope rows: units, and net sales / gross profit in SCALE base units. */
export interface RowTotals {
  units: number;
  net: bigint;
  profit: bigint;
}

const empty = (): RowTotals => ({ units: 0, net: 0n, profit: 0n });

export function totalsBy(rows: readonly ScopeRow[], key: (r: ScopeRow) => string): Map<string, RowTotals> {
  const out = new Map<string, RowTotals>();
  for (const r of rows) {
    const k = key(r);
    let t = out.get(k);
    if (!t) out.set(k, (t = empty()));
    t.units += r.units;
    t.net += r.net;
    t.profit += r.profit;
  }
  return out;
}

export const totalOf = (rows: readonly ScopeRow[]): RowTotals => totalsBy(rows, () => '').get('') ?? empty();

/** Daily-average uplift of units in bp: (during − baseline) ÷ baseline over equal day counts; null on a 0 baseline. */
function upliftBp(units: number, baselineUnits: number): number | null {
  const r = ratio(units - baselineUnits, baselineUnits);
  return r === null ? null : roundHalfAwayFromZero({ num: r.num * 10_000n, den: r.den });
}

interface AttributedTotals {
  discount: Fraction;
  lines: number;
}

function attributedBy(rows: readonly AttributedRow[], key: (r: AttributedRow) => string) {
  const out = new Map<string, AttributedTotals>();
  for (const r of rows) {
    const k = key(r);
    const t = out.get(k) ?? { discount: frac(0), lines: 0 };
    out.set(k, { discount: sum(t.discount, r.discount), lines: t.lines + 1 });
  }
  return out;
}

function breakdown(
  during: RowTotals | undefined,
  before: RowTotals | undefined,
  attributed: AttributedTotals | undefined,
  costsHidden: boolean,
) {
  const d = during ?? empty();
  const b = before ?? empty();
  return {
    units: d.units,
    baselineUnits: b.units,
    netSalesMinor: scaledToMinor(d.net),
    baselineNetSalesMinor: scaledToMinor(b.net),
    grossProfitMinor: costsHidden ? null : scaledToMinor(d.profit),
    baselineGrossProfitMinor: costsHidden ? null : scaledToMinor(b.profit),
    upliftBp: upliftBp(d.units, b.units),
    attributedDiscountMinor: roundHalfAwayFromZero(attributed?.discount ?? frac(0)),
    attributedLines: attributed?.lines ?? 0,
  };
}

/** Every storefront of the campaign, in its order, during vs baseline. */
export function storefrontRows(
  sqlite: Sqlite,
  storefrontIds: readonly string[],
  during: readonly ScopeRow[],
  before: readonly ScopeRow[],
  attributed: readonly AttributedRow[],
  costsHidden: boolean,
): StorefrontEvaluation[] {
  const names = readStorefronts(sqlite);
  const d = totalsBy(during, (r) => r.storefrontId);
  const b = totalsBy(before, (r) => r.storefrontId);
  const a = attributedBy(attributed, (r) => r.storefrontId);
  return storefrontIds.map((id) => ({
    storefrontId: id,
    name: names.get(id)?.name ?? id,
    ...breakdown(d.get(id), b.get(id), a.get(id), costsHidden),
  }));
}

/** Every SKU sold in either period (or attributed), by net sales during, largest first. */
export function skuRows(
  during: readonly ScopeRow[],
  before: readonly ScopeRow[],
  attributed: readonly AttributedRow[],
  costsHidden: boolean,
): SkuEvaluation[] {
  const d = totalsBy(during, (r) => r.item);
  const b = totalsBy(before, (r) => r.item);
  const a = attributedBy(attributed, (r) => (r.skuId === null ? '' : `sku:${r.skuId}`));
  const names = new Map<string, ScopeRow>();
  for (const r of [...before, ...during]) names.set(r.item, r);
  const rows = [...names.values()].map((r) => ({
    skuId: r.skuId,
    skuCode: r.skuCode,
    title: r.title,
    ...breakdown(d.get(r.item), b.get(r.item), r.skuId === null ? undefined : a.get(r.item), costsHidden),
  }));
  return rows.sort((x, y) => y.netSalesMinor - x.netSalesMinor || (x.skuCode < y.skuCode ? -1 : 1));
}

function daysOf(period: Period, rows: readonly ScopeRow[], costsHidden: boolean): EvaluationDay[] {
  const byDay = totalsBy(rows, (r) => r.day);
  return Array.from({ length: periodDays(period) }, (_, i) => {
    const day = addDays(period.from, i);
    const t = byDay.get(day) ?? empty();
    return {
      day,
      units: t.units,
      netSalesMinor: scaledToMinor(t.net),
      grossProfitMinor: costsHidden ? null : scaledToMinor(t.profit),
    };
  });
}

/** The chart's series: every campaign day and baseline day (zeros included) and the baseline bands. */
export function dailySeries(
  during: Period | null,
  baseline: Period | null,
  duringRows: readonly ScopeRow[],
  baselineRows: readonly ScopeRow[],
  costsHidden: boolean,
): EvaluationSeries {
  if (!during || !baseline) return { days: [], baselineDays: [], unitsBand: null, netSalesBand: null };
  const baselineDays = daysOf(baseline, baselineRows, costsHidden);
  return {
    days: daysOf(during, duringRows, costsHidden),
    baselineDays,
    unitsBand: baselineBand(baselineDays.map((d) => d.units)),
    netSalesBand: baselineBand(baselineDays.map((d) => d.netSalesMinor)),
  };
}

/** Σ attributed discounts and gift costs, exact. */
export function attributedTotals(rows: readonly AttributedRow[]): {
  discounts: Fraction;
  giftCost: Fraction;
} {
  return {
    discounts: sum(...rows.map((r) => r.discount)),
    giftCost: frac(rows.reduce((s, r) => s + r.giftCost, 0)),
  };
}
