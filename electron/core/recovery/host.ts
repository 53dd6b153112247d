import fs from 'node:fs';
import path from 'node:path';
import type {
  BackupFile,
  IntegrityCheckRecord,
  IntegrityStatus,
  RestoreSummary,
} from '../../../shared/domain/backup';
import type { RecoveryProblem, RecoveryStatus, UpgradeProgress } from '../../../shared/domain/recovery';
import { createCore, type Core } from '../app';
import { startAutoBackups, type AutoBackups } from '../backup/auto-backup';
import { readIntegrityRecord, writeIntegrityRecord } from '../backup/integrity-record';
import { checkDatabaseOnOpen, damaged, type OpenCheck } from '../backup/open-check';
import { readSchemaVersion } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { FileAccess } from '../files/dialogs';
import { createDispatch, handlers, toFailure, type Dispatch } from '../router';
import { checkInWorker, startBackgroundCheck, type BackgroundCheck } from './background-check';
import { problemFromError, restoring } from './errors';
import { latestGoodBackup, recoveryDispatch } from './recovery-dispatch';
import type { HostCore, HostOptions } from './host-types';
import { restoreLive } from './live-restore';
import { upgradeInWorker } from './upgrade';
import { countedBy, quietStart, type QuietStart } from './quiet-start';

export type { HostCore, HostOptions } from './host-types';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The host, once its file is open or it is in recovery (the CLI-like callers and tests). */
export async function startCore(options: HostOptions): Promise<HostCore> {
  const host = beginCore(options);
  await host.ready;
  return host;
}

/**
 * The core as the app and the preview run it; answers calls at once. Before opening the shop's file it is
 * checked read-only (open-check.ts); an older file is upgraded in a worker meanwhile `recovery.status` says
 * `upgrading` with the step; a big file is fully checked in a worker after it opened (background-check.ts).
 * A damaged, foreign or future file — found on open or by that check — puts the host in recovery instead of
 * crashing: the recovery screen's calls work, every other call is refused with the problem. backup.restore
 * works in both states: in-flight calls drain, the core (its connection, job runner and backup timer) closes,
 * the file is swapped (restore.ts) and a fresh core opens on it, so no handle of the old file survives.
 */
