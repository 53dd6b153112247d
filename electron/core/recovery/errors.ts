import { AppError } from '../../../shared/api/result';
import type { RecoveryProblem } from '../../../shared/domain/recovery';

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
