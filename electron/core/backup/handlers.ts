import path from 'node:path';
import type { FeatureHandlers } from '../handlers';
import { backupFileName, backupsDir, checkIntegrity, listBackups } from './service';

export const backupHandlers: FeatureHandlers<'backup'> = {
  start: (_input, ctx) =>
    ctx.jobs.start('backup', {
      dbFile: ctx.dbFile,
      outFile: path.join(backupsDir(ctx.dataDir), backupFileName()),
    }),
  list: (_input, ctx) => listBackups(ctx.dataDir),
  check: (_input, ctx) => checkIntegrity(ctx.sqlite),
};
