import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { formatDateTime } from '../../../../shared/logic/money';

/** The last imports: files, counts, who and when (a repeated checksum means the same file came back). */
export function ImportHistory() {
  const { t, i18n } = useTranslation();
  // The dashboard's duplicate-import alert links here with ?repeated=1: only files imported more than once.
  const [params] = useSearchParams();
  const repeatedOnly = params.get('repeated') === '1';
  const { data } = useApiQuery(
    () => api.imports.history({ page: 1, pageSize: 20, ...(repeatedOnly ? { repeatedOnly } : {}) }),
    [repeatedOnly],
    'imports',
  );
  return (
    <Paper withBorder p="md" component="section" aria-label={t('imports.history')}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('imports.history')}</Title>
        {repeatedOnly && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('imports.repeatedOnly')}
            </Text>
            <Anchor component={Link} to="/orders/import" size="sm">
              {t('imports.showAll')}
            </Anchor>
          </Group>
        )}
      </Group>
      {data && data.rows.length === 0 && <Text c="dimmed">{t('imports.historyEmpty')}</Text>}
      {data && data.rows.length > 0 && (
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.at')}</Table.Th>
              <Table.Th>{t('imports.storefront')}</Table.Th>
              <Table.Th>{t('imports.files')}</Table.Th>
              <Table.Th>{t('imports.counts')}</Table.Th>
              <Table.Th>{t('imports.lines')}</Table.Th>
              <Table.Th>{t('imports.who')}</Table.Th>
              <Table.Th>{t('imports.checksum')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDateTime(r.at, i18n.language)}</Table.Td>
                <Table.Td>{r.storefrontName}</Table.Td>
                <Table.Td>
                  {r.kind === 'fees' ? `${t('imports.kindFees')}: ` : ''}
                  {r.files.join(', ')}
                </Table.Td>
                <Table.Td>
                  {r.inserted} / {r.updated} / {r.unchanged}
                </Table.Td>
                <Table.Td>{r.lines}</Table.Td>
                <Table.Td>{r.actorName ?? t('common.none')}</Table.Td>
                <Table.Td title={r.checksum}>{r.checksum.slice(0, 10)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
