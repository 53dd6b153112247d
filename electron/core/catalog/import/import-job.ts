import BetterSqlite3 from 'better-sqlite3';
import type { JobIo, JobParams } from '../../jobs/protocol';
import { JobCancelled } from '../../jobs/protocol';
import { ImportCancelled } from './apply';
import { importProductsFile } from './run-import';

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
    const summary = await importProductsFile(sqlite, params.file, io);
    return JSON.stringify(summary);
  } catch (err) {
    if (err instanceof ImportCancelled) throw new JobCancelled();
    throw err;
  } finally {
    sqlite.close();
  }
}
