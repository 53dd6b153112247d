import type { BackupKind } from '../../../shared/domain/backup';

/**
 * Backup file names in the data folder's backups/ say what made them and when, so listing and pruning need
 * nothing but the folder: channeldesk-auto-<time>.db (daily, pruned), channeldesk-manual-<time>.db ("back up
 * now", kept), pre-restore-<time>.db (the database as it was before a restore, kept). <time> is the UTC
 * instant with `:` and `.` replaced by `-`, so names sort by time. Older versions wrote channeldesk-<time>.db
 * for "back up now": read as manual.
 */
const prefixes: Record<BackupKind, string> = {
  automatic: 'channeldesk-auto-',
  manual: 'channeldesk-manual-',
  preRestore: 'pre-restore-',
};

const stampOf = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');

export function backupName(kind: BackupKind, at = new Date()): string {
  return `${prefixes[kind]}${stampOf(at)}.db`;
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/;

/** Kind and time of a backup from its name; null for files the app did not name (left alone by pruning). */
export function parseBackupName(name: string): { kind: BackupKind; takenAt: string } | null {
  const candidates: [BackupKind, string][] = [
    ...(Object.entries(prefixes) as [BackupKind, string][]),
    ['manual', 'channeldesk-'],
  ];
  for (const [kind, prefix] of candidates) {
    if (!name.startsWith(prefix)) continue;
    const match = STAMP.exec(name.slice(prefix.length));
    if (!match) continue;
    const [, date, h, m, s, ms] = match;
    const takenAt = `${date}T${h}:${m}:${s}.${ms}Z`;
    if (Number.isNaN(Date.parse(takenAt))) return null;
    return { kind, takenAt };
  }
  return null;
}
