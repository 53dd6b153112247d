import { useMemo } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '../../../../shared/domain/survey-views';
import { formatNumber } from '../../../../shared/logic/money';
import { EChart, largeLineSettings, type ChartOption } from '../../components/EChart';

/**
 * CSAT and NPS per day (or week, for long periods) on one −100…100 axis, the previous period dashed behind
 * (its bucket k over this period's bucket k). A bucket without answers is a gap, not a zero.
 */
export function ScoreTrend({ results: r }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const title = t(r.bucket === 'week' ? 'surveyResults.trendWeekly' : 'surveyResults.trendDaily');
  const option = useMemo<ChartOption>(() => {
    const points = r.trend.length;
    const values = (list: SurveyResults['trend'], pick: 'csat' | 'nps') =>
      list.map((p) => (p[pick] === null ? null : p[pick] / 100));
    const line = (name: string, data: (number | null)[], color: string, dashed: boolean) => ({
      type: 'line' as const,
      name,
      data,
      connectNulls: false,
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
      line(t('surveyResults.series.csat'), values(r.trend, 'csat'), '#1c7ed6', false),
      line(t('surveyResults.series.nps'), values(r.trend, 'nps'), '#f08c00', false),
    ];
    if (r.previousTrend.length) {
      series.push(
        line(t('surveyResults.series.previousCsat'), values(r.previousTrend, 'csat'), '#74c0fc', true),
        line(t('surveyResults.series.previousNps'), values(r.previousTrend, 'nps'), '#ffd8a8', true),
      );
    }
    return {
      animation: points <= 400,
      grid: { left: 44, right: 16, top: 40, bottom: 28 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? formatNumber(v, i18n.language, 1) : '—'),
      },
      xAxis: { type: 'category', data: r.trend.map((p) => p.date), boundaryGap: false },
      yAxis: { type: 'value', min: -100, max: 100 },
      series,
    };
  }, [r, t, i18n.language]);

  const answered = r.trend.some((p) => p.responses > 0);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="xs">
        {title}
      </Title>
      {answered ? (
        <EChart option={option} label={title} height={280} />
      ) : (
        <Text c="dimmed" size="sm">
          {t('surveyResults.noResponses')}
        </Text>
      )}
    </Paper>
  );
}
