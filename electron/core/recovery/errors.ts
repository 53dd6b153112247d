import { AppError } from '../../../shared/api/result';
import type { RecoveryProblem } from '../../../shared/domain/recovery';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../db/connection';
import { UpgradeFailedError } from './upgrade';

/** Every normal call while the database could not be opened: the page shows the recovery screen instead. */
export const inRecovery = (problem: RecoveryProblem): AppError =>
  new AppError('CONFLICT', `ChannelDesk is in recovery: ${problem.message}. Restore a backup or quit.`, {
    key: 'recoveryMode',
    params: { kind: problem.kind },
  });

export const restoring = (): AppError =>
  new AppError('CONFLICT', 'A backup is being restored; try again in a moment', { key: 'restoring' });

export const jobsRunning = (kinds: string[]): AppError =>
  new AppError(
    'CONFLICT',
    `A restore replaces the database under running work (${kinds.join(', ')}): wait for it to finish or cancel it`,
    { key: 'restoreJobsRunning', params: { kinds: kinds.join(', ') } },
  );

/** A database from a newer ChannelDesk stays exactly where and as it is: update instead of restoring over it. */
export const tooNewNoRestore = (): AppError =>
  new AppError(
    'CONFLICT',
    'The database was written by a newer ChannelDesk and is left untouched: update ChannelDesk instead of restoring over it',
    { key: 'restoreOverNewer' },
  );

/** The recovery screen's problem for an error thrown while opening (upgrade, migration, open). */
export function problemFromError(err: unknown): RecoveryProblem {
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof UpgradeFailedError) return { kind: 'upgradeFailed', message, details: [message] };
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
