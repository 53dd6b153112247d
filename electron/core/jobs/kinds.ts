import type { JobIo, JobRequest } from './protocol';
import { runBackupJob } from '../backup/backup-job';
import { runImportProductsJob } from '../catalog/import/import-job';

/** Every job kind's implementation; each resolves to a short result message (e.g. the file written). */
export async function runJob(request: JobRequest, io: JobIo): Promise<string | null> {
  switch (request.kind) {
    case 'backup':
      return runBackupJob(request.params, io);
    case 'importProducts':
      return runImportProductsJob(request.params, io);
  }
}
