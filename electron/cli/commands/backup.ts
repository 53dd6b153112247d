import fs from 'node:fs';
import path from 'node:path';
import { restoreDatabase } from '../../core/backup/restore';
import { DatabaseTooNewError, openDatabase, readSchemaVersion } from '../../core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { JobRunner } from '../../core/jobs/runner';
import { parseCommand, requireString } from '../args';
import { failure, rejected, usageError } from '../errors';
import { requireExistingDb } from '../open-core';
import { createOutput } from '../output';

/**
 * `backup --out FILE`: the same worker job the app runs (SQLite online backup, consistent while the app
 * writes; a failed or cancelled backup leaves no file). The database itself is only read.
 */
export async function backupCommand(args: string[]): Promise<void> {
  const cmd = parseCommand(args, { out: { type: 'string' } });
  const out = createOutput(cmd.json);
  const outFile = path.resolve(requireString(cmd, 'out'));
  requireExistingDb(cmd.dbFile);
  if ([cmd.dbFile, `${cmd.dbFile}-wal`, `${cmd.dbFile}-shm`].includes(outFile)) {
    throw rejected('--out must not be the database itself');
  }
  const version = readSchemaVersion(cmd.dbFile);
  if (version > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(cmd.dbFile, version);

  const showProgress = !cmd.json && process.stderr.isTTY === true;
  const runner = new JobRunner({
    onUpdate: (job) => {
      if (showProgress && job.state === 'running' && job.total > 0) {
        process.stderr.write(`\rBacking up… ${Math.floor((job.done / job.total) * 100)} %`);
      }
    },
  });
  try {
    const started = runner.start('backup', { dbFile: cmd.dbFile, outFile });
    const ended = await runner.wait(started.id);
    if (showProgress) process.stderr.write('\r\x1b[K');
    if (ended.state !== 'done') throw failure(`Backup ${ended.state}: ${ended.message ?? 'no details'}`);
  } finally {
    await runner.shutdown();
  }
  const sizeBytes = fs.statSync(outFile).size;
  out.result({ file: outFile, sizeBytes }, () => outFile);
}

/**
 * `restore FILE`: the file is validated first (a rejected file is exit 2 and the database is untouched),
 * the current database is kept in backups/pre-restore-<time>.db, then the restored copy is migrated.
 */
export async function restoreCommand(args: string[]): Promise<void> {
  const cmd = parseCommand(args, {}, 1);
  const out = createOutput(cmd.json);
  const from = cmd.positionals[0];
  if (!from) throw usageError('restore needs the backup FILE to restore from');
  const result = await restoreDatabase({
    dbFile: cmd.dbFile,
    dataDir: path.dirname(cmd.dbFile),
    from: path.resolve(from),
  });
  // An older backup is brought up to this version now, so the next start of the app has nothing to do.
  const handle = await openDatabase(cmd.dbFile);
  const schemaVersion = Number(handle.sqlite.pragma('user_version', { simple: true }));
  await handle.close();
  out.result(
    {
      file: cmd.dbFile,
      restoredFrom: result.restoredFrom,
      preRestoreBackup: result.preRestoreBackup,
      schemaVersion,
    },
    () =>
      [
        `Restored ${cmd.dbFile} from ${result.restoredFrom}.`,
        result.preRestoreBackup ? `The previous database was kept in ${result.preRestoreBackup}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
  );
}
