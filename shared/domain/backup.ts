/**
 * How a backup in the data folder's backups/ came to be, told by its file name (backup/naming.ts):
 * automatic daily copies are pruned by the retention settings; manual ones and the copy kept before a
 * restore are never deleted by the app.
 */
export const backupKinds = ['automatic', 'manual', 'preRestore'] as const;
export type BackupKind = (typeof backupKinds)[number];

export interface BackupFile {
  name: string;
  path: string;
  sizeBytes: number;
  /** When the backup was taken (from its file name; the file's time for names we did not write). */
  createdAt: string;
  kind: BackupKind;
}

export interface IntegrityReport {
  ok: boolean;
  schemaVersion: number;
  problems: string[];
}

/**
 * The last full integrity check of the shop's file (integrity_check of every table and its indexes, then
 * foreign_key_check), run in the background after the window opened; kept beside the database.
 */
export interface IntegrityCheckRecord extends IntegrityReport {
  checkedAt: string;
  /** How long the check took. */
  ms: number;
}

/** The answer of backup.integrity: the last recorded full check and whether one is running now. */
export interface IntegrityStatus {
  last: IntegrityCheckRecord | null;
  running: boolean;
}

/** The answer of backup.restore: the database was swapped and the app reopened it. */
export interface RestoreSummary {
  /** The file the data came from. */
  restoredFrom: string;
  /** Copy of the database as it was before the restore (null when there was none). */
  preRestoreBackup: string | null;
  /** Schema version of the restored file after it was brought up to date. */
  schemaVersion: number;
}
