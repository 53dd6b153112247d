import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { excelJs } from '../../files/exceljs-lazy';
import { isBlankRow, searchHeader } from './header-search';
import { rowCells } from './xlsx-cell-text';
import { MAX_COLUMNS, MAX_RECORD_CHARS } from './csv-table';
import { checkXlsxArchive } from './xlsx-guard';
import { TableReadError, type OpenTableOptions, type TableRow, type TableSource } from './types';

/**
 * The first worksheet of an xlsx through exceljs' streaming WorkbookReader. Styles are read because without
 * them a date cell is only a serial number; shared strings are cached, as the sheet refers to them by index.
 * checkXlsxArchive refuses damaged zips, zips of something else and zip bombs before exceljs starts; rows
 * wider or longer than a csv record may be, and formulas never computed (no value to import), are refused too.
 */
export async function openXlsxTable(
  file: string,
  size: number,
  options: OpenTableOptions,
): Promise<TableSource> {
  await checkXlsxArchive(file, size);
  const input = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let lastRow = 0;
  async function* sheetRows(): AsyncGenerator<TableRow> {
    let sheets = 0;
    try {
      for await (const sheet of reader) {
        sheets++;
        for await (const row of sheet) {
          lastRow = row.number;
          yield { row: row.number, cells: checkedCells(row.values, row.number) };
        }
        break;
      }
    } catch (error) {
      if (error instanceof TableReadError) throw error;
      throw new TableReadError('xlsxDamaged', lastRow + 1);
    }
    // A zip without a worksheet (a .docx renamed, an empty archive) is not a spreadsheet.
    if (sheets === 0) throw new TableReadError('xlsxNotWorkbook');
  }
  const rows = sheetRows();
  const close = async () => {
    input.destroy();
  };
  let search;
  try {
    search = await searchHeader(rows, options);
  } catch (error) {
    await close();
    throw error;
  }
  if (!search.found) {
    await close();
    throw new TableReadError(search.reason);
  }
  let started = false;
  return {
    file,
    kind: 'xlsx',
    encoding: null,
    delimiter: null,
    headerRow: search.header.row,
    headers: search.headers,
    rows: () => {
      if (started) throw new Error('TableSource.rows() can be read only once');
      started = true;
      return dataRows(rows, close);
    },
    bytesRead: () => Math.min(input.bytesRead, size),
    bytesTotal: size,
    close,
  };
}

/**
 * A row's cells, or the reason it cannot be imported. A formula with a cached result reads as that result
 * (what Excel shows); one never computed — a sheet written by a script — has no value to import.
 */
function checkedCells(
  values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>,
  row: number,
): string[] {
  if (Array.isArray(values)) {
    if (values.length - 1 > MAX_COLUMNS) throw new TableReadError('fileTooManyColumns', row);
    for (const value of values) {
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        const result = (value as { result?: unknown }).result;
        if (result === undefined || result === null) throw new TableReadError('cellFormulaUncomputed', row);
      }
    }
  }
  const cells = rowCells(values);
  if (cells.reduce((n, c) => n + c.length, 0) > MAX_RECORD_CHARS)
    throw new TableReadError('fileRowTooLong', row);
  return cells;
}

async function* dataRows(
  rows: AsyncIterator<TableRow>,
  close: () => Promise<void>,
): AsyncGenerator<TableRow> {
  try {
    for (;;) {
      const next = await rows.next();
      if (next.done) return;
      if (!isBlankRow(next.value.cells)) yield next.value;
    }
  } finally {
    await close();
  }
}
