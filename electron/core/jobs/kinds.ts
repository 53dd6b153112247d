import type { JobIo, JobRequest } from './protocol';

/**
 * Every job kind's implementation; each resolves to a short result message (e.g. the file written).
 * Each kind is imported when its job runs, not up front: a worker thread loads only the code of its own job
 * (the monthly report alone pulls in ECharts and resvg), so a backup or an import starts at once.
 */
export async function runJob(request: JobRequest, io: JobIo): Promise<string | null> {
  switch (request.kind) {
    case 'backup':
      return (await import('../backup/backup-job')).runBackupJob(request.params, io);
    case 'importProducts':
      return (await import('../catalog/import/import-job')).runImportProductsJob(request.params, io);
    case 'importOrders':
      return (await import('../orders/import/import-orders-job')).runImportOrdersJob(request.params, io);
    case 'importFees':
      return (await import('../orders/import/import-orders-job')).runImportFeesJob(request.params, io);
    case 'monthlyReport':
      return (await import('../reports/monthly-report-job')).runMonthlyReportJob(request.params, io);
    case 'importTickets':
      return (await import('../tickets/import/import-tickets-job')).runImportTicketsJob(request.params, io);
    case 'importSurveyResponses':
      return (await import('../surveys/import/import-survey-job')).runImportSurveyJob(request.params, io);
    case 'integrityCheck':
      return (await import('../backup/integrity-job')).runIntegrityCheckJob(request.params, io);
    case 'migrate':
      return (await import('../db/migrate-job')).runMigrateJob(request.params, io);
  }
}
