import { useState } from 'react';
import {
  Anchor,
  Chip,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  customerSorts,
  customerTiers,
  sortDirections,
  type CustomerSort,
  type CustomerSummary,
  type CustomerTier,
  type SortDirection,
} from '../../../../shared/domain/customers';
import { localDate } from '../../../../shared/logic/dates';
import { formatDate, formatMoney, formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { useCostsHidden } from '../../components/use-costs-hidden';
import { SegmentExport } from './SegmentExport';
import { TierBadge } from './TierBadge';

const pageSizes = ['50', '100', '200'];

/** "R4 F2 M5", or a dash for customers outside the 365-day window. */
export const rfmText = (c: Pick<CustomerSummary, 'rfm'>): string =>
  c.rfm ? `R${c.rfm.recency} F${c.rfm.frequency} M${c.rfm.monetary}` : '—';

/**
 * Every customer across storefronts, paged on the server (the figures are stored per customer, so sorting and
 * filtering 300,000 customers stays an index range). The tier chips, storefront and search also choose the
 * segment the export writes.
 */
export function CustomersPage() {
  const { t, i18n } = useTranslation();
  const { storefronts, settings } = useShop();
  // The service role gets no profit from core (null): the column goes, not a row of dashes.
  const costsHidden = useCostsHidden();
  const [search, setSearch] = useState('');
  const [tier, setTier] = useState<CustomerTier | 'all'>('all');
  const [storefrontId, setStorefrontId] = useState<string | null>(null);
  const [sort, setSort] = useState<CustomerSort>('monetary');
  const [direction, setDirection] = useState<SortDirection>('desc');
  const [pageSize, setPageSize] = useState(50);
  const [page, setPage] = useState(1);
  const [query] = useDebouncedValue(search.trim(), 300);
  const filter = {
    search: query || undefined,
    tier: tier === 'all' ? undefined : tier,
    storefrontId: storefrontId ?? undefined,
  };

  const list = useApiQuery(
    () => api.customers.list({ ...filter, sort, direction, page, pageSize }),
    [query, tier, storefrontId, sort, direction, page, pageSize],
    'customers',
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const base = list.data?.baseCurrency ?? settings?.baseCurrency ?? 'CNY';
  const locale = i18n.language;
  const zone = settings?.timezone ?? 'UTC';

  /** Every filter change starts again at page 1, set in the handler (no effect that resets state). */
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('customers.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('customers.subtitle')}
          </Text>
        </div>
        <SegmentExport filter={filter} />
      </Group>
      <Chip.Group multiple={false} value={tier} onChange={(v) => reset(setTier)(v as CustomerTier | 'all')}>
        <Group gap="xs" role="radiogroup" aria-label={t('customers.tier')}>
          <Chip value="all">{t('customers.allTiers')}</Chip>
          {customerTiers.map((k) => (
            <Chip key={k} value={k}>
              {t(`customers.tiers.${k}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('customers.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => reset(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('customers.storefront')}
          data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
          value={storefrontId}
          onChange={reset(setStorefrontId)}
          clearable
          searchable
          w={200}
        />
        <Select
          label={t('customers.sort')}
          data={customerSorts.map((s) => ({ value: s, label: t(`customers.sorts.${s}`) }))}
          value={sort}
          onChange={(v) => v && reset(setSort)(v as CustomerSort)}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('customers.direction')}
          data={sortDirections.map((d) => ({ value: d, label: t(`customers.directions.${d}`) }))}
          value={direction}
          onChange={(v) => v && reset(setDirection)(v as SortDirection)}
          allowDeselect={false}
          w={200}
        />
      </Group>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover aria-label={t('customers.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customers.name')}</Table.Th>
                <Table.Th>{t('customers.contact')}</Table.Th>
                <Table.Th>{t('customers.tier')}</Table.Th>
                <Table.Th>{t('customers.rfm')}</Table.Th>
                <Table.Th ta="right">{t('customers.orders')}</Table.Th>
                <Table.Th ta="right">{t('customers.spent')}</Table.Th>
                {!costsHidden && <Table.Th ta="right">{t('customers.grossProfit')}</Table.Th>}
                <Table.Th>{t('customers.lastOrder')}</Table.Th>
                <Table.Th ta="right">{t('customers.storefronts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/customers/${c.id}`} fw={500}>
                      {c.name ?? t('customers.noName')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {[c.phone, c.email].filter(Boolean).join(' · ') || t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TierBadge tier={c.tier} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {rfmText(c)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(c.orders, locale, 0)}</Table.Td>
                  <Table.Td ta="right">
                    {c.unconvertedOrders > 0 ? (
                      <Tooltip label={t('customers.unconverted', { count: c.unconvertedOrders })}>
                        <span>{formatMoney(c.monetaryMinor, base, locale)} *</span>
                      </Tooltip>
                    ) : (
                      formatMoney(c.monetaryMinor, base, locale)
                    )}
                  </Table.Td>
                  {!costsHidden && (
                    <Table.Td ta="right">
                      {c.grossProfitMinor === null
                        ? t('common.none')
                        : formatMoney(c.grossProfitMinor, base, locale)}
                    </Table.Td>
                  )}
                  <Table.Td>
                    {c.lastOrderAt ? formatDate(localDate(c.lastOrderAt, zone), locale) : t('common.none')}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(c.storefronts, locale, 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.loading && rows.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {t('customers.empty')}
          </Text>
        )}
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('customers.total', { total: formatNumber(total, locale, 0) })}
        </Text>
        <Group>
          <Select
            aria-label={t('customers.pageSize')}
            data={pageSizes}
            value={String(pageSize)}
            onChange={(v) => v && reset(setPageSize)(Number(v))}
            allowDeselect={false}
            w={90}
          />
          <Pagination total={Math.max(1, Math.ceil(total / pageSize))} value={page} onChange={setPage} />
        </Group>
      </Group>
    </Stack>
  );
}
