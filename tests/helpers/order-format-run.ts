import type { ParsedOrder } from '../../shared/domain/orders';
import type {
  FormatContext,
  ItemsPart,
  OrdersPart,
  RowIssue,
} from '../../electron/core/orders/formats/types';
import { normalizeHeader } from '../../electron/core/orders/formats/values';

export interface FormatRun {
  orders: ParsedOrder[];
  errors: RowIssue[];
  warnings: RowIssue[];
  /** The order with this external id (fails the test when missing). */
  order(id: string): ParsedOrder;
}

export const utcUsd: FormatContext = { timezone: 'UTC', currency: 'USD' };

/**
 * Feeds a sheet (header row first, then data rows numbered as a spreadsheet shows them from `headerRow + 1`)
 * through a platform part the way the import pipeline does: normalized headers, rows in order, `finish` last.
 * Blank rows are skipped, as the reader skips them.
 */
export function runOrders(
  part: OrdersPart,
  sheet: string[][],
  ctx: FormatContext = utcUsd,
  opts: { headerRow?: number; items?: { part: ItemsPart; sheet: string[][]; headerRow?: number } } = {},
): FormatRun {
  const orders: ParsedOrder[] = [];
  const issues: RowIssue[] = [];
  let items: Map<string, unknown[]> | undefined;
  if (opts.items) {
    const [head, ...rows] = opts.items.sheet;
    const collector = opts.items.part.collect(head!.map(normalizeHeader), ctx, {
      issue: (i) => issues.push(i),
    });
    const first = (opts.items.headerRow ?? 1) + 1;
    rows.forEach((cells, i) => {
      if (cells.some((c) => c.trim() !== '')) collector.push({ row: first + i, cells });
    });
    items = collector.done();
  }
  const [head, ...rows] = sheet;
  const assembler = part.assemble(
    head!.map(normalizeHeader),
    ctx,
    { order: (o) => orders.push(o), issue: (i) => issues.push(i) },
    items,
  );
  const first = (opts.headerRow ?? 1) + 1;
  rows.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) assembler.push({ row: first + i, cells });
  });
  assembler.finish();
  return {
    orders,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
    order(id) {
      const found = orders.find((o) => o.externalId === id);
      if (!found)
        throw new Error(`order ${id} was not emitted (have ${orders.map((o) => o.externalId).join(', ')})`);
      return found;
    },
  };
}

/** Builds rows from objects keyed by header, so a test names only the columns it cares about. */
export function sheetOf(headers: readonly string[], records: readonly Record<string, string>[]): string[][] {
  return [[...headers], ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}
