import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderImportMessage } from '../../../../shared/domain/orders';

/** Problems or warnings of an import by file, row and column, in the person's language when the key is known. */
export function ImportMessages({ rows, label }: { rows: OrderImportMessage[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table fz="sm" aria-label={label} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('imports.file')}</Table.Th>
          <Table.Th w={70}>{t('imports.row')}</Table.Th>
          <Table.Th w={180}>{t('imports.column')}</Table.Th>
          <Table.Th>{t('imports.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((m, i) => (
          <Table.Tr key={i}>
            <Table.Td>{m.file || t('common.none')}</Table.Td>
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
