import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { OrderExportInput } from '../../../shared/api/schemas/orders';
import type { OrderExportResult, OrderRow } from '../../../shared/domain/order-list';
import type { OrderStatus } from '../../../shared/domain/orders';
import { currencyMinorDigits } from '../../../shared/logic/decimal';
import { zoneOffsetMinutes } from '../../../shared/logic/dates';
import { checkOutputPath, formatOf } from '../catalog/import/files';
import { orderBy, orderWhere } from './list-filters';
import { orderIndexes, rowsOf } from './list';

type Lang = 'zh-CN' | 'en';
type Cell = string | number | null;
type Kind = 'text' | 'number' | 'money';

/** The export's columns; `text` columns stay text in Excel (ids and phones keep leading zeros and all digits). */
const columns: {
  en: string;
  zh: string;
  kind: Kind;
  width: number;
  value(r: OrderRow, ctx: RowContext): Cell;
}[] = [
  { en: 'Placed at', zh: '下单时间', kind: 'text', width: 20, value: (r, c) => c.localTime(r.placedAt) },
  { en: 'Storefront', zh: '店铺', kind: 'text', width: 20, value: (r) => r.storefrontName },
  { en: 'Order id', zh: '订单号', kind: 'text', width: 24, value: (r) => r.externalId },
  { en: 'Status', zh: '状态', kind: 'text', width: 12, value: (r, c) => c.status(r.status) },
  { en: 'After-sales', zh: '售后', kind: 'text', width: 10, value: (r, c) => (r.afterSales ? c.yes : '') },
  { en: 'Buyer', zh: '买家', kind: 'text', width: 16, value: (r) => r.buyerName },
  { en: 'Phone', zh: '手机', kind: 'text', width: 16, value: (r) => r.buyerPhone },
  { en: 'Units', zh: '件数', kind: 'number', width: 8, value: (r) => r.units },
  { en: 'Lines', zh: '商品行数', kind: 'number', width: 8, value: (r) => r.lineCount },
  {
    en: 'Gross sales',
    zh: '商品总额',
    kind: 'money',
    width: 14,
    value: (r, c) => c.money(r.grossMinor, r.currency),
  },
  {
    en: 'Discounts',
    zh: '优惠',
    kind: 'money',
    width: 14,
    value: (r, c) => c.money(r.discountsMinor, r.currency),
  },
  {
    en: 'Total paid',
    zh: '实付金额',
    kind: 'money',
    width: 14,
    value: (r, c) => c.money(r.totalPaidMinor, r.currency),
  },
  {
    en: 'Refunded',
    zh: '退款金额',
    kind: 'money',
    width: 14,
    value: (r, c) => c.money(r.refundedMinor, r.currency),
  },
  { en: 'Currency', zh: '币种', kind: 'text', width: 8, value: (r) => r.currency },
  { en: 'Unmatched lines', zh: '未匹配行', kind: 'number', width: 10, value: (r) => r.unmatchedLines },
];

