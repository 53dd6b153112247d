import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../../../shared/domain/jobs';
import type { TicketImportMessage, TicketImportSummary } from '../../../../shared/domain/ticket-views';

function summaryOf(job: JobInfo): TicketImportSummary | null {
  if (job.state !== 'done' || !job.message) return null;
  try {
    return JSON.parse(job.message) as TicketImportSummary;
  } catch {
    return null;
  }
}

/** Row, column and what is wrong, in the person's language when the key is known (else the core's English). */
function Messages({ rows, label }: { rows: TicketImportMessage[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table fz="sm" aria-label={label} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('ticketImport.row')}</Table.Th>
          <Table.Th w={180}>{t('ticketImport.column')}</Table.Th>
          <Table.Th>{t('ticketImport.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((m, i) => (
          <Table.Tr key={i}>
            <Table.Td>{m.row || t('common.none')}</Table.Td>
            <Table.Td>{m.column || t('common.none')}</Table.Td>
            <Table.Td>
              {i18n.exists(`validation.${m.key}`) ? t(`validation.${m.key}`, { ...m.params }) : m.message}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What an ended ticket import did: counts, or every problem that refused it (nothing written); warnings. */
export function TicketImportResult({ job }: { job: JobInfo }) {
  const { t } = useTranslation();
  if (job.state === 'failed')
    return <Alert color="red">{t('ticketImport.failed', { message: job.message ?? '' })}</Alert>;
  if (job.state === 'cancelled') return <Alert color="gray">{t('ticketImport.cancelled')}</Alert>;
  const summary = summaryOf(job);
  if (!summary) return null;
  return (
    <Stack gap="sm" aria-label={t('ticketImport.result')} role="region">
      {summary.errors.length > 0 ? (
        <>
          <Alert color="red">{t('ticketImport.rejected', { count: summary.errors.length })}</Alert>
          <Messages rows={summary.errors} label={t('ticketImport.problems')} />
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
          <Messages rows={summary.warnings} label={t('ticketImport.warnings')} />
        </>
      )}
    </Stack>
  );
}
