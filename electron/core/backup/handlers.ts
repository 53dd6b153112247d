import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { CoreContext } from '../context';
import type { FeatureHandlers } from '../handlers';
import { readIntegrityRecord } from './integrity-record';
import { validateBackupFile } from './restore';
import { backupFileName, backupsDir, checkIntegrity, listBackups } from './service';

/** A file to write a backup to: its folder must exist (nothing is created at a mistyped path) and it is not the shop's file. */
export function checkBackupTarget(file: string, ctx: Pick<CoreContext, 'dbFile'>): string {
  const out = path.resolve(file);
  const folder = path.dirname(out);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new AppError('INVALID_INPUT', `The folder ${folder} does not exist`, {
      key: 'folderMissing',
      params: { folder },
    });
  }
  const db = path.resolve(ctx.dbFile);
  if (
    [db, `${db}-wal`, `${db}-shm`].includes(out) ||
    fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()
  ) {
    throw new AppError('INVALID_INPUT', `${out} cannot be a backup file (it is the database or a folder)`, {
      key: 'backupTargetInvalid',
      params: { path: out },
    });
  }
  return out;
}

/**
 * A file to restore from: a backup listed in the app's own data folder, or one the person picked in a dialog
 * (any path in the CLI and the preview, which have no dialogs).
 */
export function checkRestoreSource(file: string, ctx: Pick<CoreContext, 'dataDir' | 'files'>): string {
  const from = path.resolve(file);
  const own = listBackups(ctx.dataDir).some((b) => path.resolve(b.path) === from);
  return own ? from : path.resolve(ctx.files.check(from));
}

export const backupHandlers: FeatureHandlers<'backup'> = {
  start: (_input, ctx) =>
    ctx.jobs.start('backup', {
      dbFile: ctx.dbFile,
      outFile: path.join(backupsDir(ctx.dataDir), backupFileName()),
    }),
  list: (_input, ctx) => listBackups(ctx.dataDir),
  check: (_input, ctx) => checkIntegrity(ctx.sqlite),
  // The app and the preview also say whether a background check runs (recovery/host.ts).
  integrity: (_input, ctx) => ({ last: readIntegrityRecord(ctx.dbFile), running: false }),
  saveTo: (input, ctx) =>
    ctx.jobs.start('backup', {
      dbFile: ctx.dbFile,
      outFile: checkBackupTarget(ctx.files.check(input.path), ctx),
    }),
  /**
   * A plain core (CLI, tests) cannot swap the file under its own open connection: the app and the preview
   * answer this call in recovery/host.ts. A bad file is still refused here as it would be there.
   */
  restore: (input, ctx) => {
    validateBackupFile(checkRestoreSource(input.path, ctx));
    throw new AppError(
      'CONFLICT',
      'Restoring replaces the open database: use Settings → Data safety in the app, or `channeldesk restore FILE` with the app closed',
      { key: 'restoreNeedsHost' },
    );
  },
};
