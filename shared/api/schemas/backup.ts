import { z } from 'zod';

/** A backup file: absolute, as picked in a dialog, typed in the preview or listed from the data folder. */
const backupPath = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(1000, { error: 'tooLong' })
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'absolutePath' });

/** backup.saveTo: a manual backup written to a file the person chose (save dialog or typed path). */
export const backupSaveToSchema = z.object({ path: backupPath });

/** backup.restore: the file to bring back (validated before anything is replaced). */
export const backupRestoreSchema = z.object({ path: backupPath });
