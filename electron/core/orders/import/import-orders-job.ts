import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { OrderImportSummary } from '../../../../shared/domain/orders';
import { applyTestPageLimit, isDiskFull } from '../../db/disk-full';
import { toOrderMessage } from './import-issues';
import type { JobIo, JobParams } from '../../jobs/protocol';
import { JobCancelled } from '../../jobs/protocol';
import { importOrderFiles, OrderImportCancelled } from './run-order-import';
import { importFeeFiles } from './run-fee-import';

function openJobDb(dbFile: string, io: JobIo): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(dbFile, { fileMustExist: true, nativeBinding: io.env.nativeBinding });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // An import is one transaction: with the default 2 MB page cache SQLite spills dirty index pages into the WAL
  // mid-transaction and rewrites them again and again (measured 3× slower at 200k orders). 16 MB holds the pages
  // an import keeps touching now that a large import sets the order indexes aside (deferred-indexes.ts): on
  // 500,000 lines, 8, 16 and 32 MB took the same time within noise (tmpfs, alternating runs), and 32 MB put the
  // process's peak at 398–402 MB, at the 400 MB the app must hold (16 MB: 352–357 MB). 50,000 orders into the
  // 1M-order bench shop, indexes kept in step: 16 and 32 MB also the same within noise.
  sqlite.pragma('cache_size = -16384');
  applyTestPageLimit(sqlite);
  return sqlite;
}

/**
 * A full disk mid-import: the transaction rolled back, so nothing was written. Said as an import problem
 * (key diskFull, both languages) instead of a failed job with SQLite's English text.
 */
function diskFullSummary(files: string[]): string {
  const summary: OrderImportSummary = {
    importId: null,
    format: null,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    lines: 0,
    unmatchedSkus: [],
    warnings: [],
    errors: [toOrderMessage({ file: path.basename(files[0] ?? ''), row: 0, column: '', key: 'diskFull' })],
  };
  return JSON.stringify(summary);
}

/**
 * Jobs `importOrders` / `importFees`: a worker thread on its own connection. The result message is the summary as
 * JSON (a rejected file is a "done" job whose summary lists the errors; nothing was written).
 */
export async function runImportOrdersJob(params: JobParams['importOrders'], io: JobIo): Promise<string> {
  const sqlite = openJobDb(params.dbFile, io);
  try {
    return JSON.stringify(await importOrderFiles(sqlite, params, io));
  } catch (err) {
    if (err instanceof OrderImportCancelled) throw new JobCancelled();
    if (isDiskFull(err)) return diskFullSummary(params.files);
    throw err;
  } finally {
    sqlite.close();
  }
}

export async function runImportFeesJob(params: JobParams['importFees'], io: JobIo): Promise<string> {
  const sqlite = openJobDb(params.dbFile, io);
  try {
    return JSON.stringify(await importFeeFiles(sqlite, params, io));
  } catch (err) {
    if (err instanceof OrderImportCancelled) throw new JobCancelled();
    if (isDiskFull(err)) return diskFullSummary(params.files);
    throw err;
  } finally {
    sqlite.close();
  }
}
