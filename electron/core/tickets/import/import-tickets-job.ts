import BetterSqlite3 from 'better-sqlite3';
import type { JobIo, JobParams } from '../../jobs/protocol';
import { applyTestPageLimit } from '../../db/disk-full';
import { BUSY_TIMEOUT_MS } from '../../db/connection';
import { nowIso } from '../../../../shared/logic/ids';
import { importTicketsFile } from './run-ticket-import';

/**
 * Job `importTickets`: a worker thread on its own connection, so a large after-sales export never blocks the
 * thread answering the UI. The result message is the TicketImportSummary as JSON; a file with errors is a
 * "done" job whose summary lists them, with nothing written.
 */
export async function runImportTicketsJob(params: JobParams['importTickets'], io: JobIo): Promise<string> {
  const sqlite = new BetterSqlite3(params.dbFile, {
    fileMustExist: true,
    nativeBinding: io.env.nativeBinding,
  });
  try {
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('foreign_keys = ON');
    applyTestPageLimit(sqlite);
    const summary = await importTicketsFile(
      sqlite,
      { storefrontId: params.storefrontId, file: params.file },
      nowIso(),
      { progress: (done, total) => io.progress(done, total) },
    );
    return JSON.stringify(summary);
  } finally {
    sqlite.close();
  }
}
