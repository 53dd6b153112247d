import { normalizeHeader } from './values';
import type { FormatSink, RowIssue } from './types';

/**
 * Header and row helpers every platform format needs: find columns by any of their known spellings, tell
 * which required ones are missing, skip footer lines (合计 / 共N条 / "12 record(s) downloaded") and group the
 * consecutive rows of one order.
 *
 *   const cols = lookupColumns(headers, { id: ['订单号'], price: ['京东价', '单价'] });
 *   if (reportMissingColumns(cols, ['id', 'price'], sink)) …   // header-level errors, row 0
 *   cols.cell(row.cells, 'price')                              // undefined when absent
 *   cols.header('price')                                       // the header as the file has it, for issues
 */

/** For each field, the header spellings it accepts, most common first (written in any bracket width). */
export type ColumnSpec<K extends string> = Record<K, readonly string[]>;

export interface ColumnLookup<K extends string> {
  /** Index of the field's column in the row, -1 when the file has none. */
  readonly index: Readonly<Record<K, number>>;
  has(field: K): boolean;
  /** The raw cell text of a field, undefined when the column is absent or the row is short. */
  cell(cells: readonly string[], field: K): string | undefined;
  /** The (normalized) header the file uses for the field, or its first spelling when absent: for issues. */
  header(field: K): string;
}

/** Resolves every field of `spec` against a normalized header row; the first spelling found wins. */
export function lookupColumns<K extends string>(
  headers: readonly string[],
  spec: ColumnSpec<K>,
): ColumnLookup<K> {
  const position = new Map<string, number>();
  headers.forEach((h, i) => {
    const n = normalizeHeader(h);
    if (!position.has(n)) position.set(n, i);
  });
  const index = {} as Record<K, number>;
  const header = {} as Record<K, string>;
  for (const field of Object.keys(spec) as K[]) {
    const names = spec[field].map(normalizeHeader);
    const found = names.find((n) => position.has(n));
    index[field] = found === undefined ? -1 : position.get(found)!;
    header[field] = found ?? names[0]!;
  }
  return {
    index,
    has: (field) => index[field] >= 0,
    cell: (cells, field) => (index[field] >= 0 ? cells[index[field]] : undefined),
    header: (field) => header[field],
  };
}

/** True when every name (any bracket width) is among the header cells: the basis of `matches`. */
export function hasHeaders(headers: readonly string[], names: readonly string[]): boolean {
  const present = new Set(headers.map(normalizeHeader));
  return names.every((n) => present.has(normalizeHeader(n)));
}

/** True when at least one of the names is among the header cells. */
export function hasAnyHeader(headers: readonly string[], names: readonly string[]): boolean {
  const present = new Set(headers.map(normalizeHeader));
  return names.some((n) => present.has(normalizeHeader(n)));
}

/**
 * Reports each required field the header lacks as an `orderColumnMissing` error on row 0 (the header, not a
 * data row) and returns true when any is missing, so the assembler can ignore the rows instead of flagging
 * every one of them.
 */
export function reportMissingColumns<K extends string>(
  cols: ColumnLookup<K>,
  required: readonly K[],
  sink: Pick<FormatSink, 'issue'>,
): boolean {
  const missing = required.filter((f) => !cols.has(f));
  for (const f of missing)
    sink.issue({ severity: 'error', row: 0, column: cols.header(f), key: 'orderColumnMissing' });
  return missing.length > 0;
}

const FOOTER =
  /^(?:合计|总计|小计|汇总|共\s*\d+\s*(?:条|笔|单|行|个)|total(?:s)?\b|grand total\b|\d+\s+record\(?s?\)?\b)/i;

/**
 * A totals or record-count line after the data (合计, 总计：…, 共12条, "Total", "12 record(s) downloaded"),
 * or a row whose cells are all blank. Judged by its first non-blank cell, so an order id never qualifies.
 */
export function isFooterRow(cells: readonly string[]): boolean {
  // Stops at the first filled cell: it runs on every data row, and Shopify rows have 70-odd cells.
  for (const cell of cells) {
    const text = cell.replace(/^\t+/, '').trim();
    if (text !== '') return FOOTER.test(text);
  }
  return true;
}

/**
 * Groups consecutive rows that share a key (one order's item rows) and hands each group over once the key
 * changes, so a 500k-row file streams without holding every order. Platforms write an order's rows together;
 * when a key comes back after its group was closed, `onSplit` is told instead of emitting the order twice, with
 * the row where the closed group started (`rowOf` its first item; 0 without `rowOf`). One map of every key seen:
 * a 250,000-order file holds it whole, so nothing else keeps a second one.
 */
export class ConsecutiveGroups<T> {
  private key: string | null = null;
  private items: T[] = [];
  private readonly closed = new Map<string, number>();

  constructor(
    private readonly onGroup: (key: string, items: T[]) => void,
    private readonly onSplit: (key: string, item: T, firstRow: number) => void,
    private readonly rowOf?: (item: T) => number,
  ) {}

  push(key: string, item: T): void {
    if (key === this.key) {
      this.items.push(item);
      return;
    }
    const firstRow = this.closed.get(key);
    if (firstRow !== undefined) {
      this.onSplit(key, item, firstRow);
      return;
    }
    this.flush();
    this.key = key;
    this.items = [item];
  }

  /** Emits the open group; call at the end of the file. */
  finish(): void {
    this.flush();
  }

  private flush(): void {
    if (this.key === null) return;
    const [key, items] = [this.key, this.items];
    this.closed.set(key, this.rowOf ? this.rowOf(items[0]!) : 0);
    this.key = null;
    this.items = [];
    this.onGroup(key, items);
  }
}

/** An error issue; shorthand for the formats' many `sink.issue({ severity: 'error', … })` calls. */
export const errorIssue = (
  row: number,
  column: string,
  key: string,
  params?: Record<string, string | number>,
): RowIssue => ({ severity: 'error', row, column, key, ...(params ? { params } : {}) });
