import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyImportMessage, SurveyImportSummary } from '../../../../shared/domain/survey-views';
import { ImportMessages } from '../imports/ImportMessages';

function Messages({ rows, label }: { rows: SurveyImportMessage[]; label: string }) {
  return <ImportMessages rows={rows} label={label} texts="surveyEntry.import" columnWidth={200} mt="xs" />;
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
