import { useMemo } from 'react';
import { Anchor, Grid, Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardOverview } from '../../../../shared/domain/dashboard';
import { validOrderStatuses } from '../../../../shared/domain/orders';
import { currencyExponent } from '../../../../shared/logic/money';
import { EChart, type ChartOption } from '../../components/EChart';
import { chartAmount, figureText, linkTo } from './dashboard-format';
import { ChangeText } from './ChangeText';

/** Every storefront side by side: which one earns money and which one loses it, as a table and as bars. */
export function StorefrontComparison({ overview }: { overview: DashboardOverview }) {
  const { t, i18n } = useTranslation();
  const money = (key: string, v: number | null) => figureText(key, v, overview.baseCurrency, i18n.language);
  const hidden = overview.costsHidden;
  const rows = overview.storefronts;

  const option = useMemo<ChartOption>(() => {
    const exp = currencyExponent(overview.baseCurrency);
    const compact = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
    const bars = [
      {
        type: 'bar' as const,
        name: t('dashboard.series.netSales'),
        data: rows.map((s) => chartAmount(s.figures.netSalesMinor, exp)),
        itemStyle: { color: '#1c7ed6' },
      },
    ];
    if (!hidden) {
      bars.push({
        type: 'bar' as const,
        name: t('dashboard.series.grossProfit'),
        data: rows.map((s) => chartAmount(s.figures.grossProfitMinor ?? 0, exp)),
        itemStyle: { color: '#2f9e44' },
      });
    }
    return {
      grid: { left: 56, right: 16, top: 36, bottom: 48 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: rows.map((s) => s.name),
        axisLabel: { interval: 0, width: 90, overflow: 'truncate' },
      },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compact.format(v) } },
      series: bars,
    };
  }, [rows, hidden, overview.baseCurrency, t, i18n.language]);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('dashboard.storefronts')}>
      <Title order={4} mb="xs">
        {t('dashboard.storefronts')}
      </Title>
      <Grid>
        <Grid.Col span={12}>
          <Table fz="sm" striped aria-label={t('dashboard.storefronts')} style={{ whiteSpace: 'nowrap' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.columns.storefront')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.columns.orders')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.columns.netSales')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.columns.netSalesMom')}</Table.Th>
                {!hidden && <Table.Th ta="right">{t('dashboard.columns.grossProfit')}</Table.Th>}
                {!hidden && <Table.Th ta="right">{t('dashboard.columns.margin')}</Table.Th>}
                <Table.Th ta="right">{t('dashboard.columns.aov')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.storefrontId}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      size="sm"
                      to={linkTo('/orders', {
                        from: overview.period.from,
                        to: overview.period.to,
                        storefront: s.storefrontId,
                        status: validOrderStatuses.join(','),
                      })}
                    >
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{money('orders', s.figures.orders)}</Table.Td>
                  <Table.Td ta="right">{money('netSalesMinor', s.figures.netSalesMinor)}</Table.Td>
                  <Table.Td ta="right">
                    <ChangeText bp={s.netSalesMomBp} />
                  </Table.Td>
                  {!hidden && (
                    <Table.Td ta="right" c={(s.figures.grossProfitMinor ?? 0) < 0 ? 'red.7' : undefined}>
                      {money('grossProfitMinor', s.figures.grossProfitMinor)}
                    </Table.Td>
                  )}
                  {!hidden && (
                    <Table.Td ta="right">{money('grossMarginBp', s.figures.grossMarginBp)}</Table.Td>
                  )}
                  <Table.Td ta="right">
                    {money('averageOrderValueMinor', s.figures.averageOrderValueMinor)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Grid.Col>
        <Grid.Col span={12}>
          <EChart option={option} label={t('dashboard.storefrontChart')} height={260} />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
