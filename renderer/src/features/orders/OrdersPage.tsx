import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Center,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconReceipt, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  defaultOrderColumns,
  orderSorts,
  type OrderColumn,
  type OrderFilters,
  type OrderSort,
  type OrderView,
  type SortDirection,
} from '../../../../shared/domain/order-list';
import { orderStatuses, type OrderStatus } from '../../../../shared/domain/orders';
import { formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { OrderColumnsMenu } from './OrderColumnsMenu';
import { OrderExport } from './OrderExport';
import { OrderFiltersBar } from './OrderFiltersBar';
import { OrderTable } from './OrderTable';
import { OrderViewsMenu } from './OrderViewsMenu';

const pageSizes = ['50', '100', '200'];

/** `?status=paid,shipped` → the statuses it names (unknown words are dropped, not sent to the server). */
const statusesOf = (text: string): OrderStatus[] =>
  text.split(',').filter((s): s is OrderStatus => (orderStatuses as readonly string[]).includes(s));

/** No orders at all yet: say where they come from instead of showing an empty table. */
function NoOrdersYet() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl">
      <Center>
        <Stack align="center" maw={460} gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light">
            <IconReceipt size={28} />
          </ThemeIcon>
          <Title order={3}>{t('orders.emptyTitle')}</Title>
          <Text c="dimmed" ta="center">
            {t('orders.emptyBody')}
          </Text>
          <Button component={Link} to="/orders/import" leftSection={<IconFileImport size={16} />}>
            {t('orders.importOrders')}
          </Button>
        </Stack>
      </Center>
    </Paper>
  );
}

/** Every storefront's orders: filters, search, sort, saved views, columns, export; pages come from the server. */
export function OrdersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Other pages link here with a customer, SKU, period, storefronts or yes/no filters (/orders?customerId=…,
  // /orders?from=…&to=…&storefront=id1,id2 from the dashboard, ?hasTicket=1): those start the filters.
  const [filters, setFilters] = useState<OrderFilters>(() => ({
    ...(params.get('customerId') ? { customerId: params.get('customerId')! } : {}),
    ...(params.get('skuId') ? { skuId: params.get('skuId')! } : {}),
    ...(params.get('from') ? { from: params.get('from')! } : {}),
    ...(params.get('to') ? { to: params.get('to')! } : {}),
    ...(params.get('storefront') ? { storefrontIds: params.get('storefront')!.split(',') } : {}),
    ...(params.get('status') ? { statuses: statusesOf(params.get('status')!) } : {}),
    ...(params.get('hasTicket') === '1' ? { hasTicket: true } : {}),
    ...(params.get('hasRefund') === '1' ? { hasRefund: true } : {}),
  }));
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<OrderSort>('placed_at');
  const [direction, setDirection] = useState<SortDirection>('desc');
  const [columns, setColumns] = useState<OrderColumn[]>(defaultOrderColumns);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(100);
  // Typing must not send a request per key: the search reaches the server 300 ms after the last key.
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const query: OrderFilters = debounced ? { ...filters, search: debounced } : filters;

  const list = useApiQuery(
    () => api.orders.list({ filters: query, sort, direction, page, pageSize }),
    [JSON.stringify(query), sort, direction, page, pageSize],
    'orders',
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const filtered = Object.keys(query).length > 0;
  const num = (n: number) => formatNumber(n, i18n.language, 0);

  /** Every change of what is listed starts again at page 1, set in the handler (no effect that resets state). */
  const changeFilters = (next: OrderFilters) => {
    setFilters(next);
    setPage(1);
  };
  const applyView = (view: OrderView) => {
    const { search: savedSearch, ...rest } = view.filters;
    setFilters(rest);
    setSearch(savedSearch ?? '');
    setSort(view.sort);
    setDirection(view.direction);
    setColumns(view.columns);
    setPage(1);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('orders.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('orders.subtitle')}
          </Text>
        </div>
        <Group>
          <OrderViewsMenu current={{ filters: query, sort, direction, columns }} onApply={applyView} />
          <OrderColumnsMenu columns={columns} onChange={setColumns} />
          <OrderExport filters={query} sort={sort} direction={direction} />
          <Button component={Link} to="/orders/import" leftSection={<IconFileImport size={16} />}>
            {t('orders.importOrders')}
          </Button>
        </Group>
      </Group>
      <OrderFiltersBar
        filters={filters}
        search={search}
        onSearch={(text) => {
          setSearch(text);
          setPage(1);
        }}
        onChange={changeFilters}
      />
      <Group gap="xs" align="flex-end">
        <Select
          label={t('orders.sort')}
          data={orderSorts.map((s) => ({ value: s, label: t(`orders.sorts.${s}`) }))}
          value={sort}
          onChange={(v) => {
            if (!v) return;
            setSort(v as OrderSort);
            setPage(1);
          }}
          allowDeselect={false}
          w={160}
        />
        <ActionIcon
          variant="default"
          size="lg"
          mb={1}
          aria-label={t(`orders.direction.${direction}`)}
          onClick={() => {
            setDirection(direction === 'desc' ? 'asc' : 'desc');
            setPage(1);
          }}
        >
          {direction === 'desc' ? <IconSortDescending size={18} /> : <IconSortAscending size={18} />}
        </ActionIcon>
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setSearch('');
              changeFilters({});
            }}
          >
            {t('orders.clearFilters')}
          </Button>
        )}
      </Group>
      {!list.loading && !filtered && total === 0 ? (
        <NoOrdersYet />
      ) : (
        <OrderTable
          key={page}
          rows={rows}
          columns={columns}
          loading={list.loading}
          empty={t('orders.noMatch')}
          onOpen={(row) => void navigate(`/orders/${row.id}`)}
        />
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {list.data?.totalCapped
            ? t('orders.totalCapped', { total: num(total) })
            : t('orders.total', { count: total, total: num(total) })}
        </Text>
        <Group>
          <Select
            aria-label={t('orders.pageSize')}
            data={pageSizes}
            value={String(pageSize)}
            onChange={(v) => {
              if (!v) return;
              setPageSize(Number(v));
              setPage(1);
            }}
            allowDeselect={false}
            w={90}
          />
          <Pagination total={Math.max(1, Math.ceil(total / pageSize))} value={page} onChange={setPage} />
        </Group>
      </Group>
    </Stack>
  );
}
