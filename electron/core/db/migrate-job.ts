import type { JobIo, JobParams } from '../jobs/protocol';
import { migrate, openDatabase } from './connection';

/**
 * Brings the shop's file up to date in a worker thread before the app opens it (recovery/host.ts), so the
 * window stays responsive and shows "upgrading your data" with the step it is on. Each migration is still
 * its own all-or-nothing transaction; progress goes out as (done, total) pending migrations.
 */
export async function runMigrateJob(params: JobParams['migrate'], io: JobIo): Promise<string> {
  const handle = await openDatabase(params.dbFile, { nativeBinding: io.env.nativeBinding, migrate: false });
  try {
    // As the import jobs do (CONTRIBUTING): a migration that fills from every order (0008's rollups and its
    // index on orders) is one long transaction, and with SQLite's 2 MB default cache its dirty pages spill.
    handle.sqlite.pragma('cache_size = -131072');
    const version = await migrate(handle, undefined, (step) => io.progress(step.done, step.total));
    return String(version);
  } finally {
    await handle.close();
  }
}
