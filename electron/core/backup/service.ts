import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, IntegrityReport } from '../../../shared/domain/backup';
import type { Sqlite } from '../db/connection';

export const backupsDir = (dataDir: string): string => path.join(dataDir, 'backups');

/** File name of an automatic or manual backup in the data folder: sortable by time. */
export function backupFileName(at = new Date()): string {
  return `channeldesk-${at.toISOString().replace(/[:.]/g, '-')}.db`;
}

export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.db'))
    .map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return { name, path: file, sizeBytes: stat.size, createdAt: stat.mtime.toISOString() };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** `PRAGMA integrity_check` plus foreign_key_check: every problem SQLite reports, as text. */
export function checkIntegrity(sqlite: Sqlite): IntegrityReport {
  const problems: string[] = [];
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(row.integrity_check);
  const fk = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of fk)
    problems.push(`foreign key: ${row.table} row ${row.rowid} points at a missing ${row.parent}`);
  return {
    ok: problems.length === 0,
    schemaVersion: Number(sqlite.pragma('user_version', { simple: true })),
    problems,
  };
}
