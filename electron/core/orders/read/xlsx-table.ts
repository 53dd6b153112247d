import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { isBlankRow, searchHeader } from './header-search';
import { rowCells } from './xlsx-cell-text';
import { TableReadError, type OpenTableOptions, type TableRow, type TableSource } from './types';

/**
 * The first worksheet of an xlsx through exceljs' streaming WorkbookReader. Styles are read because without
 * them a date cell is only a serial number; shared strings are cached, as the sheet refers to them by index.
 * A truncated or corrupt zip fails inside exceljs/unzipper: every such error becomes 'fileUnreadable'.
 */
export async function openXlsxTable(
  file: string,
  size: number,
  options: OpenTableOptions,
): Promise<TableSource> {
  const input = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
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
          yield { row: row.number, cells: rowCells(row.values) };
        }
        break;
      }
    } catch {
      throw new TableReadError('fileUnreadable', lastRow + 1);
    }
    // A zip without a worksheet (a .docx renamed, an empty archive) is not a spreadsheet.
    if (sheets === 0) throw new TableReadError('fileUnreadable');
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
