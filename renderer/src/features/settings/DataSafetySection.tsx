import { useEffect, useState } from 'react';
import { Alert, Button, Group, List, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../../../shared/domain/backup';
import type { JobInfo } from '../../../../shared/domain/jobs';
import { api, onEvent } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { formatDateTime, formatNumber } from '../../../../shared/logic/money';

const size = (bytes: number, locale: string) =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.ceil(bytes / 1024), locale, 0)} KB`
    : `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;

/** Back up now (a worker job with progress in the header) and the integrity check. */
export function DataSafetySection() {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<IntegrityReport>();
  /** The backup started from this page, and the latest progress of each backup job from jobs:progress. */
  const [started, setStarted] = useState<JobInfo>();
  const [updates, setUpdates] = useState<Record<string, JobInfo>>({});
  // Progress may arrive before start() has answered, so the two are joined here rather than in either handler.
  const job = started && (updates[started.id] ?? started);
  const backups = useApiQuery(() => api.backup.list(), []);
  const reloadBackups = backups.reload;

  // The new file appears when the job reports done (progress itself shows in the header's JobProgress).
  useEffect(
    () =>
      onEvent('jobs:progress', (job) => {
        if (job.kind !== 'backup') return;
        setUpdates((known) => ({ ...known, [job.id]: job }));
        if (job.state === 'done') void reloadBackups();
      }),
    [reloadBackups],
  );

  const backupNow = async () => {
    try {
      setStarted(await api.backup.start());
      notifySuccess(t('settings.backupStarted'));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={3}>{t('settings.dataSafety')}</Title>
        <Group>
          <Button onClick={() => void backupNow()} loading={job?.state === 'running'}>
            {t('settings.backupNow')}
          </Button>
          <Button variant="default" onClick={() => void api.backup.check().then(setReport, notifyError)}>
            {t('settings.check')}
          </Button>
        </Group>
        {job?.state === 'running' && (
          <Group gap="sm" wrap="nowrap">
            <Progress
              value={job.total > 0 ? (job.done / job.total) * 100 : 0}
              animated
              style={{ flex: 1 }}
              aria-label={t('jobs.backup')}
            />
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => void api.jobs.cancel({ id: job.id }).catch(notifyError)}
            >
              {t('jobs.cancel')}
            </Button>
          </Group>
        )}
        {report && report.ok && (
          <Alert color="teal">{t('settings.checkOk', { version: report.schemaVersion })}</Alert>
        )}
        {report && !report.ok && (
          <Alert color="red" title={t('settings.checkProblems')}>
            <List size="sm">
              {report.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Text fw={500} size="sm">
          {t('settings.backups')}
        </Text>
        {backups.data?.length === 0 && <Text c="dimmed">{t('settings.noBackups')}</Text>}
        {!!backups.data?.length && (
          <Table verticalSpacing="xs" aria-label={t('settings.backups')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.backupFile')}</Table.Th>
                <Table.Th>{t('settings.backupDate')}</Table.Th>
                <Table.Th>{t('settings.backupSize')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((b) => (
                <Table.Tr key={b.path}>
                  <Table.Td>{b.name}</Table.Td>
                  <Table.Td>{formatDateTime(b.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>{size(b.sizeBytes, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
