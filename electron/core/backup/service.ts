import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, IntegrityReport } from '../../../shared/domain/backup';
import type { Sqlite } from '../db/connection';
import { backupName, parseBackupName } from './naming';

export const backupsDir = (dataDir: string): string => path.join(dataDir, 'backups');

/** File name of a "back up now" backup in the data folder (automatic ones use backupName('automatic')). */
export function backupFileName(at = new Date()): string {
  return backupName('manual', at);
}

/** Every backup in the data folder, newest first; files the app did not name count as manual. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.db'))
    .flatMap((name): BackupFile[] => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) return [];
      const parsed = parseBackupName(name);
      return [
        {
          name,
          path: file,
          sizeBytes: stat.size,
          createdAt: parsed?.takenAt ?? stat.mtime.toISOString(),
          kind: parsed?.kind ?? 'manual',
        },
      ];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** `PRAGMA integrity_check` plus foreign_key_check: every problem SQLite reports, as text. */
export function checkIntegrity(
  sqlite: Sqlite,
  mode: 'integrity_check' | 'quick_check' = 'integrity_check',
): IntegrityReport {
  const problems: string[] = [];
  const integrity = sqlite.pragma(mode) as Record<string, string>[];
  for (const row of integrity) {
    const text = Object.values(row)[0];
    if (text !== 'ok') problems.push(String(text));
  }
  const fk = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of fk)
    problems.push(`foreign key: ${row.table} row ${row.rowid} points at a missing ${row.parent}`);
  return {
    ok: problems.length === 0,
    schemaVersion: Number(sqlite.pragma('user_version', { simple: true })),
    problems,
  };
}
