import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MonthlyReportResult } from '../../../../shared/domain/reports';
import type { Language } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { JobRunProgress } from '../../components/JobRunProgress';
import { notifyError } from '../../components/notify-error';
import { useJobRun } from '../../hooks/use-job-run';
import { PathModal, pathTexts } from '../../components/PathModal';
import { localToday, reportFileName, reportMonths } from './report-months';

/** Month and language, then Save… (a save dialog in the app, a typed path in the preview), progress and result. */
export function MonthlyReportCard({ today = localToday() }: { today?: string }) {
  const { t, i18n } = useTranslation();
  const months = reportMonths(today);
  const [month, setMonth] = useState(months[1]!);
  const [lang, setLang] = useState<Language>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [typing, setTyping] = useState(false);
  const run = useJobRun<MonthlyReportResult>('monthlyReport');
  const { result, running } = run;

  const write = async (path: string) => {
    setTyping(false);
    await run.start(() => api.reports.monthly({ month, lang, path }));
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
        <JobRunProgress
          run={run}
          label={t('reports.progress', { percent: run.progress })}
          cancelLabel={t('reports.cancel')}
        />
        {result && (
          <Alert
            color="green"
            title={t('reports.written', { path: result.file })}
            data-testid="report-result"
          >
            {t('reports.writtenDetail', { lines: result.orderLines, sheets: result.sheets.join(', ') })}
          </Alert>
        )}
        {run.error !== null && <Alert color="red">{t('reports.failed', { message: run.error })}</Alert>}
        {run.cancelled && <Alert color="gray">{t('reports.cancelled')}</Alert>}
        <Text size="xs" c="dimmed">
          {t('reports.cli')}{' '}
          <Code>
            channeldesk report monthly --month {month} --out report.xlsx --lang {lang}
          </Code>
        </Text>
      </Stack>
      <PathModal
        opened={typing}
        texts={pathTexts(t, 'reports', 'continue', `/home/me/${reportFileName(month, lang)}`)}
        onClose={() => setTyping(false)}
        onPath={(path) => void write(path)}
      />
    </Card>
  );
}
