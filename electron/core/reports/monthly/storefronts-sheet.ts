import type { KpiFigures } from '../../../../shared/domain/kpis';
import type { TableColumn } from '../xlsx-writer/columns';
import { writeTableSheet, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import { reportFigures } from './figures';
import type { MonthlyReportData } from './report-data';
import type { ReportTexts } from './texts';

interface StorefrontRow {
  name: string;
  platform: string;
  currency: string;
  figures: KpiFigures;
}

/** One row per storefront and a total row: every figure of the month, fees, shipping cost and margin included. */
export async function writeStorefrontsSheet(
  wb: WorkbookWriter,
  data: MonthlyReportData,
  t: ReportTexts,
): Promise<void> {
  const currency = data.current.baseCurrency;
  const figureColumns = [
    ...reportFigures,
    { key: 'unmatchedLines', label: 'unmatchedLines', kind: 'count' } as const,
  ].map((f): TableColumn<StorefrontRow> => ({
    header: t.figures[f.label],
    kind: f.kind === 'count' ? 'integer' : f.kind,
    ...(f.kind === 'money' && { currency }),
    blank: f.kind === 'percent' ? '—' : undefined,
    value: (r) => r.figures[f.key],
  }));
  const columns: TableColumn<StorefrontRow>[] = [
    { header: t.summaryHeaders[0]!, kind: 'text', width: 24, value: (r) => r.name },
    { header: t.platform, kind: 'text', width: 12, value: (r) => r.platform },
    { header: t.storefrontCurrency, kind: 'text', width: 10, value: (r) => r.currency },
    ...figureColumns,
  ];
  const rows: StorefrontRow[] = [
    ...data.current.storefronts.map((s) => ({
      name: s.name,
      platform: data.storefronts.get(s.storefrontId)?.platform ?? '',
      currency: data.storefronts.get(s.storefrontId)?.currency ?? '',
      figures: s,
    })),
    { name: t.total, platform: '', currency: '', figures: data.current.total },
  ];
  await writeTableSheet(wb, { sheet: t.sheets.storefronts, columns }, rows, {
    bold: (r) => r === rows[rows.length - 1],
  });
}