export function beginCore(options: HostOptions): HostCore {
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
  let upgrade: UpgradeProgress | null = null;
  let stopUpgrade: (() => void) | null = null;
  let background: BackgroundCheck | null = null;
  let leaving: Promise<void> | null = null;
  let closed = false;
  // Only the first open waits for quiet: after a restore the window is already up and answered.
  const gate: QuietStart | null = options.backgroundStart ? quietStart(options.backgroundStart) : null;
  let backgroundStarted: Promise<void> = Promise.resolve();
  const changed = () => emit('data:changed', { namespace: 'recovery' });
  let upgradeBegins = (): void => undefined;
  const upgradeStarted = new Promise<void>((resolve) => (upgradeBegins = resolve));

  const quit = (): { quitting: boolean } => {
    if (!options.onQuit) return { quitting: false };
    // After this answer has gone out.
    setImmediate(options.onQuit);
    return { quitting: true };
  };

  function status(): RecoveryStatus {
    const canQuit = Boolean(options.onQuit);
    if (upgrade) return { mode: 'upgrading', dbFile, problem: null, latestGood: null, canQuit, upgrade };
    if (!problem) return { mode: 'normal', dbFile, problem: null, latestGood: null, canQuit };
    latestGood ??= latestGoodBackup(dataDir, nativeBinding);
    return { mode: 'recovery', dbFile, problem, latestGood, canQuit };
  }

  async function open(afterRestore: boolean): Promise<void> {
    const existed = (fs.statSync(dbFile, { throwIfNoEntry: false })?.size ?? 0) > 0;
    check = checkDatabaseOnOpen(dbFile, nativeBinding, options.fullCheckMaxBytes);
    problem = check.problem;
    latestGood = undefined;
    if (!problem) {
      try {
        if (existed) await upgradeFile();
        if (closed) return;
        core = await createCore({ ...options, dbFile, dataDir });
      } catch (err) {
        problem = problemFromError(err);
      } finally {
        upgrade = null;
      }
    }
    if (problem) {
      enterRecovery(problem);
      return;
    }
    const [opened, fast] = [core, check.mode === 'fast'];
    const startWork = (): void => {
      // Closed, restored or switched to recovery while waiting for quiet: that work is not this file's now.
      if (closed || !opened || core !== opened) return;
      const auto = typeof options.autoBackup === 'object' ? options.autoBackup : {};
      // A shop created just now has nothing worth a copy; right after a restore the backup was just checked.
      if (options.autoBackup)
        backups = startAutoBackups(opened, { atStart: existed && !afterRestore, log, ...auto });
      if (fast) checkInBackground();
    };
    if (gate && !afterRestore) backgroundStarted = gate.quiet.then(startWork);
    else startWork();
  }

  function enterRecovery(found: RecoveryProblem): void {
    problem = found;
    latestGood = undefined;
    log(`ChannelDesk opened in recovery: ${found.message}`);
    inRecovery = recoveryDispatch({
      problem: found,
      dataDir,
      files: recoveryFiles,
      language,
      status,
      restore,
      quit,
    });
  }

  /** An older file: its migrations run in a worker while status() reports each step. */
  async function upgradeFile(): Promise<void> {
    const from = readSchemaVersion(dbFile, nativeBinding);
    if (from >= LATEST_SCHEMA_VERSION) return;
    const started = upgradeInWorker({
      dbFile,
      from,
      workerEntry: options.workerEntry,
      nativeBinding,
      onProgress: (progress) => {
        upgrade = progress;
        changed();
      },
    });
    upgrade = started.progress;
    stopUpgrade = started.work.stop;
    upgradeBegins();
    changed();
    try {
      await started.work.result;
    } finally {
      stopUpgrade = null;
    }
    log(`Upgraded ${dbFile} from schema version ${from} to ${LATEST_SCHEMA_VERSION}`);
  }

  /** The full check of a big file, after it opened; damage switches the running app to recovery. */
  function checkInBackground(): void {
    const checking = core;
    background = startBackgroundCheck({
      dbFile,
      workerEntry: options.workerEntry,
      nativeBinding,
      log,
      onClean: () => changed(),
      onDamage: (record) => {
        if (core !== checking || swapping || closed) return;
        leaving = leaveForRecovery(damaged(dbFile, 'background integrity check', record.problems), record);
      },
    });
  }

  /** Closes the open core (calls drain first) and answers from the recovery screen's dispatch from now on. */
  async function leaveForRecovery(found: RecoveryProblem, record: IntegrityCheckRecord): Promise<void> {
    swapping = true;
    try {
      while (inflight > 0) await sleep(5);
      backups?.stop();
      backups = null;
      const closing = core;
      core = null;
      await closing?.close();
      // Dated after the close (its checkpoint writes the file): the next start opens in recovery at once.
      writeIntegrityRecord(dbFile, { ...record, checkedAt: new Date().toISOString() });
      enterRecovery(found);
    } finally {
      swapping = false;
    }
    changed();
  }

  function restore(file: string): Promise<RestoreSummary> {
    return restoreLive(file, {
      dbFile,
      dataDir,
      nativeBinding,
      recoveryFiles,
      emit,
      problem: () => problem,
      core: () => core,
      background: () => background,
      backups: () => backups,
      inflight: () => inflight,
      swapping: () => swapping,
      setSwapping: (on) => (swapping = on),
      detach: () => {
        background = null;
        backups = null;
        core = null;
      },
      reopen: () => open(true),
    });
  }

  const normal = createDispatch(() => core!.ctx, {
    ...handlers,
    backup: {
      ...handlers.backup,
      restore: (input) => restore(input.path),
      integrity: () => integrity(),
      check: () =>
        checkInWorker(dbFile, { workerEntry: options.workerEntry, nativeBinding }).finally(changed),
    },
    recovery: { status, quit },
  });

  const integrity = (): IntegrityStatus => ({
    last: readIntegrityRecord(dbFile),
    running: background?.running() ?? false,
  });

  let opening = true;
  const ready = open(false).finally(() => {
    opening = false;
  });
  return {
    ready,
    // Every call is counted by the gate: background work begins once they are answered and it is quiet.
    dispatch: countedBy(gate, async (namespace, method, input) => {
      const statusCall = namespace === 'recovery' && method === 'status';
      // While opening, calls wait for the file — except status during an upgrade, which says how far it got.
      if (opening && statusCall) await Promise.race([ready, upgradeStarted]);
      if (opening && statusCall) return { ok: true, value: status() };
      if (opening) await ready;
      if ((swapping && !statusCall) || (!core && !inRecovery)) return toFailure(restoring());
      inflight++;
      try {
        return core ? await normal(namespace, method, input) : await inRecovery!(namespace, method, input);
      } finally {
        inflight--;
      }
    }),
    status,
    current: () => core,
    autoBackups: () => backups,
    lastCheck: () => check,
    integrity,
    checked: async () => {
      await ready;
      await backgroundStarted;
      await background?.finished;
      await leaving;
    },
    close: async () => {
      closed = true;
      gate?.cancel();
      // A migration stopped mid-way rolls back: the file keeps the last version that committed.
      stopUpgrade?.();
      await ready.catch(() => undefined);
      background?.stop();
      backups?.stop();
      await core?.close();
      core = null;
    },
  };
}
