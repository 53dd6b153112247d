import type { Sqlite } from '../db/connection';
import { notFound } from '../../../shared/api/result';
import type { AttributionRule, CampaignTerms, CampaignType } from '../../../shared/domain/promotions';
import { attributionRules } from '../../../shared/domain/promotions';
import type {
  CampaignComparison,
  CampaignEvaluation,
  CampaignEvaluationWithSeries,
  VisibleEvaluationFigures,
} from '../../../shared/domain/promotions-evaluation';
import { evaluationCostKeys, evaluationGiftSumKeys } from '../../../shared/domain/promotions-evaluation';
import { localDate } from '../../../shared/logic/dates';
import { frac, roundHalfAwayFromZero } from '../../../shared/logic/fraction';
import { fractionToBase } from '../../../shared/logic/fx';
import { nowIso } from '../../../shared/logic/ids';
import { evaluateCampaign, type EvaluationFigures } from '../../../shared/logic/promotions/evaluation';
import {
  evaluationPeriods,
  type EvaluationPeriods,
} from '../../../shared/logic/promotions/evaluation-periods';
import { costsHiddenFor } from '../dashboard/service';
import { fxLookup } from '../orders/kpi-totals';
import { readShop, stmt } from '../pricing/raw-context';
import { campaignStorefronts, scopeSkuIds } from './attribution-campaigns';
import { attributedTotals, dailySeries, skuRows, storefrontRows, totalOf } from './evaluation-breakdown';
import { readAttributedRows, readScopeRows, scaledFraction, type ScopeRow } from './evaluation-sums';

/**
 * promotions.evaluate / compare (METRICS.md Promotions): live while a campaign runs (up to today, against a
 * baseline as long as the days so far), final after it ends. The scope's sales come from the daily product
 * rollups (evaluation-sums.ts), the discounts from attribution's campaign_order_lines; everything is in the
 * shop's base currency, spend and budget converted from the campaign's currency at the rate in force on its
 * first day. A campaign cancelled early is evaluated up to the day it was cancelled.
 */

