import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '../../../../shared/domain/survey-views';
import { surveyDimensions } from '../../../../shared/domain/surveys';
import { formatNumber } from '../../../../shared/logic/money';
import { pointsText, rateText, scoreText } from './survey-format';

interface Card {
  key: string;
  label: string;
  value: string;
  /** The same figure for the previous period, and the change (points or percentage points). */
  previous: string;
  change: string;
  changeValue: number | null;
  detail: string;
}

/**
 * CSAT, NPS, response rate and the three dimension means of the period, each with the previous period of
 * equal length and the change in points; "—" where either period had nothing to count.
 */
export function ScoreCards({ results: r }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const n = (v: number) => formatNumber(v, locale, 0);
  const cards: Card[] = [
    {
      key: 'csat',
      label: t('surveyResults.figures.csat'),
      value: scoreText(r.current.csat, locale),
      previous: scoreText(r.previous.csat, locale),
      change: pointsText(r.changes.csatPoints, locale),
      changeValue: r.changes.csatPoints,
      detail: t('surveyResults.csatDetail', { count: r.current.csatResponses }),
    },
    {
      key: 'nps',
      label: t('surveyResults.figures.nps'),
      value: scoreText(r.current.nps, locale),
      previous: scoreText(r.previous.nps, locale),
      change: pointsText(r.changes.npsPoints, locale),
      changeValue: r.changes.npsPoints,
      detail: t('surveyResults.npsDetail', {
        promoters: n(r.current.promoters),
        passives: n(r.current.passives),
        detractors: n(r.current.detractors),
      }),
    },
    {
      key: 'responseRate',
      label: t('surveyResults.figures.responseRate'),
      value: rateText(r.current.responseRateBp, locale),
      previous: rateText(r.previous.responseRateBp, locale),
      // Percentage points: basis points ÷ 100 are hundredths of a point, as pointsText reads them.
      change: pointsText(r.changes.responseRateBp, locale),
      changeValue: r.changes.responseRateBp,
      detail: t('surveyResults.rateDetail', {
        responses: n(r.current.responses),
        sent: n(r.current.invitationsSent),
      }),
    },
    ...surveyDimensions.map((d) => ({
      key: d,
      label: t(`surveys.dimensions.${d}`),
      value: scoreText(r.current.dimensions[d], locale, 2),
      previous: scoreText(r.previous.dimensions[d], locale, 2),
      change: pointsText(r.changes.dimensions[d], locale, 2),
      changeValue: r.changes.dimensions[d],
      detail: t('surveyResults.dimensionDetail'),
    })),
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }}>
      {cards.map((c) => (
        <Paper key={c.key} withBorder radius="md" p="sm" data-testid={`survey-card-${c.key}`}>
          <Text size="xs" c="dimmed">
            {c.label}
          </Text>
          <Text fw={700} size="xl" data-testid={`survey-figure-${c.key}`}>
            {c.value}
          </Text>
          <Text
            size="xs"
            c={
              c.changeValue === null || c.changeValue === 0
                ? 'dimmed'
                : c.changeValue > 0
                  ? 'teal.7'
                  : 'red.7'
            }
          >
            {c.changeValue === null
              ? t('surveyResults.previousOnly', { previous: c.previous })
              : t('surveyResults.change', { change: c.change, previous: c.previous })}
          </Text>
          <Text size="xs" c="dimmed">
            {c.detail}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
