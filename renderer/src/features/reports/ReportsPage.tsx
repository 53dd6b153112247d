import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MonthlyReportCard } from './MonthlyReportCard';
import { ScheduleCard } from './ScheduleCard';
import { CostsHiddenNotice } from '../../components/CostsHiddenNotice';
import { useCostsHidden } from '../../components/use-costs-hidden';

export function ReportsPage() {
  const { t } = useTranslation();
  // The monthly report is full of profit: core refuses it to the service role.
  const costsHidden = useCostsHidden();
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>{t('reports.title')}</Title>
        <Text c="dimmed">{t('reports.subtitle')}</Text>
      </div>
      {costsHidden ? <CostsHiddenNotice reason="costRoleReport" /> : <MonthlyReportCard />}
      <ScheduleCard />
    </Stack>
  );
}
