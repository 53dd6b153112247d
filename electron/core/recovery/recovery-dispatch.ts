import { channels, type Namespace } from '../../../shared/api/channels';
import type { BackupFile } from '../../../shared/domain/backup';
import type { RecoveryProblem, RecoveryStatus } from '../../../shared/domain/recovery';
import type { Language } from '../../../shared/domain/settings';
import type { CoreContext } from '../context';
import type { FileAccess } from '../files/dialogs';
import { showFileChoice } from '../files/handlers';
import type { Handlers } from '../handlers';
import { createDispatch, type Dispatch } from '../router';
import { validateBackupFile } from '../backup/restore';
import { listBackups } from '../backup/service';
import { inRecovery } from './errors';

export interface RecoveryDeps {
  problem: RecoveryProblem;
  dataDir: string;
  files: FileAccess;
  language: Language;
  status(): RecoveryStatus;
  restore(path: string): Promise<unknown>;
  quit(): { quitting: boolean };
}

/**
 * The API while the database cannot be opened: the recovery screen's calls (status, the backups, a file
 * dialog, restore, quit) work; every other call answers CONFLICT recoveryMode naming the problem. Inputs are
 * still validated by the contract's schemas (createDispatch), so a bad payload is INVALID_INPUT as always.
 */
export function recoveryDispatch(deps: RecoveryDeps): Dispatch {
  const refuse = (): never => {
    throw inRecovery(deps.problem);
  };
  const impl = Object.fromEntries(
    (Object.keys(channels) as Namespace[]).map((namespace) => [
      namespace,
      Object.fromEntries(channels[namespace].map((method) => [method, refuse])),
    ]),
  ) as unknown as Handlers;
  impl.recovery = { status: () => deps.status(), quit: () => deps.quit() };
  impl.backup = {
    ...impl.backup,
    list: (): BackupFile[] => listBackups(deps.dataDir),
    restore: (input) => deps.restore(input.path) as never,
  };
  impl.files = { choose: (input) => showFileChoice(deps.files, () => deps.language, input) };
  // No handler here reads the context: the database it would hold is the one that could not be opened.
  return createDispatch(() => ({}) as CoreContext, impl);
}

/** The newest backup in the data folder that passes validation (null when none does). */
export function latestGoodBackup(dataDir: string, nativeBinding?: string): BackupFile | null {
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
