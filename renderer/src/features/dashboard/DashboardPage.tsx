import { useDeferredValue, useEffect } from 'react';
import {
  Alert,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconChartBar, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardOverview } from '../../../../shared/domain/dashboard';
import { formatDate } from '../../../../shared/logic/money';
import { api } from '../../api';
import { preloadCharts } from '../../components/EChart';
import { errorText } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import { AlertsList } from './AlertsList';
import { DashboardControls } from './DashboardControls';
import { KpiCards } from './KpiCards';
import { ProductRankings } from './ProductRankings';
import { ServicePanel } from './ServicePanel';
import { StorefrontComparison } from './StorefrontComparison';
import { TrendChart } from './TrendChart';
import { takeFirstDashboard } from './first-overview';
import { dashboardQueryOf, useDashboardPeriod } from './use-dashboard-period';
import { useKeyedLoad } from './use-keyed-load';

/** A shop without orders: say where figures come from instead of drawing empty charts. */
function NoOrdersYet() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl">
      <Center>
        <Stack align="center" maw={480} gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light">
            <IconChartBar size={28} />
          </ThemeIcon>
          <Title order={3}>{t('dashboard.emptyTitle')}</Title>
          <Text c="dimmed" ta="center">
            {t('dashboard.emptyBody')}
          </Text>
          <Button component={Link} to="/orders/import" leftSection={<IconFileImport size={16} />}>
            {t('dashboard.importOrders')}
          </Button>
        </Stack>
      </Center>
    </Paper>
  );
}

function PeriodLine({ overview }: { overview: DashboardOverview }) {
  const { t, i18n } = useTranslation();
  const d = (day: string) => formatDate(day, i18n.language);
  return (
    <Text size="sm" c="dimmed">
      {t('dashboard.periodLine', {
        from: d(overview.period.from),
        to: d(overview.period.to),
        previousFrom: d(overview.previousPeriod.from),
        previousTo: d(overview.previousPeriod.to),
        lastYearFrom: d(overview.lastYearPeriod.from),
        lastYearTo: d(overview.lastYearPeriod.to),
      })}
    </Text>
  );
}

function Figures({ overview }: { overview: DashboardOverview }) {
  const { t } = useTranslation();
  // The KPI cards commit first and the charts and tables below follow in a deferred render: drawn in one go
  // they held the month's figures off the screen for ~0.4 s more at 1M orders (long tasks, cold-start bench).
  // Until the deferred render has this overview they are left out, never shown for an older period.
  const later = useDeferredValue(overview, null);
  return (
    <>
      <PeriodLine overview={overview} />
      {overview.costsHidden && (
        <Text size="sm" c="orange.8">
          {t('dashboard.costsHidden')}
        </Text>
      )}
      {overview.comparisonGaps.length > 0 && (
        <Text size="sm" c="orange.8">
          {t('dashboard.comparisonGap', {
            periods: overview.comparisonGaps.map((g) => t(`dashboard.gapPeriods.${g}`)).join(' / '),
          })}
        </Text>
      )}
      <KpiCards overview={overview} />
      {later === overview && (
        <>
          <TrendChart overview={overview} />
          <StorefrontComparison overview={overview} />
          <ProductRankings
            query={dashboardQueryOf({ period: overview.period, storefrontId: overview.storefrontId })!}
          />
        </>
      )}
    </>
  );
}

/** The owner's weekly and monthly look: figures with MoM/YoY, trend, storefronts, products, service, alerts. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { settings } = useShop();
  const selection = useDashboardPeriod();
  const { period, storefrontId } = selection;
  const query = dashboardQueryOf({ period, storefrontId });
  const key = query ? JSON.stringify(query) : null;
  const overview = useKeyedLoad(
    key,
    () => takeFirstDashboard('overview', key!) ?? api.dashboard.overview(query!),
    ['orders', 'imports', 'settings', 'staff'],
  );
  const alerts = useKeyedLoad(key, () => takeFirstDashboard('alerts', key!) ?? api.dashboard.alerts(query!), [
    'orders',
    'imports',
    'catalog',
    'settings',
  ]);
  // After both calls went out (effects run in order): the charts' script loads while the core answers them.
  useEffect(() => {
    if (key !== null) preloadCharts();
  }, [key]);
  const data = overview.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('dashboard.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('dashboard.subtitle')}
          </Text>
        </div>
        <DashboardControls selection={selection} />
      </Group>
      {data && !data.hasOrders ? (
        <NoOrdersYet />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, xl: 9 }}>
            <Stack>
              {overview.loading && (
                <Group gap="xs">
                  <Loader size="sm" aria-label={t('dashboard.loadingFigures')} />
                  <Text size="sm" c="dimmed">
                    {t('dashboard.loadingFigures')}
                  </Text>
                </Group>
              )}
              {overview.error !== undefined && (
                <Alert color="red" title={t('dashboard.failed')} style={{ whiteSpace: 'pre-line' }}>
                  {errorText(overview.error).body}
                </Alert>
              )}
              {data && <Figures overview={data} />}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 3 }}>
            <Stack>
              <AlertsList
                alerts={alerts.data}
                currency={data?.baseCurrency ?? settings?.baseCurrency ?? 'CNY'}
                loading={alerts.loading}
              />
              {data && <ServicePanel overview={data} />}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
