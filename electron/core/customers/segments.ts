import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { Sqlite } from '../db/connection';
import type { CustomerSegmentInput } from '../../../shared/api/schemas/customers';
import type { CustomerSegmentFile, CustomerTier } from '../../../shared/domain/customers';
import type { Language } from '../../../shared/domain/settings';
import { currencyMinorDigits } from '../../../shared/logic/decimal';
import { localDate } from '../../../shared/logic/dates';
import { checkOutputPath, formatOf } from '../catalog/import/files';
import { readShop } from '../pricing/raw-context';
import { customerFilterSql, orderBy, SUMMARY_COLUMNS, type SummaryRow } from './list';
import { daysBetween } from './rfm';
import { shopToday } from './stats';

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@]/;

const tierText: Record<Language, Record<CustomerTier, string>> = {
  en: {
    high_value: 'High value',
    potential: 'Potential',
    low_value: 'Low value',
    at_risk: 'At risk',
    lost: 'Lost',
  },
  'zh-CN': {
    high_value: '高价值',
    potential: '潜力',
    low_value: '低价值',
    at_risk: '流失风险',
    lost: '已流失',
  },
};

/** Column headers; `{c}` is the base currency. The first four columns are text (ids, names, phones, e-mails). */
const headerText: Record<Language, string[]> = {
  en: [
    'Customer id',
    'Name',
    'Phone',
    'E-mail',
    'Tier',
    'Days since last order',
    'R',
    'F',
    'M',
    'Valid orders',
    'First order',
    'Last order',
    'Spent ({c})',
    'Gross profit ({c})',
    'Storefronts',
  ],
  'zh-CN': [
    '客户编号',
    '姓名',
    '手机',
    '邮箱',
    '客户分层',
    '距上次下单天数',
    'R',
    'F',
    'M',
    '有效订单数',
    '首次下单',
    '最近下单',
    '消费金额（{c}）',
    '毛利（{c}）',
    '店铺数',
  ],
};
const TEXT_COLUMNS = 5;

/**
 * The customers of a segment (a tier, or any list filter), best customers first, to xlsx or csv at a path the
 * person picked (checked by the handler through ctx.files). Ids and phones are text cells so Excel keeps
 * 13800138000 and leading zeros; text that starts with = + - @ can never run as a formula: in xlsx every
 * text is a string cell in text format, in csv it gets a leading apostrophe (OWASP CSV injection).
 */
export async function exportSegment(
  sqlite: Sqlite,
  input: CustomerSegmentInput,
): Promise<CustomerSegmentFile> {
  const file = checkOutputPath(input.path);
  const shop = readShop(sqlite);
  const digits = currencyMinorDigits(shop.baseCurrency);
  const today = shopToday(sqlite);
  const { from, where, params } = customerFilterSql(input);
  const rows = sqlite
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM customer_stats s JOIN customers c ON c.id = s.customer_id
       WHERE s.customer_id IN (SELECT f.customer_id FROM ${from} ${where})
       ${orderBy('monetary', 'desc', 's')}`,
    )
    .all(params) as SummaryRow[];
  const lang = input.lang;
  const cells = rows.map((r): Cell[] => [
    r.id,
    r.name,
    r.phone,
    r.email,
    r.tier ? tierText[lang][r.tier as CustomerTier] : null,
    r.last_order_date ? daysBetween(r.last_order_date, today) : null,
    r.recency_score,
    r.frequency_score,
    r.monetary_score,
    r.orders,
    r.first_order_at ? localDate(r.first_order_at, shop.timezone) : null,
    r.last_order_date,
    r.monetary_minor / 10 ** digits,
    r.gross_profit_minor / 10 ** digits,
    r.storefronts,
  ]);
  const headers = headerText[lang].map((h) => h.replace('{c}', shop.baseCurrency));
  await writeSheet(
    file,
    formatOf(file, input.format),
    headers,
    cells,
    lang === 'zh-CN' ? '客户' : 'Customers',
  );
  return { path: file, rows: cells.length };
}

async function writeSheet(
  file: string,
  format: 'xlsx' | 'csv',
  headers: string[],
  rows: Cell[][],
  title: string,
): Promise<void> {
  const partial = `${file}.partial`;
  try {
    if (format === 'csv') {
      const safe = rows.map((r) =>
        r.map((c) => (typeof c === 'string' && FORMULA_START.test(c) ? `'${c}` : (c ?? ''))),
      );
      // Excel reads UTF-8 csv as such only with a BOM (names are often Chinese).
      fs.writeFileSync(partial, `\uFEFF${stringify([headers, ...safe], { record_delimiter: '\r\n' })}`);
    } else {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: partial,
        useSharedStrings: false,
        useStyles: true,
      });
      const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = headers.map((h, i) => ({ header: h, width: i < TEXT_COLUMNS ? 22 : 14 }));
      for (const r of rows) {
        const row = ws.addRow(r.map((c, i) => (c !== null && i < TEXT_COLUMNS ? String(c) : c)));
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') cell.numFmt = '@';
        });
        row.commit();
      }
      ws.commit();
      await wb.commit();
    }
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}
