import type { Sqlite } from '../../db/connection';
import type { MonthlyReportResult } from '../../../../shared/domain/reports';
import type { Language } from '../../../../shared/domain/settings';
import { abortWorkbook, openWorkbook, withPartialFile } from '../xlsx-writer/write-table';
import { countMonthLines, writeOrdersSheet } from './orders-sheet';
import { writeAfterSalesSheet } from './after-sales-sheet';
import { writeSatisfactionSheet } from './satisfaction-sheet';
import { writeProductsSheet } from './products-sheet';
import { writePromotionsSheet } from './promotions-sheet';
import { readMonthlyReportData, type MonthlyReportData } from './report-data';
import { writeStorefrontsSheet } from './storefronts-sheet';
import { writeSummarySheet } from './summary-sheet';
import { reportTexts, sheetOrder } from './texts';

export interface ReportProgress {
  /** Order lines written of `total`; may throw to stop (a cancelled job). */
  progress?(done: number, total: number): void;
  /** For tests of the Summary's "generated at". */
  now?: Date;
}

/**
 * The monthly report of `month` (YYYY-MM) into `file`: Summary, Storefronts, Products, Promotions, After-sales,
 * Satisfaction and Orders, in `lang`. The figures are computeKpis' (the same as `channeldesk kpis`); the Orders
 * sheet streams every order line of the month. All or nothing: a failure or cancel leaves no file.
 */
export async function writeMonthlyReport(
  sqlite: Sqlite,
  month: string,
  lang: Language,
  file: string,
  options: ReportProgress = {},
): Promise<MonthlyReportResult> {
  const data = readMonthlyReportData(sqlite, month, lang, options.now);
  // One read snapshot from the line count to the last line: an import meanwhile cannot make the sheet disagree
  // with its own count (WAL: readers never block the app's writers).
  if (!sqlite.inTransaction) sqlite.exec('BEGIN');
  try {
    return await writeWorkbook(sqlite, data, file, options);
  } finally {
    if (sqlite.inTransaction) sqlite.exec('COMMIT');
  }
}

async function writeWorkbook(
  sqlite: Sqlite,
  data: MonthlyReportData,
  file: string,
  options: ReportProgress,
): Promise<MonthlyReportResult> {
  const t = reportTexts(data.lang);
  const total = countMonthLines(sqlite, data.period);
  options.progress?.(0, total);
  return withPartialFile(file, async (partial) => {
    const wb = openWorkbook(partial);
    try {
      writeSummarySheet(wb, data, t);
      await writeStorefrontsSheet(wb, data, t);
      await writeProductsSheet(wb, data, t);
      const now = (options.now ?? new Date()).toISOString();
      await writePromotionsSheet(wb, sqlite, data, t, now);
      await writeAfterSalesSheet(wb, sqlite, data, t.sheets.afterSales, now);
      await writeSatisfactionSheet(wb, sqlite, data, t.sheets.satisfaction);
      const orderLines = await writeOrdersSheet(wb, sqlite, data, t, (done) =>
        options.progress?.(done, total),
      );
      await wb.commit();
      // A cancel that arrived while the zip was finishing still wins: the file is not renamed into place.
      options.progress?.(orderLines, total);
      return { file, month: data.month, sheets: sheetOrder.map((s) => t.sheets[s]), orderLines };
    } catch (err) {
      await abortWorkbook(wb);
      throw err;
    }
  });
}
