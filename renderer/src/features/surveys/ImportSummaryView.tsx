import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyImportMessage, SurveyImportSummary } from '../../../../shared/domain/survey-views';

function Messages({ rows, label }: { rows: SurveyImportMessage[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table fz="sm" aria-label={label} striped mt="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('surveyEntry.import.row')}</Table.Th>
          <Table.Th w={200}>{t('surveyEntry.import.column')}</Table.Th>
          <Table.Th>{t('surveyEntry.import.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((m, i) => (
          <Table.Tr key={i}>
            <Table.Td>{m.row || t('common.none')}</Table.Td>
            <Table.Td>{m.column || t('common.none')}</Table.Td>
            <Table.Td>
              {i18n.exists(`validation.${m.key}`) ? t(`validation.${m.key}`, { ...m.params }) : m.message}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What an import (or its check) found: counts, then every error and warning by row and column. */
export function ImportSummaryView({ summary: s }: { summary: SurveyImportSummary }) {
  const { t } = useTranslation();
  const failed = s.errors.length > 0;
  const title = failed
    ? t('surveyEntry.import.refused', { count: s.errors.length })
    : s.written
      ? t('surveyEntry.import.written')
      : t('surveyEntry.import.checked');
  return (
    <Alert color={failed ? 'red' : s.written ? 'teal' : 'blue'} title={title}>
      {!failed && (
        <Text size="sm">
          {t(s.written ? 'surveyEntry.import.countsWritten' : 'surveyEntry.import.countsChecked', {
            inserted: s.inserted,
            unchanged: s.unchanged,
            linked: s.linked,
            followups: s.followupTickets,
          })}
        </Text>
      )}
      {failed && <Messages rows={s.errors} label={t('surveyEntry.import.errors')} />}
      {s.warnings.length > 0 && <Messages rows={s.warnings} label={t('surveyEntry.import.warnings')} />}
    </Alert>
  );
}
