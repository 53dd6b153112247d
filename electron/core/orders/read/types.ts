/**
 * Streaming access to one table file (csv/tsv/txt in any encoding, or the first sheet of an xlsx).
 * Nothing here knows about platforms: formats decide which row is the header (`findHeader`).
 */
export interface TableRow {
  /** 1-based row in the file as a spreadsheet shows it (csv: record number; xlsx: sheet row). */
  row: number;
  /** Cell texts exactly as decoded (not trimmed: formats clean ids and amounts themselves). */
  cells: string[];
}

export interface OpenTableOptions {
  /**
   * Called on each of the first rows until it returns true: that row is the header. Lines before it are a
   * preamble (notes, report titles, blank lines) and are skipped.
   */
  findHeader(cells: string[]): boolean;
  /** How many rows may precede the header before the file is refused (default 30). */
  maxPreambleRows?: number;
}

export interface TableSource {
  file: string;
  kind: 'csv' | 'xlsx';
  /** csv only: what was detected. */
  encoding: 'utf8' | 'utf8-bom' | 'gb18030' | 'utf16le' | 'utf16be' | null;
  delimiter: ',' | '\t' | ';' | null;
  headerRow: number;
  /** Header cells as in the file (trimmed). */
  headers: string[];
  /** Rows after the header, streamed; blank rows are skipped. */
  rows(): AsyncIterable<TableRow>;
  /** Progress through the file in bytes (compressed bytes for xlsx). */
  bytesRead(): number;
  bytesTotal: number;
  close(): Promise<void>;
}

/** Why a file could not be opened as a table; the key is a validation key shown to the person. */
export class TableReadError extends Error {
  constructor(
    readonly key:
      | 'fileMissing'
      | 'fileType'
      | 'fileUnreadable'
      | 'fileEmpty'
      | 'headerNotFound'
      // What exactly is wrong, so the person knows what to fix (malformed-imports.test.ts has one file each).
      | 'fileBinary'
      | 'fileRowTooLong'
      | 'fileTooManyColumns'
      | 'fileQuoteUnclosed'
      | 'xlsxDamaged'
      | 'xlsxNotWorkbook'
      | 'xlsxTooLarge'
      | 'cellFormulaUncomputed',
    readonly row = 0,
  ) {
    super(key);
    this.name = 'TableReadError';
  }
}
