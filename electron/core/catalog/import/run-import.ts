import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { nowIso } from '../../../../shared/logic/ids';
import { validationText } from '../../../../shared/api/schemas/common';
import { applyRows, type ApplyIo } from './apply';
import { readSheetRows } from './read-rows';
import { TableReadError } from '../../orders/read/types';
import { loadSnapshot } from './snapshot';
import { validateRows, type ImportIssue } from './validate';
import type { ImportMessage, ImportSummary } from '../../../../shared/domain/catalog';

export type { ImportMessage, ImportSummary };

/** English text of an issue key (the renderer translates the same keys under validation.<key>). */
export function describeImportIssue(issue: ImportIssue): string {
  const text = validationText[issue.key] ?? `is invalid (${issue.key})`;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(issue.params?.[name] ?? ''));
}

const toMessage = (i: ImportIssue): ImportMessage => ({
  row: i.row,
  column: i.column,
  message: describeImportIssue(i),
  key: i.key,
  ...(i.params ? { params: i.params } : {}),
});

/**
 * Reads, validates everything, and only then writes: a file with any error writes nothing and comes back
 * with every problem at once, so the seller fixes the sheet in one pass.
 */
export async function importProductsFile(
  sqlite: BetterSqlite3.Database,
  file: string,
  io: ApplyIo,
): Promise<ImportSummary> {
  const summary: ImportSummary = { inserted: 0, updated: 0, unchanged: 0, errors: [], warnings: [] };
  const ext = path.extname(file).toLowerCase();
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    summary.errors.push(toMessage({ row: 0, column: '', key: 'fileMissing' }));
    return summary;
  }
  if (!['.csv', '.txt', '.tsv', '.xlsx'].includes(ext)) {
    summary.errors.push(toMessage({ row: 0, column: '', key: 'fileType' }));
    return summary;
  }
  let rows: string[][];
  try {
    rows = (await readSheetRows(file)).rows;
  } catch (error) {
    // The reader names what is wrong (binary, a row too long, a zip bomb…); anything else is "unreadable".
    const known = error instanceof TableReadError;
    summary.errors.push(
      toMessage({ row: known ? error.row : 0, column: '', key: known ? error.key : 'fileUnreadable' }),
    );
    return summary;
  }
  const at = nowIso();
  const snap = loadSnapshot(sqlite, at);
  const checked = validateRows(rows, snap);
  summary.warnings = checked.warnings.map(toMessage);
  if (checked.errors.length) {
    summary.errors = checked.errors.map(toMessage);
    return summary;
  }
  const counts = await applyRows(sqlite, checked.rows, snap, io, at, path.basename(file));
  return { ...summary, ...counts };
}
