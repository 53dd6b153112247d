import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../../../shared/domain/jobs';
import type { TicketImportSummary } from '../../../../shared/domain/ticket-views';
import { jobResult } from '../../hooks/use-job-run';
import { ImportMessages } from '../imports/ImportMessages';

/** What an ended ticket import did: counts, or every problem that refused it (nothing written); warnings. */
export function TicketImportResult({ job }: { job: JobInfo }) {
  const { t } = useTranslation();
  if (job.state === 'failed')
    return <Alert color="red">{t('ticketImport.failed', { message: job.message ?? '' })}</Alert>;
  if (job.state === 'cancelled') return <Alert color="gray">{t('ticketImport.cancelled')}</Alert>;
  const summary = jobResult<TicketImportSummary>(job);
  if (!summary) return null;
  return (
    <Stack gap="sm" aria-label={t('ticketImport.result')} role="region">
      {summary.errors.length > 0 ? (
        <>
          <Alert color="red">{t('ticketImport.rejected', { count: summary.errors.length })}</Alert>
          <ImportMessages rows={summary.errors} label={t('ticketImport.problems')} texts="ticketImport" />
        </>
      ) : (
        <Alert color="teal">
          <Text size="sm">{t('ticketImport.imported', { ...summary })}</Text>
          <Anchor component={Link} to="/tickets" size="sm">
            {t('ticketImport.queue')}
          </Anchor>
        </Alert>
      )}
      {summary.warnings.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('ticketImport.warnings')}
          </Text>
          <ImportMessages rows={summary.warnings} label={t('ticketImport.warnings')} texts="ticketImport" />
        </>
      )}
    </Stack>
  );
}
