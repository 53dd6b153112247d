import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { excelJs } from '../../files/exceljs-lazy';
import iconv from 'iconv-lite';
import { CsvError, parse } from 'csv-parse/sync';
import { iconvEncoding, looksBinary, SNIFF_BYTES, sniffEncoding } from '../../orders/read/sniff-encoding';
import { MAX_COLUMNS, MAX_RECORD_CHARS } from '../../orders/read/csv-table';
import { checkXlsxArchive } from '../../orders/read/xlsx-guard';
import { TableReadError } from '../../orders/read/types';

/** A sheet as rows of trimmed text cells; `rows[i]` is spreadsheet row i + 1, so messages can name it. */
export interface SheetRows {
  rows: string[][];
}

/** Decodes a whole text file in whatever encoding the seller's Excel or platform saved (see sniffEncoding). */
export function decodeText(buf: Buffer): string {
  return iconv.decode(
    buf,
    iconvEncoding[sniffEncoding(buf.subarray(0, SNIFF_BYTES), buf.length <= SNIFF_BYTES)],
  );
}

/** The delimiter used most on the first non-blank line: comma, tab or semicolon (de/fr Excel). */
export function sniffDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts = [',', '\t', ';'].map((d) => [d, line.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** Same limits and the same keys as the order reader (csv-table.ts): one corpus of bad files for both. */
export function parseCsvText(text: string): string[][] {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_CHARS,
    }) as string[][];
  } catch (error) {
    const row = error instanceof CsvError && typeof error.records === 'number' ? error.records + 1 : 0;
    const code = error instanceof CsvError ? error.code : '';
    if (code === 'CSV_MAX_RECORD_SIZE') throw new TableReadError('fileRowTooLong', row);
    if (code === 'CSV_QUOTE_NOT_CLOSED') throw new TableReadError('fileQuoteUnclosed', row);
    throw new TableReadError('fileUnreadable', row);
  }
  const wide = records.findIndex((r) => r.length > MAX_COLUMNS);
  if (wide >= 0) throw new TableReadError('fileTooManyColumns', wide + 1);
  return records.map((r) => r.map((c) => c.trim()));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value as unknown).trim();
}

/** First worksheet of an xlsx through exceljs' streaming reader, so a large file never sits in memory twice. */
export async function readXlsxRows(file: string): Promise<string[][]> {
  const rows: string[][] = [];
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        // Rows come numbered; blank rows are skipped by the reader, so fill the gap to keep row numbers right.
        while (rows.length < row.number - 1) rows.push([]);
        const values = row.values as ExcelJS.CellValue[];
        if (values.length - 1 > MAX_COLUMNS) throw new TableReadError('fileTooManyColumns', row.number);
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) {
          const value = values[c] ?? null;
          // A formula never calculated (a sheet a script wrote) has no value to import.
          if (value && typeof value === 'object' && 'formula' in value && value.result == null)
            throw new TableReadError('cellFormulaUncomputed', row.number);
          cells.push(cellText(value));
        }
        if (cells.reduce((n, c) => n + c.length, 0) > MAX_RECORD_CHARS)
          throw new TableReadError('fileRowTooLong', row.number);
        rows.push(cells);
      }
      break;
    }
  } catch (error) {
    if (error instanceof TableReadError) throw error;
    throw new TableReadError('xlsxDamaged', rows.length + 1);
  }
  if (sheets === 0) throw new TableReadError('xlsxNotWorkbook');
  return rows;
}

export async function readSheetRows(file: string): Promise<SheetRows> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') {
    await checkXlsxArchive(file, fs.statSync(file).size);
    return { rows: await readXlsxRows(file) };
  }
  const buf = fs.readFileSync(file);
  if (buf.length === 0) throw new TableReadError('fileEmpty');
  const head = buf.subarray(0, SNIFF_BYTES);
  if (looksBinary(head, sniffEncoding(head, buf.length <= SNIFF_BYTES)))
    throw new TableReadError('fileBinary');
  return { rows: parseCsvText(decodeText(buf)) };
}

/**
 * Code-like cells as Excel users make them survive: a leading tab, `="0012"` and `'0012` all mean "0012".
 * Export's own guard (a quote before = + - @ in csv) is undone the same way.
 */
export function cleanCode(text: string): string {
  let t = text.replace(/^\t+/, '').trim();
  const eq = /^="(.*)"$/.exec(t);
  if (eq) t = eq[1]!;
  if (t.startsWith("'")) t = t.slice(1);
  return t.trim();
}

export function cleanText(text: string): string {
  const t = text.replace(/^\t+/, '').trim();
  return /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}
