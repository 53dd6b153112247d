import fs from 'node:fs';
import path from 'node:path';
import { channels, type Namespace } from '../../../shared/api/channels';
import type { BackupFile, RestoreSummary } from '../../../shared/domain/backup';
import type { RecoveryProblem, RecoveryStatus } from '../../../shared/domain/recovery';
import { createCore, type Core, type CoreOptions } from '../app';
import { startAutoBackups, type AutoBackups } from '../backup/auto-backup';
import { checkRestoreSource } from '../backup/handlers';
import { checkDatabaseOnOpen, type OpenCheck } from '../backup/open-check';
import { restoreDatabase, validateBackupFile } from '../backup/restore';
import { listBackups } from '../backup/service';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../db/connection';
import { FileAccess } from '../files/dialogs';
import { createDispatch, handlers, toFailure, type Dispatch } from '../router';
import { jobsRunning, restoring, tooNewNoRestore } from './errors';
import { recoveryDispatch } from './recovery-dispatch';

export interface HostOptions extends CoreOptions {
  /** Daily automatic backups (the app and the preview); tests may shorten the interval. */
  autoBackup?: boolean | { intervalMs?: number; now?: () => Date };
  /** Ends the host (app.quit, the preview's shutdown); the recovery screen's "Quit". */
  onQuit?: () => void;
  log?: (message: string) => void;
}

export interface HostCore {
  dispatch: Dispatch;
  status(): RecoveryStatus;
  /** The open core; null in recovery (and for a moment during a restore). */
  current(): Core | null;
  autoBackups(): AutoBackups | null;
  /** The check run when the database was last opened: which one and how long it took. */
  lastCheck(): OpenCheck | null;
  close(): Promise<void>;
}

function problemFromError(err: unknown): RecoveryProblem {
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof DatabaseTooNewError) {
    const { found, known } = err.params as { found: number; known: number };
    return { kind: 'tooNew', message, details: [], found, known };
  }
  return {
    kind: err instanceof DatabaseUnreadableError ? 'unreadable' : 'damaged',
    message,
    details: [message],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The core as the app and the preview run it. Before opening the shop's file it is checked read-only
 * (open-check.ts); a damaged, foreign or future file puts the host in recovery instead of crashing: the
 * recovery screen's calls work, every other call is refused with the problem. backup.restore works in both
 * states: in-flight calls drain, the core (its connection, job runner and backup timer) closes, the file is
 * swapped (restore.ts) and a fresh core opens on it, so no handle of the old file survives to write to it.
 */
export async function startCore(options: HostOptions): Promise<HostCore> {
  const dbFile = path.resolve(options.dbFile);
  const dataDir = path.resolve(options.dataDir ?? path.dirname(dbFile));
  const { nativeBinding } = options;
  const log = options.log ?? ((message: string) => console.error(message));
  const emit = options.emit ?? (() => undefined);
  const recoveryFiles = new FileAccess(options.fileDialogs);
  const locale = options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const language = locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

  let core: Core | null = null;
  let problem: RecoveryProblem | null = null;
  let check: OpenCheck | null = null;
  let backups: AutoBackups | null = null;
  let latestGood: BackupFile | null | undefined;
  let inRecovery: Dispatch | null = null;
  let swapping = false;
  let inflight = 0;

  const quit = (): { quitting: boolean } => {
    if (!options.onQuit) return { quitting: false };
    // After this answer has gone out.
    setImmediate(options.onQuit);
    return { quitting: true };
  };

  function findLatestGood(): BackupFile | null {
    for (const backup of listBackups(dataDir)) {
      try {
        validateBackupFile(backup.path, nativeBinding);
        return backup;
      } catch {
        // Damaged or foreign: look at the next older one.
      }
    }
    return null;
  }

  function status(): RecoveryStatus {
    const canQuit = Boolean(options.onQuit);
    if (!problem) return { mode: 'normal', dbFile, problem: null, latestGood: null, canQuit };
    latestGood ??= findLatestGood();
    return { mode: 'recovery', dbFile, problem, latestGood, canQuit };
  }

  async function open(afterRestore: boolean): Promise<void> {
    const existed = (fs.statSync(dbFile, { throwIfNoEntry: false })?.size ?? 0) > 0;
    check = checkDatabaseOnOpen(dbFile, nativeBinding);
    problem = check.problem;
    latestGood = undefined;
    if (!problem) {
      try {
        core = await createCore({ ...options, dbFile, dataDir });
      } catch (err) {
        problem = problemFromError(err);
      }
    }
    if (problem) {
      log(`ChannelDesk opened in recovery: ${problem.message}`);
      inRecovery = recoveryDispatch({
        problem,
        dataDir,
        files: recoveryFiles,
        language,
        status,
        restore,
        quit,
      });
      return;
    }
    if (core && options.autoBackup) {
      const auto = typeof options.autoBackup === 'object' ? options.autoBackup : {};
      // A shop created just now has nothing worth a copy; right after a restore the backup was just checked.
      backups = startAutoBackups(core, { atStart: existed && !afterRestore, log, ...auto });
    }
  }

  async function restore(file: string): Promise<RestoreSummary> {
    if (swapping) throw restoring();
    if (problem?.kind === 'tooNew') throw tooNewNoRestore();
    const from = checkRestoreSource(file, { dataDir, files: core?.ctx.files ?? recoveryFiles });
    // Refused files change nothing: checked before anything is closed.
    validateBackupFile(from, nativeBinding);
    swapping = true;
    try {
      // This call is one of the in-flight ones; the others finish on the old connection first.
      while (inflight > 1) await sleep(5);
      if (core) {
        const running = core.ctx.jobs.list().filter((j) => j.state === 'running');
        const blocking = running.filter((j) => j.kind !== 'backup');
        if (blocking.length) throw jobsRunning(blocking.map((j) => j.kind));
        for (const job of running) await core.ctx.jobs.wait(job.id);
        backups?.stop();
        backups = null;
        const closing = core;
        core = null;
        await closing.close();
      }
      let result: Awaited<ReturnType<typeof restoreDatabase>>;
      try {
        result = await restoreDatabase({ dbFile, dataDir, from, nativeBinding });
      } finally {
        // The restored file, or the untouched old one when the swap failed.
        await open(true);
      }
      for (const namespace of Object.keys(channels) as Namespace[]) emit('data:changed', { namespace });
      const opened = core as Core | null;
      return {
        restoredFrom: result.restoredFrom,
        preRestoreBackup: result.preRestoreBackup,
        schemaVersion: opened
          ? Number(opened.ctx.sqlite.pragma('user_version', { simple: true }))
          : result.schemaVersion,
      };
    } finally {
      swapping = false;
    }
  }

  const normal = createDispatch(() => core!.ctx, {
    ...handlers,
    backup: { ...handlers.backup, restore: (input) => restore(input.path) },
    recovery: { status, quit },
  });

  await open(false);
  return {
    dispatch: async (namespace, method, input) => {
      const statusCall = namespace === 'recovery' && method === 'status';
      if ((swapping && !statusCall) || (!core && !inRecovery)) return toFailure(restoring());
      inflight++;
      try {
        return core ? await normal(namespace, method, input) : await inRecovery!(namespace, method, input);
      } finally {
        inflight--;
      }
    },
    status,
    current: () => core,
    autoBackups: () => backups,
    lastCheck: () => check,
    close: async () => {
      backups?.stop();
      await core?.close();
      core = null;
    },
  };
}
