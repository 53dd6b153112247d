import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../../../shared/domain/jobs';
import type { MonthlyReportResult } from '../../../../shared/domain/reports';
import type { Language } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { jobPercent, useImportJob } from '../imports/use-import-job';
import { PathModal } from './PathModal';
import { localToday, reportFileName, reportMonths } from './report-months';

const resultOf = (job: JobInfo): MonthlyReportResult | null => {
  try {
    return job.message ? (JSON.parse(job.message) as MonthlyReportResult) : null;
  } catch {
    return null;
  }
};

/** Month and language, then Save… (a save dialog in the app, a typed path in the preview), progress and result. */
export function MonthlyReportCard({ today = localToday() }: { today?: string }) {
  const { t, i18n } = useTranslation();
  const months = reportMonths(today);
  const [month, setMonth] = useState(months[1]!);
  const [lang, setLang] = useState<Language>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [typing, setTyping] = useState(false);
  const { job, follow, running } = useImportJob(['monthlyReport']);

  const write = async (path: string) => {
    setTyping(false);
    try {
      follow(await api.reports.monthly({ month, lang, path }));
    } catch (err) {
      notifyError(err);
    }
  };

  const save = async () => {
    try {
      const choice = await api.files.choose({
        purpose: 'reportExport',
        defaultName: reportFileName(month, lang),
      });
      if (choice.manual) setTyping(true);
      else if (choice.path) await write(choice.path);
    } catch (err) {
      notifyError(err);
    }
  };

  const result = job?.state === 'done' ? resultOf(job) : null;
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Title order={4}>{t('reports.monthly')}</Title>
        <Text size="sm" c="dimmed">
          {t('reports.monthlyHint')}
        </Text>
        <Group align="flex-end">
          <Select
            label={t('reports.month')}
            data={months}
            value={month}
            onChange={(v) => v && setMonth(v)}
            allowDeselect={false}
            w={160}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('reports.language')}
            </Text>
            <SegmentedControl
              value={lang}
              onChange={(v) => setLang(v as Language)}
              data={(['zh-CN', 'en'] as const).map((l) => ({ value: l, label: t(`reports.languages.${l}`) }))}
            />
          </Stack>
          <Button
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void save()}
            disabled={running}
          >
            {t('reports.save')}
          </Button>
        </Group>
        {job && running && (
          <Stack gap={4}>
            <Text size="sm">{t('reports.progress', { percent: jobPercent(job) })}</Text>
            <Progress
              value={jobPercent(job)}
              animated
              aria-label={t('reports.progress', { percent: jobPercent(job) })}
            />
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              w="fit-content"
              onClick={() => api.jobs.cancel({ id: job.id }).catch(notifyError)}
            >
              {t('reports.cancel')}
            </Button>
          </Stack>
        )}
        {result && (
          <Alert
            color="green"
            title={t('reports.written', { path: result.file })}
            data-testid="report-result"
          >
            {t('reports.writtenDetail', { lines: result.orderLines, sheets: result.sheets.join(', ') })}
          </Alert>
        )}
        {job?.state === 'failed' && (
          <Alert color="red">{t('reports.failed', { message: job.message ?? '' })}</Alert>
        )}
        {job?.state === 'cancelled' && <Alert color="gray">{t('reports.cancelled')}</Alert>}
        <Text size="xs" c="dimmed">
          {t('reports.cli')}{' '}
          <Code>
            channeldesk report monthly --month {month} --out report.xlsx --lang {lang}
          </Code>
        </Text>
      </Stack>
      <PathModal
        opened={typing}
        title={t('reports.pathTitle')}
        hint={t('reports.pathHint')}
        label={t('reports.path')}
        submit={t('reports.continue')}
        placeholder={`/home/me/${reportFileName(month, lang)}`}
        onClose={() => setTyping(false)}
        onPath={(path) => void write(path)}
      />
    </Card>
  );
}