const statusText: Record<Lang, Record<OrderStatus, string>> = {
  en: {
    pending_payment: 'Pending payment',
    paid: 'Paid',
    shipped: 'Shipped',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  'zh-CN': {
    pending_payment: '待付款',
    paid: '已付款',
    shipped: '已发货',
    completed: '已完成',
    cancelled: '已取消',
  },
};

interface RowContext {
  localTime(iso: string): string;
  status(s: OrderStatus): string;
  money(minor: number, currency: string): number;
  yes: string;
}

/** Imported text Excel or a csv reader would run as a formula: = + - @ (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@]/;

/** `"CNY" #,##0.00`: money stays a number people can sum, and still says its currency. */
const moneyFormat = (currency: string): string => {
  const digits = currencyMinorDigits(currency);
  return `"${currency}" #,##0${digits ? `.${'0'.repeat(digits)}` : ''}`;
};

/** Rows are read in chunks by rowid, and the event loop gets a turn between chunks: IPC keeps answering. */
const CHUNK = 2000;

function rowContext(lang: Lang, timeZone: string): RowContext {
  const offsets = new Map<number, number>();
  return {
    localTime: (iso) => {
      const ms = Date.parse(iso);
      const hour = Math.floor(ms / 3_600_000);
      let offset = offsets.get(hour);
      if (offset === undefined) offsets.set(hour, (offset = zoneOffsetMinutes(hour * 3_600_000, timeZone)));
      return new Date(ms + offset * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    },
    status: (s) => statusText[lang][s],
    // Minor ÷ 10^digits prints back as the same decimal (1234 → 12.34).
    money: (minor, currency) => minor / 10 ** currencyMinorDigits(currency),
    yes: lang === 'zh-CN' ? '是' : 'Yes',
  };
}

/**
 * Every order matching the list's filters, in its sort, to an xlsx (streamed: rows go to disk as they are
 * written) or a UTF-8 csv. Written to `<file>.partial` and renamed at the end, so a failed export never
 * leaves half a file under the chosen name.
 */
export async function exportOrders(
  sqlite: BetterSqlite3.Database,
  input: OrderExportInput,
  timeZone: string,
): Promise<OrderExportResult> {
  const file = checkOutputPath(input.path);
  const format = formatOf(file, input.format);
  const lang: Lang = input.lang === 'zh-CN' ? 'zh-CN' : 'en';
  const where = orderWhere(input.filters, {
    byPlacedAt: input.sort === 'placed_at',
    indexes: orderIndexes(sqlite),
  });
  // The ids first (one narrow walk, ~8 bytes each), so the connection is free between chunks of details.
  const rowids = sqlite
    .prepare(`SELECT o.rowid FROM orders o ${where.sql} ${orderBy(input.sort, input.direction)}`)
    .pluck()
    .all(...where.params) as number[];
  const ctx = rowContext(lang, timeZone);
  const headers = columns.map((c) => (lang === 'zh-CN' ? c.zh : c.en));
  const partial = `${file}.partial`;
  try {
    if (format === 'csv') await writeCsv(sqlite, partial, headers, rowids, ctx);
    else await writeXlsx(sqlite, partial, headers, rowids, ctx, lang === 'zh-CN' ? '订单' : 'Orders');
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return { path: file, rows: rowids.length };
}

async function* chunks(sqlite: BetterSqlite3.Database, rowids: number[]): AsyncGenerator<OrderRow[]> {
  for (let i = 0; i < rowids.length; i += CHUNK) {
    yield rowsOf(sqlite, rowids.slice(i, i + CHUNK));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function writeCsv(
  sqlite: BetterSqlite3.Database,
  file: string,
  headers: string[],
  rowids: number[],
  ctx: RowContext,
): Promise<void> {
  const fd = fs.openSync(file, 'w');
  try {
    // Excel opens UTF-8 csv correctly only with a BOM; a leading quote keeps =… as text.
    fs.writeSync(fd, `\uFEFF${stringify([headers], { record_delimiter: '\r\n' })}`);
    for await (const rows of chunks(sqlite, rowids)) {
      const cells = rows.map((r) =>
        columns.map((c) => {
          const v = c.value(r, ctx);
          return typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : (v ?? '');
        }),
      );
      fs.writeSync(fd, stringify(cells, { record_delimiter: '\r\n' }));
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function writeXlsx(
  sqlite: BetterSqlite3.Database,
  file: string,
  headers: string[],
  rowids: number[],
  ctx: RowContext,
  title: string,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: true,
  });
  const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ header: headers[i], width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rowids.length, column: columns.length } };
  for await (const rows of chunks(sqlite, rowids)) {
    for (const r of rows) {
      // Strings are written as string cells, never {formula}: "=1+1" in a buyer name stays the text "=1+1".
      const row = ws.addRow(columns.map((c) => c.value(r, ctx)));
      columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (c.kind === 'text') cell.numFmt = '@';
        else if (c.kind === 'money') cell.numFmt = moneyFormat(r.currency);
      });
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
}
