import { Anchor, MultiSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api';
import { errorText } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useKeyedLoad } from '../dashboard/use-keyed-load';
import { figureRows } from './EvaluationFigures';

/** /promotions/compare?ids=a,b — the same figures of several campaigns side by side (base currency). */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const campaigns = useApiQuery(() => api.promotions.list(), [], 'promotions');
  // Only campaigns that have started have figures; drafts and cancelled ones never ran.
  const options = (campaigns.data ?? [])
    .filter((c) => c.state === 'active' || c.state === 'ended' || ids.includes(c.id))
    .sort((a, b) => b.startAt.localeCompare(a.startAt))
    .map((c) => ({ value: c.id, label: c.name }));
  const key = ids.length ? ids.join(',') : null;
  const load = useKeyedLoad(key, () => api.promotions.compare({ ids }), ['promotions', 'orders', 'imports']);
  const setIds = (next: string[]) =>
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        if (next.length) p.set('ids', next.join(','));
        else p.delete('ids');
        return p;
      },
      { replace: true },
    );
  const cmp = load.data;
  const columns = cmp
    ? cmp.campaigns.map((c) => ({ c, rows: figureRows(c.figures, cmp.baseCurrency, i18n.language, t) }))
    : [];
  const labels = columns[0]?.rows ?? [];

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={4}>{t('promoEval.compare.title')}</Title>
        <MultiSelect
          label={t('promoEval.compare.pick')}
          description={t('promoEval.compare.pickHint')}
          data={options}
          value={ids}
          onChange={setIds}
          searchable
          clearable
          maxValues={6}
        />
        {!key && <Text c="dimmed">{t('promoEval.compare.none')}</Text>}
        {load.error !== undefined && key && <Text c="red">{errorText(load.error).body}</Text>}
        {cmp && columns.length > 0 && (
          <Table fz="sm" striped aria-label={t('promoEval.compare.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('promoEval.compare.figure')}</Table.Th>
                {columns.map(({ c }) => (
                  <Table.Th key={c.campaignId} ta="right">
                    <Anchor component={Link} to={`/promotions/${c.campaignId}/evaluation`} size="sm">
                      {c.name}
                    </Anchor>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {labels.map((row, i) => (
                <Table.Tr key={row.key}>
                  <Table.Td>{row.label}</Table.Td>
                  {columns.map(({ c, rows }) => (
                    <Table.Td
                      key={c.campaignId}
                      ta="right"
                      c={rows[i]!.tone === 'good' ? 'teal.8' : rows[i]!.tone === 'bad' ? 'red.8' : undefined}
                    >
                      {rows[i]!.value}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
