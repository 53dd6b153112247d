import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../../../shared/domain/jobs';
import type { OrderImportSummary } from '../../../../shared/domain/orders';
import { ImportMessages } from './ImportMessages';

function summaryOf(job: JobInfo): OrderImportSummary | null {
  if (job.state !== 'done' || !job.message) return null;
  try {
    return JSON.parse(job.message) as OrderImportSummary;
  } catch {
    return null;
  }
}

/** What an ended import did: counts, or every problem that refused it; warnings and unmatched codes either way. */
export function ImportResult({ job }: { job: JobInfo }) {
  const { t } = useTranslation();
  if (job.state === 'failed')
    return <Alert color="red">{t('imports.failed', { message: job.message ?? '' })}</Alert>;
  if (job.state === 'cancelled') return <Alert color="gray">{t('imports.cancelled')}</Alert>;
  const summary = summaryOf(job);
  if (!summary) return null;
  const fees = job.kind === 'importFees';
  return (
    <Stack gap="sm" aria-label={t('imports.resultTitle')} role="region">
      {summary.errors.length > 0 ? (
        <>
          <Alert color="red">{t('imports.rejected', { count: summary.errors.length })}</Alert>
          <ImportMessages rows={summary.errors} label={t('imports.problem')} />
        </>
      ) : (
        <Alert color="teal">{t(fees ? 'imports.importedFees' : 'imports.imported', { ...summary })}</Alert>
      )}
      {summary.unmatchedSkus.length > 0 && summary.errors.length === 0 && (
        <Alert color="yellow">
          <Text size="sm">
            {t('imports.unmatched', { count: summary.unmatchedSkus.length })}:{' '}
            {summary.unmatchedSkus.slice(0, 12).join(', ')}
            {summary.unmatchedSkus.length > 12 ? ' …' : ''}
          </Text>
          <Anchor component={Link} to="/catalog/unmatched" size="sm">
            {t('imports.matchNow')}
          </Anchor>
        </Alert>
      )}
      {summary.warnings.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('imports.warnings')}
          </Text>
          <ImportMessages rows={summary.warnings} label={t('imports.warnings')} />
        </>
      )}
    </Stack>
  );
}
