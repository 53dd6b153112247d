import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyImportMapping } from '../../../../shared/api/schemas/surveys';
import type { SurveyImportInspection, SurveyTemplateView } from '../../../../shared/domain/survey-views';
import { localized } from './survey-format';

/** The columns that link a row to an invitation's ticket, order or customer, beside the questions. */
export const linkFields = ['responseId', 'orderId', 'ticketNumber', 'phone', 'answeredAt'] as const;
type LinkField = (typeof linkFields)[number];

interface Props {
  template: SurveyTemplateView;
  inspection: SurveyImportInspection;
  mapping: SurveyImportMapping;
  onChange(next: SurveyImportMapping): void;
}

/**
 * One row per question and per link column: the file's column for it and that column's first value, so the
 * person sees at once whether "Q1" really holds the CSAT score.
 */
export function SurveyMappingTable({ template, inspection, mapping, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const example = (header: string | undefined) => {
    if (!header) return '';
    const index = inspection.headers.indexOf(header);
    return inspection.sample.find((row) => (row[index] ?? '').trim() !== '')?.[index] ?? '';
  };
  const setQuestion = (id: string, header: string | null) => {
    const questions = { ...mapping.questions };
    if (header) questions[id] = header;
    else delete questions[id];
    onChange({ ...mapping, questions });
  };
  const setLink = (field: LinkField, header: string | null) => {
    const next: SurveyImportMapping = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };

  const row = (key: string, label: string, header: string | undefined, set: (h: string | null) => void) => (
    <Table.Tr key={key}>
      <Table.Td>
        <Text size="sm">{label}</Text>
      </Table.Td>
      <Table.Td w={260}>
        <Select
          size="xs"
          aria-label={t('surveyEntry.import.columnFor', { target: label })}
          data={inspection.headers}
          value={header ?? null}
          placeholder={t('surveyEntry.import.notMapped')}
          searchable
          clearable
          onChange={set}
          comboboxProps={{ withinPortal: true }}
        />
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace" c="dimmed" lineClamp={1}>
          {example(header)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Table aria-label={t('surveyEntry.import.mapping')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('surveyEntry.import.target')}</Table.Th>
          <Table.Th>{t('surveyEntry.import.column')}</Table.Th>
          <Table.Th>{t('surveyEntry.import.example')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {template.questions.map((q, i) =>
          row(
            q.id,
            `${i + 1}. ${localized(q.text, i18n.language)} (${t(`surveys.kinds.${q.kind}`)})`,
            mapping.questions[q.id],
            (h) => setQuestion(q.id, h),
          ),
        )}
        {linkFields.map((field) =>
          row(field, t(`surveyEntry.import.links.${field}`), mapping[field], (h) => setLink(field, h)),
        )}
      </Table.Tbody>
    </Table>
  );
}
