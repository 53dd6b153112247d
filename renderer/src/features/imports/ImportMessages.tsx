import { Table, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One problem or warning of any import (orders, tickets, survey responses); only order imports name a file. */
export interface ImportMessage {
  file?: string;
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
  message: string;
}

/**
 * Problems or warnings of an import by (file,) row and column, in the person's language when the key is known,
 * else the core's English. `texts` is the feature's text group holding `row`, `column`, `problem` (and `file`).
 */
export function ImportMessages({
  rows,
  label,
  texts = 'imports',
  withFile = false,
  columnWidth = 180,
  mt,
}: {
  rows: readonly ImportMessage[];
  label: string;
  texts?: 'imports' | 'ticketImport' | 'surveyEntry.import';
  withFile?: boolean;
  columnWidth?: number;
  mt?: MantineSpacing;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table fz="sm" aria-label={label} striped mt={mt}>
      <Table.Thead>
        <Table.Tr>
          {withFile && <Table.Th>{t(`${texts}.file`)}</Table.Th>}
          <Table.Th w={70}>{t(`${texts}.row`)}</Table.Th>
          <Table.Th w={columnWidth}>{t(`${texts}.column`)}</Table.Th>
          <Table.Th>{t(`${texts}.problem`)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((m, i) => (
          <Table.Tr key={i}>
            {withFile && <Table.Td>{m.file || t('common.none')}</Table.Td>}
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
