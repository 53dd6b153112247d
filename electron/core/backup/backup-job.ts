import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../db/busy-timeout';
import type { JobIo, JobParams } from '../jobs/protocol';
import { JobCancelled } from '../jobs/protocol';

/**
 * Copies a live database with SQLite's online backup API (consistent even while the app writes), into a
 * temporary file renamed into place only when complete: a cancelled or failed backup leaves nothing behind.
 */
export async function runBackupJob(params: JobParams['backup'], io: JobIo): Promise<string> {
  const out = path.resolve(params.outFile);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  fs.rmSync(partial, { force: true });
  const { nativeBinding } = io.env;
  const source = new BetterSqlite3(params.dbFile, { fileMustExist: true, readonly: true, nativeBinding });
  try {
    // The app or the CLI may be mid-commit: wait for them like every other connection does.
    source.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await source.backup(partial, {
      progress({ totalPages, remainingPages }) {
        if (io.cancelled) throw new JobCancelled();
        io.progress(totalPages - remainingPages, totalPages);
        // Small steps keep cancel responsive and let the app's writers in between.
        return 256;
      },
    });
    // The copy inherits WAL mode; a backup file should be one self-contained file.
    const copy = new BetterSqlite3(partial, { nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, out);
    return out;
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    source.close();
  }
}
