import { useEffect, useState } from 'react';
import { Alert, Button, Divider, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../../../shared/domain/backup';
import type { JobInfo } from '../../../../shared/domain/jobs';
import { api, onEvent } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { BackupList } from '../backup/BackupList';
import { IntegrityCheckStatus } from '../backup/IntegrityCheckStatus';
import { RestoreDialog, type RestoreTarget } from '../backup/RestoreDialog';
import { RetentionSection } from '../backup/RetentionForm';
import { usePickedPath } from '../backup/use-picked-path';

const today = () => new Date().toISOString().slice(0, 10);
const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Backups (now into the data folder, or to a chosen file; a worker job with progress), how many automatic
 * ones are kept, the list with a Restore button each, restore from any file, and the integrity check.
 */
export function DataSafetySection() {
  const { t } = useTranslation();
  const [report, setReport] = useState<IntegrityReport>();
  /** The backup started from this page, and the latest progress of each backup job from jobs:progress. */
  const [started, setStarted] = useState<JobInfo>();
  const [updates, setUpdates] = useState<Record<string, JobInfo>>({});
  const [target, setTarget] = useState<RestoreTarget | null>(null);
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

  const track = async (start: () => Promise<JobInfo>, message: string) => {
    try {
      setStarted(await start());
      notifySuccess(message);
    } catch (err) {
      notifyError(err);
    }
  };
  const saveTo = usePickedPath({
    purpose: 'backupSave',
    title: t('backup.pathTitleSave'),
    onPicked: (path) => void track(() => api.backup.saveTo({ path }), t('backup.savedTo', { path })),
  });
  const restoreFrom = usePickedPath({
    purpose: 'backupRestore',
    title: t('backup.pathTitleRestore'),
    onPicked: (path) => setTarget({ path, name: fileName(path) }),
  });

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={t('settings.dataSafety')}>
      <Stack>
        <Title order={3}>{t('settings.dataSafety')}</Title>
        <Group>
          <Button
            onClick={() => void track(() => api.backup.start(), t('settings.backupStarted'))}
            loading={job?.state === 'running'}
          >
            {t('settings.backupNow')}
          </Button>
          <Button variant="default" onClick={() => void saveTo.pick(`channeldesk-backup-${today()}.db`)}>
            {t('backup.saveToFile')}
          </Button>
          <Button variant="default" onClick={() => void restoreFrom.pick()}>
            {t('backup.restoreFromFile')}
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
        <IntegrityCheckStatus />
        <Divider />
        <RetentionSection />
        <Divider />
        <Text fw={500} size="sm">
          {t('settings.backups')}
        </Text>
        <BackupList
          backups={backups.data}
          onRestore={(b) => setTarget({ path: b.path, name: b.name, createdAt: b.createdAt })}
        />
      </Stack>
      {saveTo.prompt}
      {restoreFrom.prompt}
      <RestoreDialog target={target} onClose={() => setTarget(null)} />
    </Paper>
  );
}
