import type { JobIo, JobRequest } from './protocol';
import { runBackupJob } from '../backup/backup-job';
import { runImportProductsJob } from '../catalog/import/import-job';
import { runImportFeesJob, runImportOrdersJob } from '../orders/import/import-orders-job';

/** Every job kind's implementation; each resolves to a short result message (e.g. the file written). */
export async function runJob(request: JobRequest, io: JobIo): Promise<string | null> {
  switch (request.kind) {
    case 'backup':
      return runBackupJob(request.params, io);
    case 'importProducts':
      return runImportProductsJob(request.params, io);
    case 'importOrders':
      return runImportOrdersJob(request.params, io);
    case 'importFees':
      return runImportFeesJob(request.params, io);
  }
}