interface CampaignRow {
  id: string;
  name: string;
  type: CampaignType;
  state: 'draft' | 'scheduled' | 'cancelled';
  currency: string;
  terms: string;
  start_at: string;
  end_at: string;
  budget_minor: number | null;
  spend_minor: number;
  cancelled_at: string | null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function readCampaign(sqlite: Sqlite, id: string): CampaignRow {
  const row = stmt(
    sqlite,
    `SELECT id, name, type, state, currency, terms, start_at, end_at, budget_minor, spend_minor, cancelled_at
       FROM campaigns WHERE id = ?`,
  ).get(id) as CampaignRow | undefined;
  if (!row) throw notFound('campaign', id);
  return row;
}

/** Derived state as shared/domain/promotions.ts defines it: draft and cancelled stored, the rest by the clock. */
function campaignState(row: CampaignRow, nowMs: number): CampaignEvaluation['campaignState'] {
  if (row.state !== 'scheduled') return row.state;
  if (nowMs < Date.parse(row.start_at)) return 'scheduled';
  return nowMs < Date.parse(row.end_at) ? 'active' : 'ended';
}

/** The campaign's shop days: [start, end) → start day … the day of its last moment (cancelled: up to then). */
function shopWindow(row: CampaignRow, timezone: string): { from: string; to: string; cutMs: number } {
  const endMs = Date.parse(row.end_at);
  const cutMs = row.cancelled_at === null ? endMs : Math.min(endMs, Date.parse(row.cancelled_at));
  const from = localDate(row.start_at, timezone);
  const last = localDate(iso(Math.max(Date.parse(row.start_at), cutMs - 1)), timezone);
  return { from, to: last < from ? from : last, cutMs };
}

function periodsOf(row: CampaignRow, window: { from: string; to: string; cutMs: number }, today: string) {
  const periods = evaluationPeriods(window, today);
  // Cancelled before it began: it never ran, so nothing is evaluated, even once its dates have passed.
  if (window.cutMs <= Date.parse(row.start_at)) {
    return { ...periods, state: 'final', during: null, baseline: null, days: 0 } satisfies EvaluationPeriods;
  }
  return periods;
}

function hide(f: EvaluationFigures, costsHidden: boolean): VisibleEvaluationFigures {
  if (!costsHidden) return f;
  const out: VisibleEvaluationFigures = { ...f };
  for (const k of evaluationCostKeys) out[k] = null;
  // Gift cost is a cost of goods; the sums it is part of would give it away.
  if (f.giftCostMinor !== 0) for (const k of evaluationGiftSumKeys) out[k] = null;
  return out;
}

export interface EvaluateOptions {
  /** The moment "today" is taken from (tests); now by default. */
  now?: string;
}

/** One campaign's evaluation with its daily series (the evaluation page and its chart). */
export function evaluateCampaignById(
  sqlite: Sqlite,
  id: string,
  options: EvaluateOptions = {},
): CampaignEvaluationWithSeries {
  const row = readCampaign(sqlite, id);
  const { baseCurrency, timezone } = readShop(sqlite);
  const now = options.now ?? nowIso();
  const window = shopWindow(row, timezone);
  const periods = periodsOf(row, window, localDate(now, timezone));
  const costsHidden = costsHiddenFor(sqlite);
  const terms = JSON.parse(row.terms) as CampaignTerms;
  const storefrontIds = campaignStorefronts(sqlite, id);
  const skus = scopeSkuIds(sqlite, id);
  const scope = { storefrontIds, skuIds: skus === null ? null : [...skus] };

  const read = (p: { from: string; to: string } | null): ScopeRow[] =>
    p === null ? [] : readScopeRows(sqlite, scope, p, baseCurrency);
  const duringRows = read(periods.during);
  const baselineRows = read(periods.baseline);
  const giftSkuId = terms.type === 'gift' ? terms.giftSkuId : null;
  const attributed = periods.during
    ? readAttributedRows(sqlite, id, giftSkuId, periods.during, baseCurrency)
    : [];

  const toBase = (minor: number): number => {
    if (row.currency === baseCurrency || minor === 0) return minor;
    const rate = fxLookup(sqlite, baseCurrency)(row.currency, window.from);
    return roundHalfAwayFromZero(fractionToBase(frac(minor), row.currency, baseCurrency, rate));
  };
  const during = totalOf(duringRows);
  const baseline = totalOf(baselineRows);
  const { discounts, giftCost } = attributedTotals(attributed);
  const figures = evaluateCampaign({
    days: periods.days,
    during: {
      units: during.units,
      netSales: scaledFraction(during.net),
      grossProfit: scaledFraction(during.profit),
    },
    baseline: {
      units: baseline.units,
      netSales: scaledFraction(baseline.net),
      grossProfit: scaledFraction(baseline.profit),
    },
    attributedDiscounts: discounts,
    giftCost,
    spendMinor: toBase(row.spend_minor),
    budgetMinor: row.budget_minor === null ? null : toBase(row.budget_minor),
    couponsIssued: terms.type === 'coupon' ? terms.quantityIssued : null,
    couponsUsed: terms.type === 'coupon' ? new Set(attributed.map((a) => a.orderId)).size : 0,
  });
  const linesByRule = Object.fromEntries(attributionRules.map((r) => [r, 0])) as Record<
    AttributionRule,
    number
  >;
  for (const a of attributed) linesByRule[a.rule as AttributionRule]++;

  return {
    campaignId: row.id,
    name: row.name,
    type: row.type,
    campaignState: campaignState(row, Date.parse(now)),
    state: periods.state,
    baseCurrency,
    window: { from: window.from, to: window.to },
    during: periods.during,
    baseline: periods.baseline,
    plannedDays: periods.plannedDays,
    storefrontIds,
    costsHidden,
    figures: hide(figures, costsHidden),
    linesByRule,
    byStorefront: storefrontRows(sqlite, storefrontIds, duringRows, baselineRows, attributed, costsHidden),
    bySku: skuRows(duringRows, baselineRows, attributed, costsHidden),
    series: dailySeries(periods.during, periods.baseline, duringRows, baselineRows, costsHidden),
  };
}

/** Several campaigns side by side (no daily series), in the order asked for. */
export function compareCampaigns(
  sqlite: Sqlite,
  ids: readonly string[],
  options: EvaluateOptions = {},
): CampaignComparison {
  const campaigns = ids.map((id) => {
    const { series: _series, ...evaluation } = evaluateCampaignById(sqlite, id, options);
    return evaluation;
  });
  return { baseCurrency: readShop(sqlite).baseCurrency, costsHidden: costsHiddenFor(sqlite), campaigns };
}
