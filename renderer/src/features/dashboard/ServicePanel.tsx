import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardOverview } from '../../../../shared/domain/dashboard';
import { formatNumber, formatPercentBp } from '../../../../shared/logic/money';

/** Where each figure's rows are: the ticket queues (open work is "now") and the survey results of the period. */
function links(overview: DashboardOverview) {
  const sf = overview.storefrontId ? `&storefront=${encodeURIComponent(overview.storefrontId)}` : '';
  const period = `from=${overview.period.from}&to=${overview.period.to}`;
  return {
    open: `/tickets?queue=open${sf}`,
    overdue: `/tickets?queue=overdue${sf}`,
    sla: `/tickets/stats?${period}`,
    surveys: `/surveys?tab=results&${period}${sf}`,
  };
}

/**
 * Open tickets, overdue, SLA met, CSAT and NPS (METRICS.md Service), each a link to the rows behind it; until
 * the shop has tickets or surveys it says the service desk is not set up. Scores arrive in hundredths.
 */
export function ServicePanel({ overview }: { overview: DashboardOverview }) {
  const { t, i18n } = useTranslation();
  const service = overview.service;
  const count = (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language, 0));
  const score = (v: number | null) => (v === null ? '—' : formatNumber(v / 100, i18n.language, 1));
  const to = links(overview);
  const figures: { key: string; label: string; value: string; to: string }[] = [
    {
      key: 'open',
      label: t('dashboard.serviceFigures.openTickets'),
      value: count(service.openTickets),
      to: to.open,
    },
    {
      key: 'overdue',
      label: t('dashboard.serviceFigures.overdue'),
      value: count(service.overdue),
      to: to.overdue,
    },
    {
      key: 'sla',
      label: t('dashboard.serviceFigures.slaMetRate'),
      value: service.slaMetRateBp === null ? '—' : formatPercentBp(service.slaMetRateBp, i18n.language),
      to: to.sla,
    },
    { key: 'csat', label: t('dashboard.serviceFigures.csat'), value: score(service.csat), to: to.surveys },
    { key: 'nps', label: t('dashboard.serviceFigures.nps'), value: score(service.nps), to: to.surveys },
  ];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('dashboard.service')}>
      <Title order={4} mb="xs">
        {t('dashboard.service')}
      </Title>
      <Group gap="lg" mb="xs">
        {figures.map((f) => (
          <Stack gap={0} key={f.key}>
            <Text size="xs" c="dimmed">
              {f.label}
            </Text>
            {service.available ? (
              <Anchor
                component={Link}
                to={f.to}
                fw={700}
                c={f.key === 'overdue' && (service.overdue ?? 0) > 0 ? 'red' : undefined}
                data-testid={`service-${f.key}`}
                aria-label={t('dashboard.serviceOpen', { figure: f.label })}
              >
                {f.value}
              </Anchor>
            ) : (
              <Text fw={700} data-testid={`service-${f.key}`}>
                {f.value}
              </Text>
            )}
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
