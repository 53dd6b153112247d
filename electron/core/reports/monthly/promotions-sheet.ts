import type { Sqlite } from '../../db/connection';
import { campaignReportRows, type CampaignReportRow } from '../../promotions/evaluation-report';
import type { TableColumn } from '../xlsx-writer/columns';
import { writeTableSheet, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import type { MonthlyReportData } from './report-data';
import type { ReportTexts } from './texts';

/**
 * Promotions: every campaign that ran in the month (activated, or cancelled after it started), evaluated as
 * the campaign's evaluation page does (promotions/evaluation.ts — METRICS.md uplift, discount_cost, ROI and
 * ROAS, each labelled, never one for the other), in the base currency. A ratio without a denominator is "—".
 */
export async function writePromotionsSheet(
  wb: WorkbookWriter,
  sqlite: Sqlite,
  data: MonthlyReportData,
  t: ReportTexts,
  now: string,
): Promise<void> {
  const { baseCurrency, rows } = campaignReportRows(sqlite, data.period, { now });
  const h = t.promotions;
  const columns: TableColumn<CampaignReportRow>[] = [
    { header: h.campaign, kind: 'text', width: 28, value: (r) => r.name },
    { header: h.storefronts, kind: 'text', width: 24, value: (r) => r.storefrontNames.join(', ') },
    { header: h.start, kind: 'date', value: (r) => r.from },
    { header: h.end, kind: 'date', value: (r) => r.to },
    { header: h.state, kind: 'text', width: 14, value: (r) => t.evaluationStates[r.state] },
    { header: h.netSales, kind: 'money', currency: baseCurrency, value: (r) => r.netSalesMinor },
    { header: h.uplift, kind: 'percent', blank: '—', value: (r) => r.upliftBp },
    {
      header: h.discountCost,
      kind: 'money',
      currency: baseCurrency,
      blank: '—',
      value: (r) => r.discountCostMinor,
    },
    { header: h.roi, kind: 'percent', blank: '—', value: (r) => r.roiBp },
    // ROAS is a multiple (5.2×), not a percentage: basis points → times.
    {
      header: h.roas,
      kind: 'decimal',
      blank: '—',
      value: (r) => (r.roasBp === null ? null : r.roasBp / 10_000),
    },
  ];
  await writeTableSheet(wb, { sheet: t.sheets.promotions, columns }, rows, { emptyNote: t.noPromotions });
}
