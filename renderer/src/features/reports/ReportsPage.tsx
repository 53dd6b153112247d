import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MonthlyReportCard } from './MonthlyReportCard';
import { ScheduleCard } from './ScheduleCard';

export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>{t('reports.title')}</Title>
        <Text c="dimmed">{t('reports.subtitle')}</Text>
      </div>
      <MonthlyReportCard />
      <ScheduleCard />
    </Stack>
  );
}
