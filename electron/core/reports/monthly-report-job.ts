import BetterSqlite3 from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../db/connection';
import type { JobIo, JobParams } from '../jobs/protocol';
import { JobCancelled } from '../jobs/protocol';
import { writeMonthlyReport } from './monthly/write-monthly-report';
import { recordScheduledMonth } from './schedule';

/**
 * Job `monthlyReport`: a worker thread on its own connection, so the app keeps answering while 100k order lines
 * are written. The result message is the MonthlyReportResult JSON. Cancel is checked every 1,000 lines; the
 * partial file is then removed and nothing appears under the chosen name.
 */
export async function runMonthlyReportJob(params: JobParams['monthlyReport'], io: JobIo): Promise<string> {
  const sqlite = new BetterSqlite3(params.dbFile, {
    fileMustExist: true,
    nativeBinding: io.env.nativeBinding,
  });
  try {
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('foreign_keys = ON');
    const result = await writeMonthlyReport(sqlite, params.month, params.lang, params.outFile, {
      progress(done, total) {
        if (io.cancelled) throw new JobCancelled();
        io.progress(done, total);
      },
    });
    if (params.scheduled) recordScheduledMonth(sqlite, params.month);
    return JSON.stringify(result);
  } finally {
    sqlite.close();
  }
}
