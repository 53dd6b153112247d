import type { Sqlite } from '../../db/connection';
import type { OrderStatus } from '../../../../shared/domain/orders';
import type { TableColumn } from '../xlsx-writer/columns';
import { localDateTimeFormatter } from '../xlsx-writer/local-time';
import { writeTableSheet, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import type { MonthlyReportData } from './report-data';
import type { ReportTexts } from './texts';

interface LineRow {
  storefront: string;
  external_id: string;
  placed_at: string;
  status: OrderStatus;
  buyer_name: string | null;
  buyer_phone: string | null;
  sku: string | null;
  title: string;
  quantity: number;
  unit_price_minor: number;
  line_discount_minor: number;
  currency: string;
  refunded_minor: number;
  after_sales: number;
}

/** Orders per read: the connection is free between chunks and memory holds one chunk's lines at a time. */
const ORDERS_PER_CHUNK = 1000;

const LINES_SQL = `
  SELECT s.name AS storefront, o.external_id, o.placed_at, o.status, o.buyer_name, o.buyer_phone,
         coalesce(k.code, l.sku_code) AS sku, l.title, l.quantity, l.unit_price_minor, l.line_discount_minor,
         o.currency, o.refunded_minor, o.after_sales
    FROM json_each(?) j
    JOIN orders o ON o.rowid = j.value
    JOIN order_lines l ON l.order_id = o.id
    JOIN storefronts s ON s.id = o.storefront_id
    LEFT JOIN skus k ON k.id = l.sku_id
   ORDER BY j.key, l.line_no`;

/** Lines of the month's orders (any status: the sheet says which), as many as `sum(line_count)`. */
export function countMonthLines(sqlite: Sqlite, period: { from: string; to: string }): number {
  const row = sqlite
    .prepare('SELECT coalesce(sum(line_count), 0) AS n FROM orders WHERE placed_date BETWEEN ? AND ?')
    .get(period.from, period.to) as { n: number };
  return row.n;
}

async function* monthLines(sqlite: Sqlite, period: { from: string; to: string }): AsyncGenerator<LineRow> {
  // The month's order rowids first (one narrow index walk), then their lines chunk by chunk.
  const rowids = sqlite
    .prepare('SELECT rowid FROM orders WHERE placed_date BETWEEN ? AND ? ORDER BY placed_at, rowid')
    .pluck()
    .all(period.from, period.to) as number[];
  const lines = sqlite.prepare(LINES_SQL);
  for (let i = 0; i < rowids.length; i += ORDERS_PER_CHUNK) {
    yield* lines.all(JSON.stringify(rowids.slice(i, i + ORDERS_PER_CHUNK))) as LineRow[];
  }
}

function orderColumns(data: MonthlyReportData, t: ReportTexts): TableColumn<LineRow>[] {
  const o = t.orders;
  const localTime = localDateTimeFormatter(data.timezone);
  const currency = (r: LineRow) => r.currency;
  const usualCurrency = data.current.baseCurrency;
  return [
    { header: o.storefront, kind: 'text', width: 20, value: (r) => r.storefront },
    { header: o.orderId, kind: 'text', width: 24, value: (r) => r.external_id },
    { header: o.placedAt, kind: 'datetime', value: (r) => localTime(r.placed_at) },
    { header: o.status, kind: 'text', width: 12, value: (r) => t.status[r.status] ?? r.status },
    { header: o.customer, kind: 'text', width: 16, value: (r) => r.buyer_name },
    { header: o.phone, kind: 'text', width: 16, value: (r) => r.buyer_phone },
    { header: o.sku, kind: 'text', width: 16, value: (r) => r.sku },
    { header: o.title, kind: 'text', width: 32, value: (r) => r.title },
    { header: o.quantity, kind: 'integer', width: 7, value: (r) => r.quantity },
    { header: o.unitPrice, kind: 'money', currency, usualCurrency, value: (r) => r.unit_price_minor },
    { header: o.lineDiscount, kind: 'money', currency, usualCurrency, value: (r) => r.line_discount_minor },
    {
      header: o.lineNet,
      kind: 'money',
      currency,
      usualCurrency,
      value: (r) => r.quantity * r.unit_price_minor - r.line_discount_minor,
    },
    { header: o.currency, kind: 'text', width: 8, value: (r) => r.currency },
    { header: o.refunded, kind: 'text', width: 9, value: (r) => (r.refunded_minor > 0 ? t.yes : '') },
    { header: o.afterSales, kind: 'text', width: 9, value: (r) => (r.after_sales ? t.yes : '') },
  ];
}

/** Every order line of the month, streamed into the sheet; `progress` gets the lines written so far. */
export function writeOrdersSheet(
  wb: WorkbookWriter,
  sqlite: Sqlite,
  data: MonthlyReportData,
  t: ReportTexts,
  progress: (lines: number) => void,
): Promise<number> {
  return writeTableSheet(
    wb,
    { sheet: t.sheets.orders, columns: orderColumns(data, t) },
    monthLines(sqlite, data.period),
    { progress, emptyNote: t.noOrders },
  );
}
