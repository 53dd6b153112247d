import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyGroupRow } from '../../../../shared/domain/survey-views';
import { formatDate } from '../../../../shared/logic/money';
import { api } from '../../api';
import { errorText } from '../../components/notify-error';
import { DashboardControls } from '../dashboard/DashboardControls';
import { useDashboardPeriod } from '../dashboard/use-dashboard-period';
import { useKeyedLoad } from '../dashboard/use-keyed-load';
import { BreakdownTable } from './BreakdownTable';
import { ScoreCards } from './ScoreCards';
import { ScoreTrend } from './ScoreTrend';

/**
 * What customers say, for a period and one storefront or all (the dashboard's controls, in the URL): the
 * scores with the previous period, the trend, and the breakdowns by storefront, agent and ticket type.
 */
export function ResultsTab() {
  const { t, i18n } = useTranslation();
  const selection = useDashboardPeriod();
  const { period, storefrontId } = selection;
  const query = period ? { ...period, ...(storefrontId ? { storefrontId } : {}) } : null;
  const results = useKeyedLoad(query ? JSON.stringify(query) : null, () => api.surveys.results(query!), [
    'surveys',
    'tickets',
  ]);
  const r = results.data;
  const d = (day: string) => formatDate(day, i18n.language);
  const label = (fallback: string) => (row: SurveyGroupRow) => row.label ?? fallback;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        {r ? (
          <Text size="sm" c="dimmed">
            {t('surveyResults.periodLine', {
              from: d(r.from),
              to: d(r.to),
              previousFrom: d(r.previousFrom),
              previousTo: d(r.previousTo),
            })}
          </Text>
        ) : (
          <span />
        )}
        <DashboardControls selection={selection} />
      </Group>
      {results.loading && <Loader size="sm" aria-label={t('common.loading')} />}
      {results.error !== undefined && (
        <Alert color="red" title={t('surveyResults.failed')} style={{ whiteSpace: 'pre-line' }}>
          {errorText(results.error).body}
        </Alert>
      )}
      {r && (
        <>
          <ScoreCards results={r} />
          {r.current.lowScoreResponses > 0 && (
            <Text size="sm" c="orange.8">
              {t('surveyResults.lowScores', { count: r.current.lowScoreResponses })}
            </Text>
          )}
          <ScoreTrend results={r} />
          <BreakdownTable
            title={t('surveyResults.byStorefront')}
            rows={r.byStorefront}
            labelOf={label(t('surveyResults.noStorefront'))}
          />
          <BreakdownTable
            title={t('surveyResults.byAgent')}
            rows={r.byAgent}
            labelOf={label(t('surveyResults.unassigned'))}
          />
          <BreakdownTable
            title={t('surveyResults.byTicketType')}
            rows={r.byTicketType}
            labelOf={(row) =>
              row.key
                ? t(`surveyResults.ticketTypes.${row.key}`, { defaultValue: row.label ?? row.key })
                : t('surveyResults.noTicket')
            }
          />
        </>
      )}
    </Stack>
  );
}
