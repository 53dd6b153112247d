import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { orderStatuses, type OrderStatus } from '../../../../shared/domain/orders';
import { statusOf, type MappingDraft, type StatusValues } from './mapping-draft';

/**
 * With a status column: each value found in the file's first rows → a ChannelDesk status, pre-filled with what
 * the importer already recognises. Without one: the status every order gets.
 */
export function StatusValueMap({
  draft,
  values,
  onChange,
}: {
  draft: MappingDraft;
  /** null while the values of a newly chosen status column are read. */
  values: StatusValues | null;
  onChange(patch: Partial<MappingDraft>): void;
}) {
  const { t } = useTranslation();
  const statusData = orderStatuses.map((s) => ({ value: s, label: t(`orders.statusNames.${s}`) }));
  if (!draft.mapping.status) {
    return (
      <Select
        label={t('imports.mapping.defaultStatus')}
        data={statusData}
        value={draft.defaultStatus}
        allowDeselect={false}
        onChange={(v) => v && onChange({ defaultStatus: v as OrderStatus })}
        w={320}
      />
    );
  }
  return (
    <Stack gap={4}>
      <Title order={5}>{t('imports.mapping.statusTitle')}</Title>
      <Text size="xs" c="dimmed">
        {t('imports.mapping.statusIntro')}
      </Text>
      {values && values.distinctStatuses.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('imports.mapping.statusNone')}
        </Text>
      )}
      {values && values.distinctStatuses.length > 0 && (
        <Table fz="sm" verticalSpacing={4} aria-label={t('imports.mapping.statusTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="40%">{t('imports.mapping.statusValue')}</Table.Th>
              <Table.Th>{t('imports.mapping.statusMeans')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.distinctStatuses.map((value) => {
              const status = statusOf(draft, values, value);
              return (
                <Table.Tr key={value}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {value}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('imports.mapping.statusFor', { value })}
                      size="xs"
                      data={statusData}
                      value={status}
                      allowDeselect={false}
                      placeholder={t('imports.mapping.statusUnknown')}
                      error={status === null ? t('imports.mapping.statusUnknown') : undefined}
                      onChange={(v) =>
                        v && onChange({ statusValues: { ...draft.statusValues, [value]: v as OrderStatus } })
                      }
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
