import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../../../shared/domain/jobs';
import type { OrderImportSummary } from '../../../../shared/domain/orders';
import { jobResult } from '../../hooks/use-job-run';
import { ImportMessages } from './ImportMessages';

/** Refusals the column-mapping screen fixes: a file no platform writes, or one whose columns are not mapped yet. */
const MAPPABLE = new Set(['orderFormatUnknown', 'mappingMissing']);

/**
 * What an ended import did: counts, or every problem that refused it; warnings and unmatched codes either way.
 * With `onMapColumns`, a file refused as unknown or unmapped offers the mapping screen.
 */
export function ImportResult({ job, onMapColumns }: { job: JobInfo; onMapColumns?: () => void }) {
  const { t } = useTranslation();
  if (job.state === 'failed')
    return <Alert color="red">{t('imports.failed', { message: job.message ?? '' })}</Alert>;
  if (job.state === 'cancelled') return <Alert color="gray">{t('imports.cancelled')}</Alert>;
  const summary = jobResult<OrderImportSummary>(job);
  if (!summary) return null;
  const fees = job.kind === 'importFees';
  return (
    <Stack gap="sm" aria-label={t('imports.resultTitle')} role="region">
      {summary.errors.length > 0 ? (
        <>
          <Alert color="red">{t('imports.rejected', { count: summary.errors.length })}</Alert>
          <ImportMessages rows={summary.errors} label={t('imports.problem')} withFile />
          {onMapColumns && summary.errors.some((e) => MAPPABLE.has(e.key)) && (
            <Button variant="light" w="fit-content" onClick={onMapColumns}>
              {t('imports.mapThisFile')}
            </Button>
          )}
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
          <ImportMessages rows={summary.warnings} label={t('imports.warnings')} withFile />
        </>
      )}
    </Stack>
  );
}
