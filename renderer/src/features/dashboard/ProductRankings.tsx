import { Anchor, Group, Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardOverview } from '../../../../shared/domain/dashboard';
import { linkTo } from './dashboard-format';
import { ProductTable } from './ProductTable';

/** Top and bottom 10 products of the period, with a link to every product ranked the same way. */
export function ProductRankings({ overview }: { overview: DashboardOverview }) {
  const { t } = useTranslation();
  const bySales = overview.ranking === 'netSales';
  const common = {
    currency: overview.baseCurrency,
    costsHidden: overview.costsHidden,
    period: overview.period,
    storefrontId: overview.storefrontId,
  };
  const all = linkTo('/dashboard/products', {
    from: overview.period.from,
    to: overview.period.to,
    ...(overview.storefrontId ? { storefront: overview.storefrontId } : {}),
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
        <ProductTable rows={overview.topProducts} label={top} {...common} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs">
          {bottom}
        </Title>
        <ProductTable rows={overview.bottomProducts} label={bottom} {...common} />
      </Paper>
    </SimpleGrid>
  );
}
