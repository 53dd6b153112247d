import type ExcelJS from 'exceljs';
import {
  columnWidth,
  currencyOf,
  DATE_FORMAT,
  DATETIME_FORMAT,
  INTEGER_FORMAT,
  majorUnits,
  moneyFormat,
  PERCENT_FORMAT,
  TEXT_FORMAT,
  wallClockDate,
  type CellInput,
  type TableColumn,
  type TableSpec,
} from './columns';

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;
export type Rows<R> = Iterable<R> | AsyncIterable<R>;

export interface SheetOptions<R = unknown> {
  /** Rows written in bold (a total row). */
  bold?(row: R): boolean;
  /** Called every `YIELD_EVERY` rows with the rows written so far (job progress; may throw to stop). */
  progress?(rows: number): void;
  /** A line under the header instead of rows when there are none ("no data yet"). */
  emptyNote?: string;
}

/** Rows between turns of the event loop: the zip stream drains and a cancel gets through. */
const YIELD_EVERY = 1000;

/**
 * Printing (and PDF export in Excel, WPS, LibreOffice): landscape A4, every column on one page width, as many
 * pages down as it takes — otherwise a wide table prints as a few columns per page.
 */
export const PRINT_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } };

/** The number format a column has in every row, or undefined when it depends on the row (money per row). */
function fixedFormat(column: TableColumn<unknown>): string | undefined {
  switch (column.kind) {
    case 'text':
      return TEXT_FORMAT;
    case 'integer':
      return INTEGER_FORMAT;
    case 'money':
      if (typeof column.currency === 'string') return moneyFormat(column.currency);
      return column.usualCurrency ? moneyFormat(column.usualCurrency) : undefined;
    case 'percent':
      return PERCENT_FORMAT;
    case 'date':
      return DATE_FORMAT;
    case 'datetime':
      return DATETIME_FORMAT;
    default:
      return undefined;
  }
}

/** What the cell holds in xlsx. Strings are never {formula: …}: "=1+1" stays the text "=1+1". */
export function xlsxValue<R>(column: TableColumn<R>, row: R): ExcelJS.CellValue {
  const v: CellInput = column.value(row);
  if (v === null || v === undefined || v === '') return column.blank ?? null;
  switch (column.kind) {
    case 'text':
      return String(v);
    case 'money':
      return typeof v === 'number' ? majorUnits(v, currencyOf(column, row)) : v;
    case 'percent':
      return typeof v === 'number' ? v / 10_000 : v;
    case 'date':
    case 'datetime':
      return (typeof v === 'string' && wallClockDate(v)) || v;
    default:
      return v;
  }
}

/**
 * Starts a sheet with a bold, frozen, filterable header row and the columns' widths and formats. The caller adds
 * rows with `addTableRow` and ends with `endTableSheet` (or uses `writeTableSheet` for a whole table).
 */
export function startTableSheet<R>(wb: WorkbookWriter, spec: TableSpec<R>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: PRINT_SETUP,
  });
  ws.columns = spec.columns.map((c, i) => {
    const numFmt = fixedFormat(c as TableColumn<unknown>);
    // Text right after a right-aligned number would touch it: one indent keeps "129.00 CNY" apart.
    const indent = c.kind === 'text' && i > 0 && spec.columns[i - 1]!.kind !== 'text';
    return {
      header: c.header,
      width: columnWidth(c as TableColumn<unknown>),
      ...((numFmt || indent) && {
        style: { ...(numFmt && { numFmt }), ...(indent && { alignment: { indent: 1 } }) },
      }),
    };
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    // Number headers sit over their numbers (right), text headers over text (left).
    cell.alignment = {
      vertical: 'middle',
      wrapText: true,
      horizontal: c.kind === 'text' ? 'left' : 'right',
      ...(c.kind === 'text' && i > 0 && spec.columns[i - 1]!.kind !== 'text' && { indent: 1 }),
    };
  });
  return ws;
}

export function addTableRow<R>(ws: ExcelJS.Worksheet, columns: TableColumn<R>[], row: R, bold = false): void {
  const added = ws.addRow(columns.map((c) => xlsxValue(c, row)));
  if (bold) added.font = { bold: true };
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    // Column styles cover fixed formats; a per-row currency needs its own, and "—" in a number column stays text.
    if (c.kind === 'money' && typeof c.currency === 'function') {
      const currency = c.currency(row);
      if (currency !== c.usualCurrency) added.getCell(i + 1).numFmt = moneyFormat(currency);
    }
  }
  added.commit();
}

/** Filter arrows over the header and `rows` data rows, then the sheet is written out. */
export function endTableSheet(ws: ExcelJS.Worksheet, columnCount: number, rows: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows, column: columnCount } };
  ws.commit();
}

/** A whole table as one sheet, streamed: rows go to the zip as they come, never all held in memory. */
export async function writeTableSheet<R>(
  wb: WorkbookWriter,
  spec: TableSpec<R>,
  rows: Rows<R>,
  options: SheetOptions<R> = {},
): Promise<number> {
  const ws = startTableSheet(wb, spec);
  let count = 0;
  for await (const row of rows) {
    addTableRow(ws, spec.columns, row, options.bold?.(row));
    if (++count % YIELD_EVERY === 0) {
      options.progress?.(count);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (count === 0 && options.emptyNote) {
    const note = ws.addRow([options.emptyNote]);
    note.getCell(1).font = { italic: true, color: { argb: 'FF666666' } };
    note.commit();
  }
  options.progress?.(count);
  endTableSheet(ws, spec.columns.length, count);
  return count;
}
