import BetterSqlite3 from 'better-sqlite3';
import type { IntegrityReport } from '../../../shared/domain/backup';
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
  const report = inspectDatabase(cmd.dbFile);
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
