import BetterSqlite3 from 'better-sqlite3';
import type { IntegrityCheckRecord } from '../../../shared/domain/backup';
import { BUSY_TIMEOUT_MS } from '../db/busy-timeout';
import type { JobIo, JobParams } from '../jobs/protocol';
import { writeIntegrityRecord } from './integrity-record';
import { checkIntegrity } from './service';

/**
 * The full check of the shop's file after the window opened (recovery/background-check.ts): a worker thread
 * on its own read-only connection runs integrity_check and foreign_key_check, and records the outcome beside
 * the database. Measured on the 1,000,000-order bench file (1.35 GB): integrity_check 46 s warm, of which
 * the orders table with its 17 indexes alone is 43 s — checking table by table would not make it stoppable
 * sooner, so it stays SQLite's whole-file check, the same one `channeldesk check` runs.
 */
export function runIntegrityCheckJob(params: JobParams['integrityCheck'], io: JobIo): string {
  const started = performance.now();
  let record: Omit<IntegrityCheckRecord, 'checkedAt' | 'ms'>;
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = new BetterSqlite3(params.dbFile, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: io.env.nativeBinding,
    });
    probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    io.progress(0, 1);
    const report = checkIntegrity(probe);
    record = { ...report, problems: report.problems.slice(0, 50) };
  } catch (err) {
    // SQLITE_CORRUPT, SQLITE_NOTADB: the check's finding, not the job's failure.
    record = { ok: false, schemaVersion: 0, problems: [(err as Error).message] };
  } finally {
    probe?.close();
  }
  const done: IntegrityCheckRecord = {
    ...record,
    checkedAt: new Date().toISOString(),
    ms: Math.round(performance.now() - started),
  };
  writeIntegrityRecord(params.dbFile, done);
  io.progress(1, 1);
  return JSON.stringify(done);
}
