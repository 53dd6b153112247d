import type { BackupFile } from './backup';

/**
 * Why the core opened in recovery instead of opening the database: written by a newer ChannelDesk (never
 * touched), not a ChannelDesk/SQLite database at all, damaged (integrity or foreign-key check failed, on open
 * or by the background check), or an upgrade (migration) that failed and left the file at its old version.
 */
export const recoveryProblemKinds = ['tooNew', 'unreadable', 'damaged', 'upgradeFailed'] as const;
export type RecoveryProblemKind = (typeof recoveryProblemKinds)[number];

export interface RecoveryProblem {
  kind: RecoveryProblemKind;
  /** English sentence for logs; the screen speaks from `kind` and `details`. */
  message: string;
  /** What SQLite reported (first few lines of integrity_check, the open error…). */
  details: string[];
  /** tooNew: the file's schema version and the newest this ChannelDesk knows. */
  found?: number;
  known?: number;
}

/** While the host brings an older file up to date (migrations in a worker, before the app opens it). */
export interface UpgradeProgress {
  /** Migrations applied so far, of `total` pending ones. */
  done: number;
  total: number;
  /** Schema version of the file before, and the one it is brought to. */
  from: number;
  to: number;
  /** The migration running now (null once all are done). */
  current: string | null;
  startedAt: string;
}

export interface RecoveryStatus {
  /** `upgrading`: the file is being brought up to date; every call but this one waits for the answer. */
  mode: 'normal' | 'recovery' | 'upgrading';
  /** The database file the app opens. */
  dbFile: string;
  problem: RecoveryProblem | null;
  /** In recovery: the newest backup in the data folder that passes validation (null when none does). */
  latestGood: BackupFile | null;
  /** Whether the host can end itself (the app and the preview can; a plain core cannot). */
  canQuit: boolean;
  /** Only while upgrading. */
  upgrade?: UpgradeProgress;
}
