import { useMemo } from 'react';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardOverview } from '../../../../shared/domain/dashboard';
import { currencyExponent, formatMoney } from '../../../../shared/logic/money';
import { EChart, largeLineSettings, type ChartOption } from '../../components/EChart';
import { chartAmount } from './dashboard-format';

/**
 * Net sales and gross profit per day, with the previous period of equal length dashed behind them (its day
 * k drawn over this period's day k). Gross profit is left out for the service role.
 */
export function TrendChart({ overview }: { overview: DashboardOverview }) {
  const { t, i18n } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const exp = currencyExponent(overview.baseCurrency);
    const compact = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
    const points = overview.series.length;
    const line = (name: string, values: (number | null)[], color: string, dashed: boolean) => ({
      type: 'line' as const,
      name,
      data: values.map((v) => (v === null ? null : chartAmount(v, exp))),
      itemStyle: { color },
      lineStyle: {
        color,
        width: dashed ? 1.5 : 2.5,
        type: dashed ? ('dashed' as const) : ('solid' as const),
      },
      z: dashed ? 1 : 2,
      ...largeLineSettings(points),
    });
    const series = [
      line(
        t('dashboard.series.netSales'),
        overview.series.map((p) => p.netSalesMinor),
        '#1c7ed6',
        false,
      ),
    ];
    if (!overview.costsHidden) {
      series.push(
        line(
          t('dashboard.series.grossProfit'),
          overview.series.map((p) => p.grossProfitMinor),
          '#2f9e44',
          false,
        ),
      );
    }
    if (overview.previousSeries.length) {
      series.push(
        line(
          t('dashboard.series.previousNetSales'),
          overview.previousSeries.map((p) => p.netSalesMinor),
          '#74c0fc',
          true,
        ),
      );
      if (!overview.costsHidden) {
        series.push(
          line(
            t('dashboard.series.previousGrossProfit'),
            overview.previousSeries.map((p) => p.grossProfitMinor),
            '#8ce99a',
            true,
          ),
        );
      }
    }
    return {
      animation: points <= 2000,
      grid: { left: 56, right: 16, top: 40, bottom: 28 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) =>
          typeof v === 'number'
            ? formatMoney(Math.round(v * 10 ** exp), overview.baseCurrency, i18n.language)
            : '—',
      },
      xAxis: { type: 'category', data: overview.series.map((p) => p.day), boundaryGap: false },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compact.format(v) } },
      series,
    };
  }, [overview, t, i18n.language]);

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="xs">
        {t('dashboard.trend')}
      </Title>
      <EChart option={option} label={t('dashboard.trend')} height={300} />
    </Paper>
  );
}
