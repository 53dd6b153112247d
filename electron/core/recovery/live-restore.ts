import { channels, type Namespace } from '../../../shared/api/channels';
import type { RestoreSummary } from '../../../shared/domain/backup';
import type { RecoveryProblem } from '../../../shared/domain/recovery';
import type { Core, CoreOptions } from '../app';
import type { AutoBackups } from '../backup/auto-backup';
import { checkRestoreSource } from '../backup/handlers';
import { restoreDatabase, validateBackupFile } from '../backup/restore';
import type { FileAccess } from '../files/dialogs';
import type { BackgroundCheck } from './background-check';
import { jobsRunning, restoring, tooNewNoRestore } from './errors';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The host as a restore sees it: the state stays the host's, read and changed through these calls. */
export interface LiveRestoreHost {
  dbFile: string;
  dataDir: string;
  nativeBinding?: string;
  /** The recovery screen's file access, for when no core is open. */
  recoveryFiles: FileAccess;
  emit: NonNullable<CoreOptions['emit']>;
  problem(): RecoveryProblem | null;
  core(): Core | null;
  background(): BackgroundCheck | null;
  backups(): AutoBackups | null;
  /** Calls in flight, the restore's own included. */
  inflight(): number;
  swapping(): boolean;
  setSwapping(on: boolean): void;
  /** Forgets the open core and what ran beside it (both stopped by now) before the core closes. */
  detach(): void;
  /** Opens the file again: the restored one, or the untouched old one when the swap failed. */
  reopen(): Promise<void>;
}

/** backup.restore on a running host (recovery/host.ts): swaps the file under it and opens a fresh core. */
export async function restoreLive(file: string, host: LiveRestoreHost): Promise<RestoreSummary> {
  const { dbFile, dataDir, nativeBinding } = host;
  if (host.swapping()) throw restoring();
  if (host.problem()?.kind === 'tooNew') throw tooNewNoRestore();
  const from = checkRestoreSource(file, { dataDir, files: host.core()?.ctx.files ?? host.recoveryFiles });
  // Refused files change nothing: checked before anything is closed.
  validateBackupFile(from, nativeBinding);
  host.setSwapping(true);
  try {
    // This call is one of the in-flight ones; the others finish on the old connection first.
    while (host.inflight() > 1) await sleep(5);
    const core = host.core();
    if (core) {
      const running = core.ctx.jobs.list().filter((j) => j.state === 'running');
      const blocking = running.filter((j) => j.kind !== 'backup');
      if (blocking.length) throw jobsRunning(blocking.map((j) => j.kind));
      for (const job of running) await core.ctx.jobs.wait(job.id);
      // The check of the file being replaced says nothing about the restored one (it is checked anew). Its
      // connection must be gone before the swap (Windows cannot rename over an open file): a check inside
      // its one SQLite call ends only when that call returns.
      const background = host.background();
      background?.stop();
      await background?.finished;
      host.backups()?.stop();
      host.detach();
      await core.close();
    }
    let result: Awaited<ReturnType<typeof restoreDatabase>>;
    try {
      result = await restoreDatabase({ dbFile, dataDir, from, nativeBinding });
    } finally {
      await host.reopen();
    }
    for (const namespace of Object.keys(channels) as Namespace[]) host.emit('data:changed', { namespace });
    const opened = host.core();
    return {
      restoredFrom: result.restoredFrom,
      preRestoreBackup: result.preRestoreBackup,
      schemaVersion: opened
        ? Number(opened.ctx.sqlite.pragma('user_version', { simple: true }))
        : result.schemaVersion,
    };
  } finally {
    host.setSwapping(false);
  }
}
