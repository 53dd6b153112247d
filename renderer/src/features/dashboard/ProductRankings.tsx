import { Anchor, Group, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardQuery } from '../../../../shared/api/schemas/dashboard';
import type { DashboardRankings } from '../../../../shared/domain/dashboard';
import { api } from '../../api';
import { errorText } from '../../components/notify-error';
import { linkTo } from './dashboard-format';
import { ProductTable } from './ProductTable';
import { takeFirstDashboard } from './first-overview';
import { useKeyedLoad } from './use-keyed-load';

/**
 * Top and bottom 10 products of the period, with a link to every product ranked the same way. Asked for on their
 * own (dashboard.rankings) once the page has its figures: a product-by-product pass over the period must not hold
 * up the KPI cards.
 */
export function ProductRankings({ query }: { query: DashboardQuery }) {
  const { t } = useTranslation();
  const key = JSON.stringify(query);
  const rankings = useKeyedLoad(
    key,
    () => takeFirstDashboard('rankings', key) ?? api.dashboard.rankings(query),
    ['orders', 'imports', 'catalog', 'settings', 'staff'],
  );
  if (rankings.error) {
    const { title, body } = errorText(rankings.error);
    return (
      <Paper withBorder radius="md" p="md">
        <Text fw={600}>{title}</Text>
        <Text size="sm">{body}</Text>
      </Paper>
    );
  }
  if (!rankings.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  return <RankingTables rankings={rankings.data} />;
}

function RankingTables({ rankings }: { rankings: DashboardRankings }) {
  const { t } = useTranslation();
  const bySales = rankings.ranking === 'netSales';
  const common = {
    currency: rankings.baseCurrency,
    costsHidden: rankings.costsHidden,
    period: rankings.period,
    storefrontId: rankings.storefrontId,
  };
  const all = linkTo('/dashboard/products', {
    from: rankings.period.from,
    to: rankings.period.to,
    ...(rankings.storefrontId ? { storefront: rankings.storefrontId } : {}),
  });
  const top = t(bySales ? 'dashboard.topProductsBySales' : 'dashboard.topProducts');
  const bottom = t(bySales ? 'dashboard.bottomProductsBySales' : 'dashboard.bottomProducts');
  return (
    <SimpleGrid cols={1}>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{top}</Title>
          <Anchor component={Link} to={all} size="sm">
            {t('dashboard.allProducts')}
          </Anchor>
        </Group>
        <ProductTable rows={rankings.topProducts} label={top} {...common} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs">
          {bottom}
        </Title>
        <ProductTable rows={rankings.bottomProducts} label={bottom} {...common} />
      </Paper>
    </SimpleGrid>
  );
}
