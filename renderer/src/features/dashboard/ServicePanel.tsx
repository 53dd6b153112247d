import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardServiceFigures } from '../../../../shared/domain/dashboard';
import { formatNumber, formatPercentBp } from '../../../../shared/logic/money';

/** Open tickets, overdue, SLA met, CSAT and NPS; until tickets and surveys exist it says they are not set up. */
export function ServicePanel({ service }: { service: DashboardServiceFigures }) {
  const { t, i18n } = useTranslation();
  const count = (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language, 1));
  const figures: [string, string][] = [
    [t('dashboard.serviceFigures.openTickets'), count(service.openTickets)],
    [t('dashboard.serviceFigures.overdue'), count(service.overdue)],
    [
      t('dashboard.serviceFigures.slaMetRate'),
      service.slaMetRateBp === null ? '—' : formatPercentBp(service.slaMetRateBp, i18n.language),
    ],
    [t('dashboard.serviceFigures.csat'), count(service.csat)],
    [t('dashboard.serviceFigures.nps'), count(service.nps)],
  ];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('dashboard.service')}>
      <Title order={4} mb="xs">
        {t('dashboard.service')}
      </Title>
      <Group gap="lg" mb="xs">
        {figures.map(([label, value]) => (
          <Stack gap={0} key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700}>{value}</Text>
          </Stack>
        ))}
      </Group>
      {!service.available && (
        <Text size="sm" c="dimmed">
          {t('dashboard.serviceNotSetUp')}
        </Text>
      )}
    </Paper>
  );
}
