import BetterSqlite3 from 'better-sqlite3';
import type { JobIo, JobParams } from '../../jobs/protocol';
import { applyTestPageLimit } from '../../db/disk-full';
import { BUSY_TIMEOUT_MS } from '../../db/connection';
import { nowIso } from '../../../../shared/logic/ids';
import { importSurveyResponses } from './run-survey-import';

/**
 * Job `importSurveyResponses`: a worker thread on its own connection (as the ticket import), so reading a
 * form tool's export and writing its responses never blocks the thread answering the UI. The result message
 * is the SurveyImportSummary as JSON; a file with errors is a "done" job whose summary lists them, with
 * nothing written, and a cancelled job has written nothing either.
 */
export async function runImportSurveyJob(
  params: JobParams['importSurveyResponses'],
  io: JobIo,
): Promise<string> {
  const sqlite = new BetterSqlite3(params.dbFile, {
    fileMustExist: true,
    nativeBinding: io.env.nativeBinding,
  });
  try {
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('foreign_keys = ON');
    applyTestPageLimit(sqlite);
    const summary = await importSurveyResponses(
      sqlite,
      {
        templateId: params.templateId,
        storefrontId: params.storefrontId,
        mapping: params.mapping,
        path: params.file,
      },
      nowIso(),
      { io },
    );
    return JSON.stringify(summary);
  } finally {
    sqlite.close();
  }
}
