import { memo, useMemo } from 'react';
import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  genericFields,
  genericPriceFields,
  type GenericField,
  type GenericMapping,
} from '../../../../shared/domain/order-mapping';
import type { FileInspection } from '../../../../shared/domain/import-inspection';
import { translateIssue } from '../../components/notify-error';
import { exampleOf, headerChoices } from './mapping-draft';

const isPriceField = (field: GenericField) => (genericPriceFields as readonly string[]).includes(field);

interface FieldRowProps {
  field: GenericField;
  required: boolean;
  choices: string[];
  header: string | undefined;
  example: string;
  /** A validation key. */
  error: string | undefined;
  onChange(field: GenericField, header: string | null): void;
}

/** Memoized: picking one column re-renders that row only, not two dozen Selects. */
const FieldRow = memo(function FieldRow({
  field,
  required,
  choices,
  header,
  example,
  error,
  onChange,
}: FieldRowProps) {
  const { t } = useTranslation();
  const label = t(`imports.fields.${field}`);
  const marked = required || isPriceField(field);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={marked ? 600 : 400}>
          {label}
          {marked && (
            <Text span c="red" title={t('imports.mapping.required')}>
              {' '}
              *
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={label}
          size="xs"
          data={choices}
          value={header ?? null}
          onChange={(value) => onChange(field, value)}
          placeholder={t('imports.mapping.notMapped')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('imports.mapping.clear', { field: label }) }}
          required={required}
          error={error ? translateIssue(error) : undefined}
          comboboxProps={{ withinPortal: true }}
        />
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace" c="dimmed" lineClamp={1} title={example}>
          {example}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
});

/**
 * One row per field the generic importer reads, in its order: the field (required ones marked), the file's
 * column for it and that column's first value, so the person sees at once whether "Date" really is a date.
 * `onChange` should be stable (rows are memoized).
 */
export function MappingFields({
  inspection,
  mapping,
  errors,
  onChange,
}: {
  inspection: FileInspection;
  mapping: GenericMapping;
  /** Validation keys by field. */
  errors: Partial<Record<string, string>>;
  onChange(field: GenericField, header: string | null): void;
}) {
  const { t } = useTranslation();
  const choices = useMemo(() => headerChoices(inspection.headers), [inspection.headers]);
  return (
    <Table fz="sm" verticalSpacing={4} aria-label={t('imports.mapping.field')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('imports.mapping.field')}</Table.Th>
          <Table.Th w="40%">{t('imports.mapping.column')}</Table.Th>
          <Table.Th>{t('imports.mapping.example')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {genericFields.map(({ field, required }) => (
          <FieldRow
            key={field}
            field={field}
            required={required}
            choices={choices}
            header={mapping[field]}
            example={exampleOf(inspection, mapping[field])}
            error={errors[field]}
            onChange={onChange}
          />
        ))}
      </Table.Tbody>
    </Table>
  );
}
