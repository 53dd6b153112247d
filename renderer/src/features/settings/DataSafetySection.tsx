import { useEffect, useState } from 'react';
import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../../../shared/domain/backup';
import { api, onEvent } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Back up now (a worker job with progress in the header) and the integrity check. */
export function DataSafetySection() {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<IntegrityReport>();
  const backups = useApiQuery(() => api.backup.list(), []);

  useEffect(
    () =>
      onEvent('jobs:progress', (job) => {
        if (job.kind === 'backup' && job.state === 'done') void backups.reload();
      }),
    [backups],
  );

  const backupNow = async () => {
    try {
      await api.backup.start();
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
          <Button onClick={() => void backupNow()}>{t('settings.backupNow')}</Button>
          <Button variant="default" onClick={() => void api.backup.check().then(setReport, notifyError)}>
            {t('settings.check')}
          </Button>
        </Group>
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
                  <Table.Td>{new Date(b.createdAt).toLocaleString(i18n.language)}</Table.Td>
                  <Table.Td>{size(b.sizeBytes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
