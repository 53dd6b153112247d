import type { Sqlite } from '../db/connection';
import type { CampaignEvaluation } from '../../../shared/domain/promotions-evaluation';
import type { Period } from '../../../shared/logic/metrics';
import { dayStartUtc, nextDayStartUtc } from './periods';
import { readShop, readStorefronts, stmt } from '../pricing/raw-context';
import { compareCampaigns, type EvaluateOptions } from './evaluation';

/**
 * The campaigns of a period for the monthly report's Promotions sheet (and any period list): every activated
 * or cancelled campaign whose window meets the period's shop days, evaluated as promotions.evaluate does
 * (final when it has ended, live up to today while it runs), oldest start first. Drafts never ran.
 */
export interface CampaignReportRow {
  campaignId: string;
  name: string;
  storefrontNames: string[];
  /** Shop days of the campaign window. */
  from: string;
  to: string;
  state: CampaignEvaluation['state'];
  netSalesMinor: number;
  discountCostMinor: number | null;
  upliftBp: number | null;
  roiBp: number | null;
  roasBp: number | null;
}

export function campaignReportRows(
  sqlite: Sqlite,
  period: Period,
  options: EvaluateOptions = {},
): { baseCurrency: string; costsHidden: boolean; rows: CampaignReportRow[] } {
  const { timezone } = readShop(sqlite);
  const ids = stmt(
    sqlite,
    `SELECT id FROM campaigns WHERE state <> 'draft' AND start_at < ? AND end_at > ? ORDER BY start_at, id`,
  ).all(nextDayStartUtc(period.to, timezone), dayStartUtc(period.from, timezone)) as { id: string }[];
  const storefronts = readStorefronts(sqlite);
  const compared = compareCampaigns(
    sqlite,
    ids.map((r) => r.id),
    options,
  );
  return {
    baseCurrency: compared.baseCurrency,
    costsHidden: compared.costsHidden,
    rows: compared.campaigns.map((e) => ({
      campaignId: e.campaignId,
      name: e.name,
      storefrontNames: e.storefrontIds.map((id) => storefronts.get(id)?.name ?? id),
      from: e.window.from,
      to: e.window.to,
      state: e.state,
      netSalesMinor: e.figures.netSalesMinor,
      discountCostMinor: e.figures.discountCostMinor,
      upliftBp: e.figures.upliftBp,
      roiBp: e.figures.roiBp,
      roasBp: e.figures.roasBp,
    })),
  };
}
