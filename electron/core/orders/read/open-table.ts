import fs from 'node:fs';
import path from 'node:path';
import { openCsvTable } from './csv-table';
import { openXlsxTable } from './xlsx-table';
import { TableReadError, type OpenTableOptions, type TableSource } from './types';

const textExtensions = new Set(['.csv', '.tsv', '.txt']);

/**
 * Opens an order, fee or mapping file for streaming: csv/tsv/txt in any encoding sellers send, or the first
 * sheet of an xlsx. The header row is found with `options.findHeader`; the data rows are then read one at a
 * time from the same stream, so a 500,000-line export never sits in memory. Every way a file can be wrong
 * (missing, wrong type, empty, not a table, no header, corrupt) is a TableReadError with the key to show.
 */
export async function openTable(file: string, options: OpenTableOptions): Promise<TableSource> {
  const ext = path.extname(file).toLowerCase();
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    throw new TableReadError('fileMissing');
  }
  if (!stat.isFile()) throw new TableReadError('fileMissing');
  if (ext !== '.xlsx' && !textExtensions.has(ext)) throw new TableReadError('fileType');
  if (stat.size === 0) throw new TableReadError('fileEmpty');
  try {
    return ext === '.xlsx'
      ? await openXlsxTable(file, stat.size, options)
      : await openCsvTable(file, stat.size, options);
  } catch (error) {
    // A file that vanished or became unreadable between stat and read (permissions, a locked file); other
    // errors are bugs (a findHeader that throws) and stay visible as such.
    if (error instanceof Error && 'code' in error && 'syscall' in error)
      throw new TableReadError('fileUnreadable');
    throw error;
  }
}
