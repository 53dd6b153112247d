import type BetterSqlite3 from 'better-sqlite3';
import type { OrderExportInput } from '../../../shared/api/schemas/orders';
import type { OrderExportResult, OrderRow } from '../../../shared/domain/order-list';
import type { OrderStatus } from '../../../shared/domain/orders';
import { checkOutputPath, formatOf } from '../catalog/import/files';
import { orderBy, orderWhere } from './list-filters';
import { orderIndexes, rowsOf } from './list';
import type { TableColumn } from '../reports/xlsx-writer/columns';
import { localDateTimeFormatter } from '../reports/xlsx-writer/local-time';
import { writeTableFile } from '../reports/xlsx-writer/write-table';

type Lang = 'zh-CN' | 'en';

interface RowContext {
  localTime(iso: string): string;
  status(s: OrderStatus): string;
  yes: string;
}

/** The export's columns, as the shared table writer types them: ids and phones text, money in the order's currency. */
function orderColumns(lang: Lang, c: RowContext): TableColumn<OrderRow>[] {
  const zh = lang === 'zh-CN';
  const money = (en: string, cn: string, value: (r: OrderRow) => number): TableColumn<OrderRow> => ({
    header: zh ? cn : en,
    kind: 'money',
    currency: (r) => r.currency,
    value,
  });
  return [
    { header: zh ? '下单时间' : 'Placed at', kind: 'datetime', value: (r) => c.localTime(r.placedAt) },
    { header: zh ? '店铺' : 'Storefront', kind: 'text', width: 20, value: (r) => r.storefrontName },
    { header: zh ? '订单号' : 'Order id', kind: 'text', width: 24, value: (r) => r.externalId },
    { header: zh ? '状态' : 'Status', kind: 'text', width: 12, value: (r) => c.status(r.status) },
    {
      header: zh ? '售后' : 'After-sales',
      kind: 'text',
      width: 10,
      value: (r) => (r.afterSales ? c.yes : ''),
    },
    { header: zh ? '买家' : 'Buyer', kind: 'text', width: 16, value: (r) => r.buyerName },
    { header: zh ? '手机' : 'Phone', kind: 'text', width: 16, value: (r) => r.buyerPhone },
    { header: zh ? '件数' : 'Units', kind: 'integer', width: 8, value: (r) => r.units },
    { header: zh ? '商品行数' : 'Lines', kind: 'integer', width: 8, value: (r) => r.lineCount },
    money('Gross sales', '商品总额', (r) => r.grossMinor),
    money('Discounts', '优惠', (r) => r.discountsMinor),
    money('Total paid', '实付金额', (r) => r.totalPaidMinor),
    money('Refunded', '退款金额', (r) => r.refundedMinor),
    { header: zh ? '币种' : 'Currency', kind: 'text', width: 8, value: (r) => r.currency },
    {
      header: zh ? '未匹配行' : 'Unmatched lines',
      kind: 'integer',
      width: 10,
      value: (r) => r.unmatchedLines,
    },
  ];
}

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

/** Rows are read in chunks by rowid, and the event loop gets a turn between chunks: IPC keeps answering. */
const CHUNK = 2000;

function rowContext(lang: Lang, timeZone: string): RowContext {
  return {
    localTime: localDateTimeFormatter(timeZone),
    status: (s) => statusText[lang][s],
    yes: lang === 'zh-CN' ? '是' : 'Yes',
  };
}

/**
 * Every order matching the list's filters, in its sort, to an xlsx (streamed: rows go to disk as they are
 * written) or a UTF-8 csv, through the shared table writer (all or nothing: `<file>.partial` renamed at the end).
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
  const spec = {
    sheet: lang === 'zh-CN' ? '订单' : 'Orders',
    columns: orderColumns(lang, rowContext(lang, timeZone)),
  };
  await writeTableFile(file, format, spec, orderRows(sqlite, rowids));
  return { path: file, rows: rowids.length };
}

async function* orderRows(sqlite: BetterSqlite3.Database, rowids: number[]): AsyncGenerator<OrderRow> {
  for (let i = 0; i < rowids.length; i += CHUNK) {
    yield* rowsOf(sqlite, rowids.slice(i, i + CHUNK));
    await new Promise((resolve) => setImmediate(resolve));
  }
}
