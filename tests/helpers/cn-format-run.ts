import type { ParsedOrder } from '../../shared/domain/orders';
import type {
  FormatContext,
  ItemsPart,
  OrdersPart,
  RowIssue,
} from '../../electron/core/orders/formats/types';
import { normalizeHeader } from '../../electron/core/orders/formats/values';

/** The Chinese platforms' files: local times in Shanghai, amounts in yuan. */
export const cnContext: FormatContext = { timezone: 'Asia/Shanghai', currency: 'CNY' };

export interface CnRun {
  orders: ParsedOrder[];
  /** Every issue in the order the format reported it. */
  issues: RowIssue[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

/**
 * A sheet (header row first) through a Chinese platform's part the way the import pipeline drives it: headers
 * normalized, data rows numbered as a spreadsheet shows them from `headerRow + 1`, `finish` last. Rows go in
 * as given (blank ones too), so the format's own footer/blank handling is what is tested.
 */
export function runCn(
  part: OrdersPart,
  sheet: string[][],
  opts: { headerRow?: number; items?: { part: ItemsPart; sheet: string[][]; headerRow?: number } } = {},
): CnRun {
  const orders: ParsedOrder[] = [];
  const issues: RowIssue[] = [];
  const sink = { order: (o: ParsedOrder) => orders.push(o), issue: (i: RowIssue) => issues.push(i) };
  let items: Map<string, unknown[]> | undefined;
  if (opts.items) {
    const [head, ...rows] = opts.items.sheet;
    const collector = opts.items.part.collect(head!.map(normalizeHeader), cnContext, sink);
    const first = (opts.items.headerRow ?? 1) + 1;
    rows.forEach((cells, i) => collector.push({ row: first + i, cells }));
    items = collector.done();
  }
  const [head, ...rows] = sheet;
  const assembler = part.assemble(head!.map(normalizeHeader), cnContext, sink, items);
  const first = (opts.headerRow ?? 1) + 1;
  rows.forEach((cells, i) => assembler.push({ row: first + i, cells }));
  assembler.finish();
  return {
    orders,
    issues,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

/** Rows from objects keyed by header, so a test names only the cells it is about; the rest are blank. */
export function cnSheet(headers: readonly string[], rows: readonly Record<string, string>[]): string[][] {
  return [[...headers], ...rows.map((r) => headers.map((h) => r[h] ?? ''))];
}
