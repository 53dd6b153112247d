import type { Sqlite } from '../db/connection';
import type { CustomerSegmentInput } from '../../../shared/api/schemas/customers';
import type { CustomerSegmentFile, CustomerTier } from '../../../shared/domain/customers';
import type { Language } from '../../../shared/domain/settings';
import { localDate } from '../../../shared/logic/dates';
import { checkOutputPath, formatOf } from '../catalog/import/files';
import { readShop } from '../pricing/raw-context';
import { customerFilterSql, orderBy, SUMMARY_COLUMNS, type SummaryRow } from './list';
import { daysBetween } from './rfm';
import { shopToday } from './stats';
import type { CellInput, TableColumn } from '../reports/xlsx-writer/columns';
import { writeTableFile } from '../reports/xlsx-writer/write-table';

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

/** The columns in `headerText` order; `{c}` in a header is the base currency. */
function segmentColumns(
  lang: Language,
  currency: string,
  today: string,
  timezone: string,
  hideProfit: boolean,
) {
  const h = headerText[lang].map((text) => text.replace('{c}', currency));
  const text = (i: number, value: (r: SummaryRow) => CellInput, width = 22): TableColumn<SummaryRow> => ({
    header: h[i]!,
    kind: 'text',
    width,
    value,
  });
  const int = (i: number, value: (r: SummaryRow) => CellInput): TableColumn<SummaryRow> => ({
    header: h[i]!,
    kind: 'integer',
    value,
  });
  const money = (i: number, value: (r: SummaryRow) => number): TableColumn<SummaryRow> => ({
    header: h[i]!,
    kind: 'money',
    currency,
    value,
  });
  return [
    text(0, (r) => r.id),
    text(1, (r) => r.name),
    text(2, (r) => r.phone),
    text(3, (r) => r.email),
    text(4, (r) => (r.tier ? tierText[lang][r.tier as CustomerTier] : null), 12),
    int(5, (r) => (r.last_order_date ? daysBetween(r.last_order_date, today) : null)),
    int(6, (r) => r.recency_score),
    int(7, (r) => r.frequency_score),
    int(8, (r) => r.monetary_score),
    int(9, (r) => r.orders),
    {
      header: h[10]!,
      kind: 'date',
      value: (r) => (r.first_order_at ? localDate(r.first_order_at, timezone) : null),
    },
    { header: h[11]!, kind: 'date', value: (r) => r.last_order_date },
    money(12, (r) => r.monetary_minor),
    // The service role's file has no profit column at all (PRODUCT.md §10), not an empty one.
    ...(hideProfit ? [] : [money(13, (r) => r.gross_profit_minor)]),
    int(14, (r) => r.storefronts),
  ] satisfies TableColumn<SummaryRow>[];
}

/**
 * The customers of a segment (a tier, or any list filter), best customers first, to xlsx or csv at a path the
 * person picked (checked by the handler through ctx.files). Ids and phones are text cells so Excel keeps
 * 13800138000 and leading zeros; text that starts with = + - @ can never run as a formula: in xlsx every
 * text is a string cell in text format, in csv it gets a leading apostrophe (OWASP CSV injection).
 */
export async function exportSegment(
  sqlite: Sqlite,
  input: CustomerSegmentInput,
  hideProfit = false,
): Promise<CustomerSegmentFile> {
  const file = checkOutputPath(input.path);
  const shop = readShop(sqlite);
  const today = shopToday(sqlite);
  const { from, where, params } = customerFilterSql(input);
  const rows = sqlite
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM customer_stats s JOIN customers c ON c.id = s.customer_id
       WHERE s.customer_id IN (SELECT f.customer_id FROM ${from} ${where})
       ${orderBy('monetary', 'desc', 's')}`,
    )
    .all(params) as SummaryRow[];
  const spec = {
    sheet: input.lang === 'zh-CN' ? '客户' : 'Customers',
    columns: segmentColumns(input.lang, shop.baseCurrency, today, shop.timezone, hideProfit),
  };
  await writeTableFile(file, formatOf(file, input.format), spec, rows);
  return { path: file, rows: rows.length };
}
