import BetterSqlite3 from 'better-sqlite3';
import type { JobIo, JobParams } from '../../jobs/protocol';
import { JobCancelled } from '../../jobs/protocol';
import { ImportCancelled } from './apply';
import { describeImportIssue, importProductsFile, type ImportSummary } from './run-import';
import { applyTestPageLimit, isDiskFull } from '../../db/disk-full';

/**
 * Job `importProducts`: runs in a worker thread on its own connection. The result message is the summary
 * as JSON (the CLI prints it; rejected files are a "done" job whose summary lists the errors).
 */
export async function runImportProductsJob(params: JobParams['importProducts'], io: JobIo): Promise<string> {
  const sqlite = new BetterSqlite3(params.dbFile, {
    fileMustExist: true,
    nativeBinding: io.env.nativeBinding,
  });
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    applyTestPageLimit(sqlite);
    const summary = await importProductsFile(sqlite, params.file, io);
    return JSON.stringify(summary);
  } catch (err) {
    if (err instanceof ImportCancelled) throw new JobCancelled();
    // The import's one transaction rolled back: nothing was written, and the person is told why in their language.
    if (isDiskFull(err)) {
      const issue = { row: 0, column: '', key: 'diskFull' };
      const full: ImportSummary = {
        inserted: 0,
        updated: 0,
        unchanged: 0,
        warnings: [],
        errors: [{ ...issue, message: describeImportIssue(issue) }],
      };
      return JSON.stringify(full);
    }
    throw err;
  } finally {
    sqlite.close();
  }
}
