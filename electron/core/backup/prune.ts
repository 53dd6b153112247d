import fs from 'node:fs';
import path from 'node:path';
import { backupsToPrune, type RetentionEntry } from '../../../shared/logic/backup-retention';
import { backupsDir, listBackups } from './service';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Cheap "is it a database at all" test: reading every backup's pages on each prune would cost seconds. */
function looksLikeDatabase(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(SQLITE_HEADER.length);
      fs.readSync(fd, buf, 0, buf.length, 0);
      return buf.toString('latin1') === SQLITE_HEADER;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Deletes the automatic backups the retention rules let go; answers their names. Manual ones are never touched. */
export function pruneBackups(
  dataDir: string,
  policy: { keepDays: number; keepWeeks: number; timezone: string; now?: Date },
): string[] {
  const entries: RetentionEntry[] = listBackups(dataDir).map((b) => ({
    name: b.name,
    kind: b.kind,
    takenAt: b.createdAt,
    good: b.sizeBytes > 0 && looksLikeDatabase(b.path),
  }));
  const doomed = backupsToPrune(entries, {
    keepDays: policy.keepDays,
    keepWeeks: policy.keepWeeks,
    timezone: policy.timezone,
    now: (policy.now ?? new Date()).toISOString(),
  });
  for (const name of doomed) fs.rmSync(path.join(backupsDir(dataDir), name), { force: true });
  return doomed;
}
