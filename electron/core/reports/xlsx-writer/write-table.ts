import fs from 'node:fs';
import { excelJs } from '../../files/exceljs-lazy';
import { stringify } from 'csv-stringify/sync';
import { currencyOf, majorUnits, neutralised, type TableColumn, type TableSpec } from './columns';
import { writeTableSheet, type Rows, type SheetOptions, type WorkbookWriter } from './table-sheet';

export type TableFormat = 'xlsx' | 'csv';

/**
 * Writes through `<file>.partial` and renames at the end: a failed or cancelled export never leaves half a
 * file under the name the person chose (nor an old file replaced by half a new one).
 */
export async function withPartialFile<T>(file: string, write: (partial: string) => Promise<T>): Promise<T> {
  const partial = `${file}.partial`;
  try {
    const result = await write(partial);
    fs.renameSync(partial, file);
    return result;
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** A streaming workbook: rows go to disk as they are committed; inline strings (no shared-string table). */
export const openWorkbook = (file: string): WorkbookWriter =>
  new (excelJs().stream.xlsx.WorkbookWriter)({ filename: file, useSharedStrings: false, useStyles: true });

/** Stops the zip and closes the partial file, so it can be deleted (Windows refuses to delete an open file). */
export async function abortWorkbook(wb: WorkbookWriter): Promise<void> {
  const internals = wb as unknown as { zip: { abort(): void }; stream: fs.WriteStream };
  internals.zip.abort();
  if (internals.stream.closed) return;
  await new Promise<void>((resolve) => {
    internals.stream.once('close', () => resolve());
    internals.stream.destroy();
  });
}

/** What a csv cell holds: csv has no types, so money is its decimal amount and risky text gets an apostrophe. */
function csvValue<R>(column: TableColumn<R>, row: R): string | number {
  const v = column.value(row);
  if (v === null || v === undefined || v === '') return column.blank ?? '';
  if (typeof v === 'string') return column.kind === 'text' ? neutralised(v) : v;
  if (column.kind === 'money') return majorUnits(v, currencyOf(column, row));
  if (column.kind === 'percent') return `${(v / 100).toFixed(2)}%`;
  return column.kind === 'text' ? neutralised(String(v)) : v;
}

const CSV_CHUNK = 1000;

/** UTF-8 with a BOM (Excel reads Chinese csv correctly only then), CRLF line ends, streamed in chunks. */
async function writeCsv<R>(file: string, spec: TableSpec<R>, rows: Rows<R>, options: SheetOptions<R>) {
  const fd = fs.openSync(file, 'w');
  let count = 0;
  try {
    const csv = (records: (string | number)[][]) => stringify(records, { record_delimiter: '\r\n' });
    fs.writeSync(fd, `\uFEFF${csv([spec.columns.map((c) => c.header)])}`);
    let chunk: (string | number)[][] = [];
    for await (const row of rows) {
      chunk.push(spec.columns.map((c) => csvValue(c, row)));
      if (chunk.length === CSV_CHUNK) {
        fs.writeSync(fd, csv(chunk));
        count += chunk.length;
        chunk = [];
        options.progress?.(count);
      }
    }
    if (chunk.length) fs.writeSync(fd, csv(chunk));
    count += chunk.length;
  } finally {
    fs.closeSync(fd);
  }
  return count;
}

/** A small second sheet of plain text after the table (an import template's column help); xlsx only. */
export interface ExtraSheet {
  spec: TableSpec<string[]>;
  rows: string[][];
}

/** Any table → one xlsx sheet or a csv file, all or nothing. Resolves to the number of rows written. */
export function writeTableFile<R>(
  file: string,
  format: TableFormat,
  spec: TableSpec<R>,
  rows: Rows<R>,
  options: SheetOptions<R> & { extraSheets?: ExtraSheet[] } = {},
): Promise<number> {
  return withPartialFile(file, async (partial) => {
    if (format === 'csv') return writeCsv(partial, spec, rows, options);
    const wb = openWorkbook(partial);
    try {
      const count = await writeTableSheet(wb, spec, rows, options);
      for (const extra of options.extraSheets ?? []) await writeTableSheet(wb, extra.spec, extra.rows);
      await wb.commit();
      return count;
    } catch (err) {
      await abortWorkbook(wb);
      throw err;
    }
  });
}
