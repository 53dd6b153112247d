import { Anchor, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { formatMoney } from '../../../../shared/logic/money';
import { api } from '../../api';
import { errorText } from '../../components/notify-error';
import { useKeyedLoad } from './use-keyed-load';

/** /dashboard/below-floor[?storefront=id]: listings priced under their floor, each opening the workbench. */
export function BelowFloorPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const storefrontId = params.get('storefront');
  const query = storefrontId ? { storefrontId } : {};
  const load = useKeyedLoad(JSON.stringify(query), () => api.dashboard.belowFloor(query), [
    'catalog',
    'pricing',
  ]);
  const rows = load.data?.rows ?? [];
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('dashboard.belowFloorTitle')}</Title>
          <Text c="dimmed" size="sm">
            {t('dashboard.belowFloorSubtitle')}
          </Text>
        </div>
        <Anchor component={Link} to="/dashboard" size="sm">
          {t('dashboard.backToDashboard')}
        </Anchor>
      </Group>
      <Paper withBorder radius="md" p="md">
        {load.loading && <Loader size="sm" aria-label={t('common.loading')} />}
        {load.error !== undefined && <Text c="red">{errorText(load.error).body}</Text>}
        {load.data?.costsHidden && <Text c="dimmed">{t('dashboard.costsHidden')}</Text>}
        {load.data && !load.data.costsHidden && rows.length === 0 && (
          <Text c="dimmed">{t('dashboard.belowFloorNone')}</Text>
        )}
        {rows.length > 0 && (
          <Table fz="sm" striped aria-label={t('dashboard.belowFloorTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.columns.sku')}</Table.Th>
                <Table.Th>{t('dashboard.columns.product')}</Table.Th>
                <Table.Th>{t('dashboard.columns.storefront')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.price')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.floor')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.listingId}>
                  <Table.Td>{r.skuCode}</Table.Td>
                  <Table.Td>{r.skuName}</Table.Td>
                  <Table.Td>{r.storefrontName}</Table.Td>
                  <Table.Td ta="right" c="red.7">
                    {money(r.priceMinor, r.currency)}
                  </Table.Td>
                  <Table.Td ta="right">{money(r.floorMinor, r.currency)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/pricing?listing=${encodeURIComponent(r.listingId)}`}
                      size="sm"
                    >
                      {t('dashboard.openWorkbench')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
