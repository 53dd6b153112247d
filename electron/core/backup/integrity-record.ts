import fs from 'node:fs';
import type { IntegrityCheckRecord } from '../../../shared/domain/backup';

/**
 * The last full check is recorded in a small JSON file beside the database (`shop.db.integrity.json`), not in
 * the database: the check's connection is read-only, and a damaged file is exactly the one that must not be
 * written to. A restore replaces the database, so the host checks the restored file again.
 */
export const integrityRecordFile = (dbFile: string): string => `${dbFile}.integrity.json`;

export function readIntegrityRecord(dbFile: string): IntegrityCheckRecord | null {
  try {
    const value = JSON.parse(fs.readFileSync(integrityRecordFile(dbFile), 'utf8')) as IntegrityCheckRecord;
    const valid =
      typeof value?.checkedAt === 'string' &&
      typeof value.ok === 'boolean' &&
      Array.isArray(value.problems) &&
      typeof value.ms === 'number';
    return valid ? value : null;
  } catch {
    // Missing (never checked) or unreadable: there is no record to show.
    return null;
  }
}

/** Written to a temporary name and renamed, so a crash never leaves half a record. */
export function writeIntegrityRecord(dbFile: string, record: IntegrityCheckRecord): void {
  const file = integrityRecordFile(dbFile);
  fs.writeFileSync(`${file}.partial`, JSON.stringify(record, null, 2));
  fs.renameSync(`${file}.partial`, file);
}
