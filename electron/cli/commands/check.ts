import BetterSqlite3 from 'better-sqlite3';
import type { IntegrityReport } from '../../../shared/domain/backup';
import { writeIntegrityRecord } from '../../core/backup/integrity-record';
import { checkIntegrity } from '../../core/backup/service';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { parseCommand } from '../args';
import { ExitCode } from '../errors';
import { requireExistingDb } from '../open-core';
import { createOutput } from '../output';

/**
 * Looks at a database without changing it (read-only connection, no migration): SQLite's integrity_check
 * and foreign_key_check, the schema version, and whether it is a ChannelDesk database at all.
 */
export function inspectDatabase(
  dbFile: string,
): Omit<IntegrityReport, 'schemaVersion'> & { schemaVersion: number | null } {
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true });
    const report = checkIntegrity(sqlite);
    const problems = [...report.problems];
    if (report.schemaVersion > LATEST_SCHEMA_VERSION) {
      problems.push(
        `schema version ${report.schemaVersion} is newer than this ChannelDesk (${LATEST_SCHEMA_VERSION}): update ChannelDesk`,
      );
    }
    const settings = sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'")
      .get();
    if (!settings) problems.push('not a ChannelDesk database: the settings table is missing');
    return { ok: problems.length === 0, schemaVersion: report.schemaVersion, problems };
  } catch (err) {
    // SQLite refuses some damage outright (not a database, malformed header): that is a finding, not a crash.
    return {
      ok: false,
      schemaVersion: null,
      problems: [`SQLite cannot read the file: ${(err as Error).message}`],
    };
  } finally {
    sqlite?.close();
  }
}

/** `check`: exit 0 when healthy, 3 when there are problems; JSON {ok, schemaVersion, problems}. */
export function checkCommand(args: string[]): number {
  const cmd = parseCommand(args, {});
  const out = createOutput(cmd.json);
  requireExistingDb(cmd.dbFile);
  const started = performance.now();
  const report = inspectDatabase(cmd.dbFile);
  // Recorded beside the database like the app's own checks, so Settings → Data safety shows it too; a folder
  // that cannot be written to (a copy on read-only media) only means no record.
  const ms = Math.round(performance.now() - started);
  const checkedAt = new Date().toISOString();
  // A database from a newer ChannelDesk is refused untouched: nothing is written beside it either — its own
  // version keeps its own records. Damage (even an unreadable file) is recorded: the app opens in recovery.
  const fromTheFuture = report.schemaVersion !== null && report.schemaVersion > LATEST_SCHEMA_VERSION;
  if (!fromTheFuture) {
    try {
      const { ok, problems } = report;
      writeIntegrityRecord(cmd.dbFile, {
        ok,
        schemaVersion: report.schemaVersion ?? 0,
        problems,
        checkedAt,
        ms,
      });
    } catch {
      // Not recorded; the answer below is the same.
    }
  }
  out.result(report, () =>
    report.ok
      ? `OK: ${cmd.dbFile} (schema version ${report.schemaVersion})`
      : [
          `Problems in ${cmd.dbFile} (schema version ${report.schemaVersion ?? 'unknown'}):`,
          ...report.problems.map((p) => `  - ${p}`),
        ].join('\n'),
  );
  return report.ok ? ExitCode.ok : ExitCode.failure;
}
