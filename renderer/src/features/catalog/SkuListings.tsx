import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Listing, SkuDetail } from '../../../../shared/domain/catalog';
import { formatDateTime, formatMoney } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { ListingForm } from './ListingForm';
import { useActorName } from './use-actor-name';
import { useCostsHidden } from '../../components/use-costs-hidden';

/** Who changed a listing's price, when and why (newest first); the workbench shows it too. */
export function PriceHistory({
  listingId,
  currency,
  version,
}: {
  listingId: string;
  currency: string;
  version?: unknown;
}) {
  const { t, i18n } = useTranslation();
  const actor = useActorName();
  const history = useApiQuery(() => api.catalog.priceHistory({ listingId }), [listingId, version], 'catalog');
  const money = (m: number | null) =>
    m === null ? t('common.none') : formatMoney(m, currency, i18n.language);
  if (!history.data?.length)
    return (
      <Text size="sm" c="dimmed">
        {t('catalog.noHistory')}
      </Text>
    );
  return (
    <Table fz="sm" aria-label={t('catalog.priceHistory')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('catalog.when')}</Table.Th>
          <Table.Th>{t('catalog.change')}</Table.Th>
          <Table.Th>{t('catalog.reason')}</Table.Th>
          <Table.Th>{t('catalog.who')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{formatDateTime(h.at, i18n.language)}</Table.Td>
            <Table.Td>
              {money(h.oldPriceMinor)} → {money(h.newPriceMinor)}
            </Table.Td>
            <Table.Td>{h.reason}</Table.Td>
            <Table.Td>{actor(h.actorId)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type Editing = { listing?: Listing } | null;

export function SkuListings({ sku, onChanged }: { sku: SkuDetail; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { storefronts } = useShop();
  const [editing, setEditing] = useState<Editing>(null);
  // Floors are made of costs: the service role gets null from core and no column here (PRODUCT.md §10).
  const costsHidden = useCostsHidden();
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const storefront = (id: string) => storefronts.find((s) => s.id === id);
  const currencyOf = (id: string) => storefront(id)?.currency ?? 'CNY';
  const money = (m: number, storefrontId: string) => formatMoney(m, currencyOf(storefrontId), i18n.language);

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>{t('catalog.listingsTitle')}</Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t('catalog.addListing')}
        </Button>
      </Group>
      <Table fz="sm" aria-label={`${t('catalog.listingsTitle')} ${sku.code}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.storefront')}</Table.Th>
            <Table.Th>{t('catalog.externalSkuId')}</Table.Th>
            <Table.Th>{t('catalog.price')}</Table.Th>
            {!costsHidden && <Table.Th>{t('catalog.floor')}</Table.Th>}
            <Table.Th>{t('catalog.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sku.listings.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{storefront(l.storefrontId)?.name ?? l.storefrontId}</Table.Td>
              <Table.Td>{l.externalSkuId ?? t('common.none')}</Table.Td>
              <Table.Td>{money(l.priceMinor, l.storefrontId)}</Table.Td>
              {!costsHidden && (
                <Table.Td>
                  {l.priceFloorMinor === null ? t('common.none') : money(l.priceFloorMinor, l.storefrontId)}
                </Table.Td>
              )}
              <Table.Td>
                <Badge color={l.status === 'on_sale' ? 'teal' : 'gray'} variant="light">
                  {t(`catalog.statuses.${l.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="light" onClick={() => setEditing({ listing: l })}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setHistoryOf(historyOf === l.id ? null : l.id)}
                  >
                    {t('catalog.priceHistory')}
                  </Button>
                  <Anchor component={Link} to={`/pricing?listing=${encodeURIComponent(l.id)}`} size="sm">
                    {t('catalog.openWorkbench')}
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {historyOf && (
        <PriceHistory
          listingId={historyOf}
          currency={currencyOf(sku.listings.find((l) => l.id === historyOf)?.storefrontId ?? '')}
        />
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing?.listing ? 'catalog.editListing' : 'catalog.addListing')}
        size="lg"
      >
        {editing && (
          <ListingForm
            skuId={sku.id}
            listing={editing.listing}
            onCancel={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              onChanged();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
