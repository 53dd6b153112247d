import type { UpgradeProgress } from '../../../shared/domain/recovery';
import { AppError } from '../../../shared/api/result';
import { LATEST_SCHEMA_VERSION, migrations } from '../db/migrations';
import { runHostWorker, type HostWork, type HostWorkerOptions } from './host-worker';

/** The migration of an older file failed in the worker; its transaction rolled back, the file kept its version. */
export class UpgradeFailedError extends AppError {
  constructor(file: string, from: number, reason: string) {
    super(
      'INTERNAL',
      `${file} could not be brought up to date from schema version ${from}: ${reason}. It was left at version ${from}.`,
      { key: 'dbUpgradeFailed', params: { from, reason } },
    );
  }
}

export interface UpgradeOptions extends Omit<HostWorkerOptions, 'onProgress'> {
  dbFile: string;
  /** The file's schema version now (read-only probe). */
  from: number;
  onProgress(progress: UpgradeProgress): void;
}

/**
 * Brings an older file up to date in a worker thread (db/migrate-job.ts) before the core opens it, so the
 * window shows "upgrading your data" with the step it is on instead of hanging: migration 0008 alone fills the
 * daily rollups from every order (about a minute at 1,000,000 orders). Each migration stays one transaction:
 * a crash or a kill mid-way leaves the file at the last version that committed.
 */
export function upgradeInWorker(options: UpgradeOptions): { progress: UpgradeProgress; work: HostWork } {
  const pending = migrations.filter((m) => m.version > options.from);
  const progress: UpgradeProgress = {
    done: 0,
    total: pending.length,
    from: options.from,
    to: LATEST_SCHEMA_VERSION,
    current: pending[0]?.name ?? null,
    startedAt: new Date().toISOString(),
  };
  const work = runHostWorker(
    { kind: 'migrate', params: { dbFile: options.dbFile } },
    {
      ...options,
      onProgress: (done) => {
        progress.done = done;
        progress.current = pending[done]?.name ?? null;
        options.onProgress({ ...progress });
      },
    },
  );
  const result = work.result.catch((err: unknown) => {
    throw new UpgradeFailedError(options.dbFile, options.from, (err as Error).message);
  });
  return { progress, work: { ...work, result } };
}
