import type { BackupFile } from './backup';

/**
 * Why the core opened in recovery instead of opening the database: written by a newer ChannelDesk (never
 * touched), not a ChannelDesk/SQLite database at all, or damaged (integrity or foreign-key check failed).
 */
export const recoveryProblemKinds = ['tooNew', 'unreadable', 'damaged'] as const;
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

export interface RecoveryStatus {
  mode: 'normal' | 'recovery';
  /** The database file the app opens. */
  dbFile: string;
  problem: RecoveryProblem | null;
  /** In recovery: the newest backup in the data folder that passes validation (null when none does). */
  latestGood: BackupFile | null;
  /** Whether the host can end itself (the app and the preview can; a plain core cannot). */
  canQuit: boolean;
}
