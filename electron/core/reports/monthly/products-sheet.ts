import type { ProductProfitRow } from '../../orders/rollups/product-profit';
import type { TableColumn } from '../xlsx-writer/columns';
import { writeTableSheet, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import type { MonthlyReportData } from './report-data';
import type { ReportTexts } from './texts';

/** Every SKU sold in the month, most gross profit first (the dashboard's product ranking). */
export async function writeProductsSheet(
  wb: WorkbookWriter,
  data: MonthlyReportData,
  t: ReportTexts,
): Promise<void> {
  const currency = data.current.baseCurrency;
  const p = t.products;
  const money = (header: string, value: (r: ProductProfitRow) => number): TableColumn<ProductProfitRow> => ({
    header,
    kind: 'money',
    currency,
    value,
  });
  const columns: TableColumn<ProductProfitRow>[] = [
    { header: p.sku, kind: 'text', width: 18, value: (r) => r.skuCode },
    {
      header: p.title,
      kind: 'text',
      width: 36,
      value: (r) => (r.skuId ? r.title : `${r.title} ${t.unmatched}`),
    },
    { header: p.units, kind: 'integer', value: (r) => r.units },
    money(p.netSales, (r) => r.netSalesMinor),
    money(p.cogs, (r) => r.cogsMinor),
    money(p.fees, (r) => r.feesMinor),
    money(p.grossProfit, (r) => r.grossProfitMinor),
    { header: p.grossMargin, kind: 'percent', blank: '—', value: (r) => r.grossMarginBp },
  ];
  await writeTableSheet(wb, { sheet: t.sheets.products, columns }, data.products, {
    emptyNote: t.noProducts,
  });
}
