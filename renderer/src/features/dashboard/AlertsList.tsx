import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AlertSeverity, DashboardAlert } from '../../../../shared/domain/dashboard';
import { formatDate, formatMoney, formatNumber } from '../../../../shared/logic/money';
import { linkTo } from './dashboard-format';

const colors: Record<AlertSeverity, string> = { critical: 'red', warning: 'orange', info: 'blue' };

/** The message parameters as people read them: dates and money in the chosen language. */
function messageParams(alert: DashboardAlert, currency: string, locale: string): Record<string, string> {
  const p = alert.params;
  const out: Record<string, string> = { count: formatNumber(alert.count, locale, 0) };
  for (const [key, value] of Object.entries(p)) out[key] = String(value);
  if (typeof p.from === 'string') out.from = formatDate(p.from, locale);
  if (typeof p.to === 'string') out.to = formatDate(p.to, locale);
  if (typeof p.lossMinor === 'number') out.loss = formatMoney(p.lossMinor, currency, locale);
  if (typeof p.outOfStock === 'number') out.outOfStock = formatNumber(p.outOfStock, locale, 0);
  return out;
}

/** What needs attention, most urgent first; each opens the rows behind it. */
export function AlertsList({
  alerts,
  currency,
  loading,
}: {
  alerts: DashboardAlert[] | undefined;
  currency: string;
  loading: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('dashboard.alertsTitle')}>
      <Title order={4} mb="xs">
        {t('dashboard.alertsTitle')}
      </Title>
      {loading && !alerts && <Loader size="sm" aria-label={t('common.loading')} />}
      {alerts && alerts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('dashboard.noAlerts')}
        </Text>
      )}
      <Stack gap="xs" role="list" aria-label={t('dashboard.alertsTitle')}>
        {alerts?.map((alert) => {
          const message = t(`dashboard.alerts.${alert.kind}`, messageParams(alert, currency, i18n.language));
          return (
            <Group
              key={`${alert.kind}:${JSON.stringify(alert.params)}`}
              justify="space-between"
              wrap="nowrap"
              role="listitem"
            >
              <Group gap="xs" wrap="nowrap">
                <Badge color={colors[alert.severity]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`dashboard.severity.${alert.severity}`)}
                </Badge>
                <Text size="sm">{message}</Text>
              </Group>
              <Button
                component={Link}
                to={linkTo(alert.link.route, alert.link.query)}
                size="compact-sm"
                variant="light"
                style={{ flexShrink: 0 }}
                aria-label={`${t('dashboard.alertOpen')}: ${message}`}
              >
                {t('dashboard.alertOpen')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
