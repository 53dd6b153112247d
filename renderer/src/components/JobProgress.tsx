import { useEffect, useState } from 'react';
import { ActionIcon, Button, Indicator, Popover, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconActivity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { JobInfo } from '../../../shared/domain/jobs';
import { api, onEvent } from '../api';
import { notifyError, notifySuccess } from './notify-error';
import { notifications } from '@mantine/notifications';

/** A job kind's name; a kind added on the main side before its text exists still reads as a job, not a key. */
const kindName = (t: TFunction, job: JobInfo) => t(`jobs.${job.kind}`, { defaultValue: t('jobs.other') });

/** An import job is "done" also when it refused its file: its summary then lists errors and nothing was written. */
function refusedCount(job: JobInfo): number {
  if (!job.kind.startsWith('import') || !job.message) return 0;
  try {
    const summary = JSON.parse(job.message) as { errors?: unknown[] };
    return Array.isArray(summary.errors) ? summary.errors.length : 0;
  } catch {
    return 0;
  }
}

const percent = (job: JobInfo) => (job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0);

/** The global progress indicator: every background job, with a bar and a cancel button while it runs. */
export function JobProgress() {
  const { t } = useTranslation();
  const [jobs, setJobs] = useState<JobInfo[]>([]);

  useEffect(() => {
    api.jobs.list().then(setJobs).catch(notifyError);
    return onEvent('jobs:progress', (job) => {
      setJobs((list) => [job, ...list.filter((j) => j.id !== job.id)]);
      const kind = kindName(t, job);
      const refused = job.state === 'done' ? refusedCount(job) : 0;
      if (refused)
        notifications.show({ color: 'orange', message: t('jobs.refused', { kind, count: refused }) });
      else if (job.state === 'done') notifySuccess(t('jobs.done', { kind }));
      if (job.state === 'failed')
        notifications.show({ color: 'red', message: t('jobs.failed', { kind, message: job.message ?? '' }) });
      if (job.state === 'cancelled')
        notifications.show({ color: 'gray', message: t('jobs.cancelled', { kind }) });
    });
  }, [t]);

  const running = jobs.filter((j) => j.state === 'running');
  return (
    <>
      <Popover width={300} position="bottom-end" shadow="md">
        <Popover.Target>
          <Indicator disabled={!running.length} processing size={9} offset={4}>
            <Tooltip label={t('jobs.title')}>
              <ActionIcon variant="default" size="lg" aria-label={t('jobs.title')}>
                <IconActivity size={18} />
              </ActionIcon>
            </Tooltip>
          </Indicator>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="sm" data-testid="job-list">
            {running.length === 0 && <Text size="sm">{t('jobs.noJobs')}</Text>}
            {running.map((job) => (
              <Stack key={job.id} gap={4}>
                <Text size="sm">{t('jobs.running', { kind: kindName(t, job), percent: percent(job) })}</Text>
                <Progress value={percent(job)} animated />
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => api.jobs.cancel({ id: job.id }).catch(notifyError)}
                >
                  {t('jobs.cancel')}
                </Button>
              </Stack>
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {running.length > 0 && (
        <Progress
          value={percent(running[0]!)}
          size={3}
          radius={0}
          pos="fixed"
          top={0}
          left={0}
          right={0}
          style={{ zIndex: 1000 }}
          aria-label={t('jobs.title')}
        />
      )}
    </>
  );
}
