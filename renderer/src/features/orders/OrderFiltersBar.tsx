import { Group, MultiSelect, Stack, Switch, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderFilters } from '../../../../shared/domain/order-list';
import { orderStatuses, type OrderStatus } from '../../../../shared/domain/orders';
import { useShop } from '../../shop-context';

interface Props {
  filters: OrderFilters;
  /** The search box's text as typed (the list gets it debounced). */
  search: string;
  onSearch(text: string): void;
  onChange(filters: OrderFilters): void;
}

/** Sets a key, or removes it when the value means "no filter" (empty list, unchecked switch, cleared date). */
function withValue<K extends keyof OrderFilters>(
  filters: OrderFilters,
  key: K,
  value: OrderFilters[K],
): OrderFilters {
  const next = { ...filters };
  const empty = value === undefined || value === false || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[key];
  else next[key] = value;
  return next;
}

export function OrderFiltersBar({ filters, search, onSearch, onChange }: Props) {
  const { t } = useTranslation();
  const { storefronts } = useShop();
  const set = <K extends keyof OrderFilters>(key: K, value: OrderFilters[K]) =>
    onChange(withValue(filters, key, value));

  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('orders.search')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={280}
      />
      <MultiSelect
        label={t('orders.storefronts')}
        data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
        value={filters.storefrontIds ?? []}
        onChange={(ids) => set('storefrontIds', ids)}
        clearable
        searchable
        w={220}
      />
      <MultiSelect
        label={t('orders.statuses')}
        data={orderStatuses.map((s) => ({ value: s, label: t(`orders.statusNames.${s}`) }))}
        value={filters.statuses ?? []}
        onChange={(values) => set('statuses', values as OrderStatus[])}
        clearable
        w={220}
      />
      <DatePickerInput
        type="range"
        label={t('orders.dates')}
        value={[filters.from ?? null, filters.to ?? null]}
        onChange={([from, to]) => {
          // A range is sent once both ends are picked; clearing removes both.
          if (from && !to) return;
          onChange(withValue(withValue(filters, 'from', from ?? undefined), 'to', to ?? undefined));
        }}
        valueFormat="YYYY-MM-DD"
        clearable
        allowSingleDateInRange
        w={230}
      />
      <Stack gap={6} mb={4}>
        <Switch
          label={t('orders.hasRefund')}
          checked={filters.hasRefund === true}
          onChange={(e) => set('hasRefund', e.currentTarget.checked)}
        />
        <Switch
          label={t('orders.afterSales')}
          checked={filters.afterSales === true}
          onChange={(e) => set('afterSales', e.currentTarget.checked)}
        />
      </Stack>
      <Stack gap={6} mb={4}>
        <Switch
          label={t('orders.unmatched')}
          checked={filters.unmatched === true}
          onChange={(e) => set('unmatched', e.currentTarget.checked)}
        />
        <Switch
          label={t('tickets.hasTicket')}
          checked={filters.hasTicket === true}
          onChange={(e) => set('hasTicket', e.currentTarget.checked)}
        />
      </Stack>
    </Group>
  );
}
