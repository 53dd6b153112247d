import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { iconvEncoding, SNIFF_BYTES, sniffEncoding } from '../../orders/read/sniff-encoding';

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

export function parseCsvText(text: string): string[][] {
  const records = parse(text, {
    delimiter: sniffDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
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
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // Rows come numbered; blank rows are skipped by the reader, so fill the gap to keep row numbers right.
      while (rows.length < row.number - 1) rows.push([]);
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c] ?? null));
      rows.push(cells);
    }
    break;
  }
  return rows;
}

export async function readSheetRows(file: string): Promise<SheetRows> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return { rows: await readXlsxRows(file) };
  const text = decodeText(fs.readFileSync(file));
  return { rows: parseCsvText(text) };
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
