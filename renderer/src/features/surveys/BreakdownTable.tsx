import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyGroupRow } from '../../../../shared/domain/survey-views';
import { surveyDimensions } from '../../../../shared/domain/surveys';
import { formatNumber } from '../../../../shared/logic/money';
import { rateText, scoreText } from './survey-format';

interface Props {
  title: string;
  rows: SurveyGroupRow[];
  /** The label of a row without a group (no storefront, unassigned, no ticket). */
  labelOf(row: SurveyGroupRow): string;
}

/** The period's figures per storefront, agent or ticket type; "—" where a group had nothing to count. */
export function BreakdownTable({ title, rows, labelOf }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const n = (v: number) => formatNumber(v, locale, 0);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={4} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('surveyResults.noResponses')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label={title} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveyResults.columns.group')}</Table.Th>
                <Table.Th ta="right">{t('surveyResults.columns.responses')}</Table.Th>
                <Table.Th ta="right">{t('surveyResults.columns.sent')}</Table.Th>
                <Table.Th ta="right">{t('surveyResults.figures.responseRate')}</Table.Th>
                <Table.Th ta="right">{t('surveyResults.figures.csat')}</Table.Th>
                <Table.Th ta="right">{t('surveyResults.figures.nps')}</Table.Th>
                {surveyDimensions.map((d) => (
                  <Table.Th key={d} ta="right">
                    {t(`surveys.dimensions.${d}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('surveyResults.columns.low')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key ?? '—'}>
                  <Table.Td>{labelOf(r)}</Table.Td>
                  <Table.Td ta="right">{n(r.responses)}</Table.Td>
                  <Table.Td ta="right">{n(r.invitationsSent)}</Table.Td>
                  <Table.Td ta="right">{rateText(r.responseRateBp, locale)}</Table.Td>
                  <Table.Td ta="right">{scoreText(r.csat, locale)}</Table.Td>
                  <Table.Td ta="right">{scoreText(r.nps, locale)}</Table.Td>
                  {surveyDimensions.map((d) => (
                    <Table.Td key={d} ta="right">
                      {scoreText(r.dimensions[d], locale, 2)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{n(r.lowScoreResponses)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
