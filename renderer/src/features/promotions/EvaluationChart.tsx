import { useMemo, useState } from 'react';
import { Group, Paper, SegmentedControl, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationSeries } from '../../../../shared/domain/promotions-evaluation';
import { currencyExponent, formatMoney, formatNumber } from '../../../../shared/logic/money';
import { EChart, type ChartOption } from '../../components/EChart';

type Measure = 'netSales' | 'units';

/**
 * The baseline days (grey) and the campaign days (blue) on one axis, with the baseline band — its daily mean
 * ± one standard deviation — drawn across the campaign days: a campaign day above the band sold more than the
 * baseline's ordinary ups and downs explain. The band is two stacked series (low edge, then the width).
 */
export function EvaluationChart({ series, currency }: { series: EvaluationSeries; currency: string }) {
  const { t, i18n } = useTranslation();
  const [measure, setMeasure] = useState<Measure>('netSales');
  const title = measure === 'netSales' ? t('promoEval.chart') : t('promoEval.chartUnits');
  const option = useMemo<ChartOption>(() => {
    const exp = measure === 'netSales' ? currencyExponent(currency) : 0;
    const value = (d: { units: number; netSalesMinor: number }) =>
      (measure === 'netSales' ? d.netSalesMinor : d.units) / 10 ** exp;
    const band = measure === 'netSales' ? series.netSalesBand : series.unitsBand;
    const before = series.baselineDays.length;
    const all = [...series.baselineDays, ...series.days];
    const onCampaign = <T,>(v: T) => all.map((_, i) => (i >= before ? v : null));
    const scale = (v: number) => v / 10 ** exp;
    const text = (v: number) =>
      measure === 'netSales'
        ? formatMoney(Math.round(v * 10 ** exp), currency, i18n.language)
        : formatNumber(v, i18n.language, 0);
    const names = {
      baseline: `${t('promoEval.series.baselineMean')}`,
      during: measure === 'netSales' ? t('promoEval.series.netSales') : t('promoEval.series.units'),
      band: t('promoEval.series.band'),
    };
    const lineSeries = [
      {
        type: 'line' as const,
        name: `${names.during} (${t('promoEval.periodsShort.baseline')})`,
        data: all.map((d, i) => (i < before ? value(d) : null)),
        itemStyle: { color: '#adb5bd' },
        lineStyle: { color: '#adb5bd', width: 2 },
        showSymbol: false,
      },
      {
        type: 'line' as const,
        name: names.during,
        data: all.map((d, i) => (i >= before ? value(d) : null)),
        itemStyle: { color: '#1c7ed6' },
        lineStyle: { color: '#1c7ed6', width: 2.5 },
        showSymbol: series.days.length <= 62,
        z: 3,
      },
    ];
    const bandSeries = band
      ? [
          {
            type: 'line' as const,
            name: 'bandLow',
            data: onCampaign(scale(band.low)),
            stack: 'band',
            lineStyle: { opacity: 0 },
            showSymbol: false,
            silent: true,
          },
          {
            type: 'line' as const,
            name: names.band,
            data: onCampaign(scale(band.high - band.low)),
            stack: 'band',
            lineStyle: { opacity: 0 },
            areaStyle: { color: 'rgba(250, 176, 5, 0.25)' },
            itemStyle: { color: 'rgba(250, 176, 5, 0.6)' },
            showSymbol: false,
            silent: true,
          },
          {
            type: 'line' as const,
            name: names.baseline,
            data: onCampaign(scale(band.mean)),
            lineStyle: { color: '#e67700', type: 'dashed' as const, width: 1.5 },
            itemStyle: { color: '#e67700' },
            showSymbol: false,
          },
        ]
      : [];
    return {
      grid: { left: 64, right: 16, top: 40, bottom: 28 },
      legend: {
        top: 0,
        data: [lineSeries[0]!.name, names.during, ...(band ? [names.band, names.baseline] : [])],
      },
      tooltip: {
        trigger: 'axis',
        // The band's two stacked series are one thing to a reader: "low – high", never the width alone.
        formatter: (items: unknown) => {
          const list = (Array.isArray(items) ? items : [items]) as {
            seriesName: string;
            value: unknown;
            axisValue: string;
            marker: string;
          }[];
          const lines = [list[0]?.axisValue ?? ''];
          for (const p of list) {
            if (p.seriesName === 'bandLow' || typeof p.value !== 'number') continue;
            if (p.seriesName === names.band && band)
              lines.push(`${p.marker}${names.band}: ${text(scale(band.low))} – ${text(scale(band.high))}`);
            else lines.push(`${p.marker}${p.seriesName}: ${text(p.value)}`);
          }
          return lines.join('<br/>');
        },
      },
      xAxis: { type: 'category', data: all.map((d) => d.day), boundaryGap: false },
      yAxis: {
        type: 'value',
        axisLabel: {
          formatter: (v: number) =>
            new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }).format(v),
        },
      },
      series: [...bandSeries, ...lineSeries],
    };
  }, [series, currency, measure, t, i18n.language]);

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{title}</Title>
        <SegmentedControl
          size="xs"
          value={measure}
          onChange={(v) => setMeasure(v as Measure)}
          data={[
            { value: 'netSales', label: t('promoEval.series.netSales') },
            { value: 'units', label: t('promoEval.series.units') },
          ]}
        />
      </Group>
      <EChart option={option} label={title} height={320} />
    </Paper>
  );
}
