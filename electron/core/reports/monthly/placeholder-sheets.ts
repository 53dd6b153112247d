import { writeTableSheet, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import type { ReportTexts } from './texts';

/**
 * Promotions, After-sales and Satisfaction: those features are not in this version, so each sheet has its
 * headers and one line saying there is no data yet — never invented rows.
 */
export async function writePlaceholderSheets(wb: WorkbookWriter, t: ReportTexts): Promise<void> {
  const sheets: [string, string[], string][] = [
    [t.sheets.promotions, t.promotions, t.noPromotions],
    [t.sheets.afterSales, t.afterSales, t.noAfterSales],
    [t.sheets.satisfaction, t.satisfaction, t.noSatisfaction],
  ];
  for (const [sheet, headers, note] of sheets) {
    const columns = headers.map((header) => ({
      header,
      kind: 'text' as const,
      width: 16,
      value: () => null,
    }));
    await writeTableSheet(wb, { sheet, columns }, [], { emptyNote: note });
  }
}
