import { useRef, useState, type CSSProperties } from 'react';
import {
  Badge,
  Box,
  Button,
  Group,
  Modal,
  Pagination,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { priceBands, type PriceBand, type ProductSummary } from '../../../../shared/domain/catalog';
import { formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { CatalogFiles } from './CatalogFiles';
import { NewProductForm } from './NewProductForm';
import { useCostsHidden } from '../../components/use-costs-hidden';

const pageSizes = ['50', '100', '200'];
const rowHeight = 44;
// One grid template for header and rows, so the columns line up without a <table> (rows are absolutely placed).
const columns = 'minmax(220px, 3fr) minmax(100px, 1fr) minmax(100px, 1fr) 70px 90px 170px 80px';
const rowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: columns,
  alignItems: 'center',
  gap: 8,
  padding: '0 12px',
};

export function CatalogPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { storefronts } = useShop();
  // A new product's SKUs need their cost: core refuses it to the service role, so no button.
  const costsHidden = useCostsHidden();
  // The dashboard's low-stock alert links here with ?lowStock=1: it starts the filter.
  const [params] = useSearchParams();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [brand, setBrand] = useState('');
  const [band, setBand] = useState<PriceBand | null>(null);
  const [storefrontId, setStorefrontId] = useState<string | null>(null);
  const [lowStock, setLowStock] = useState(() => params.get('lowStock') === '1');
  const [slowMovers, setSlowMovers] = useState(false);
  const [pageSize, setPageSize] = useState(100);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  // Typing must not send a request per key: text filters reach the server 300 ms after the last key.
  const [query] = useDebouncedValue({ search, category, brand }, 300);

  const list = useApiQuery(
    () =>
      api.catalog.listProducts({
        search: query.search.trim() || undefined,
        category: query.category.trim() || undefined,
        brand: query.brand.trim() || undefined,
        band: band ?? undefined,
        storefrontId: storefrontId ?? undefined,
        lowStock: lowStock || undefined,
        slowMovers: slowMovers || undefined,
        page,
        pageSize,
      }),
    [query.search, query.category, query.brand, band, storefrontId, lowStock, slowMovers, page, pageSize],
    'catalog',
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  // Only the current page is in memory; the virtualizer keeps the DOM to the rows in view even at 200 a page.
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });

  /** Every filter change starts again at page 1, set in the handler (no effect that resets state). */
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const open = (p: ProductSummary) => void navigate(`/catalog/${p.id}`);
  const num = (n: number) => formatNumber(n, i18n.language, 0);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('catalog.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('catalog.subtitle')}
          </Text>
        </div>
        <Group>
          <CatalogFiles />
          <Button variant="default" component={Link} to="/catalog/unmatched">
            {t('catalog.unmatched')}
          </Button>
          {!costsHidden && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('catalog.newProduct')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('catalog.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={260}
        />
        <TextInput
          label={t('catalog.category')}
          value={category}
          onChange={(e) => filter(setCategory)(e.currentTarget.value)}
          w={140}
        />
        <TextInput
          label={t('catalog.brand')}
          value={brand}
          onChange={(e) => filter(setBrand)(e.currentTarget.value)}
          w={140}
        />
        <Select
          label={t('catalog.band')}
          data={priceBands.map((b) => ({ value: b, label: t(`catalog.bands.${b}`) }))}
          value={band}
          onChange={(v) => filter(setBand)(v as PriceBand | null)}
          clearable
          w={130}
        />
        <Select
          label={t('catalog.storefront')}
          data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
          value={storefrontId}
          onChange={filter(setStorefrontId)}
          clearable
          searchable
          w={180}
        />
        <Stack gap={6} mb={4}>
          <Switch
            label={t('catalog.lowStockOnly')}
            checked={lowStock}
            onChange={(e) => filter(setLowStock)(e.currentTarget.checked)}
          />
          <Switch
            label={t('catalog.slowMoversOnly')}
            checked={slowMovers}
            onChange={(e) => filter(setSlowMovers)(e.currentTarget.checked)}
          />
        </Stack>
      </Group>
      <Paper withBorder radius="md">
        <Box
          ref={scrollRef}
          role="table"
          aria-label={t('catalog.title')}
          aria-rowcount={rows.length + 1}
          style={{ height: 'calc(100vh - 330px)', minHeight: 320, overflow: 'auto', position: 'relative' }}
        >
          <Box
            role="row"
            bg="var(--mantine-color-body)"
            style={{
              ...rowStyle,
              position: 'sticky',
              top: 0,
              zIndex: 1,
              height: rowHeight,
              fontWeight: 600,
              borderBottom: '1px solid var(--mantine-color-default-border)',
            }}
          >
            <span role="columnheader">{t('catalog.product')}</span>
            <span role="columnheader">{t('catalog.category')}</span>
            <span role="columnheader">{t('catalog.brand')}</span>
            <span role="columnheader">{t('catalog.skus')}</span>
            <span role="columnheader">{t('catalog.stock')}</span>
            <span role="columnheader">{t('catalog.stockFlags')}</span>
            <span role="columnheader">{t('catalog.listings')}</span>
          </Box>
          {!list.loading && rows.length === 0 && (
            <Text c="dimmed" ta="center" py="xl">
              {t('catalog.empty')}
            </Text>
          )}
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const p = rows[item.index];
              if (!p) return null;
              return (
                <Box
                  key={p.id}
                  role="row"
                  tabIndex={0}
                  aria-rowindex={item.index + 2}
                  onClick={() => open(p)}
                  onKeyDown={(e) => e.key === 'Enter' && open(p)}
                  style={{
                    ...rowStyle,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: rowHeight,
                    transform: `translateY(${item.start}px)`,
                    cursor: 'pointer',
                    borderBottom: '1px solid var(--mantine-color-default-border)',
                    opacity: p.archived ? 0.6 : 1,
                  }}
                >
                  <Text role="cell" size="sm" fw={500} truncate>
                    {p.name}
                  </Text>
                  <Text role="cell" size="sm" truncate>
                    {p.category ?? t('common.none')}
                  </Text>
                  <Text role="cell" size="sm" truncate>
                    {p.brand ?? t('common.none')}
                  </Text>
                  <Text role="cell" size="sm">
                    {num(p.skuCount)}
                  </Text>
                  <Text role="cell" size="sm">
                    {num(p.stockOnHand)}
                  </Text>
                  <Group role="cell" gap={4} wrap="nowrap">
                    {p.lowStockSkuCount > 0 && (
                      <Badge color="orange" variant="light">
                        {t('catalog.lowStockCount', { count: p.lowStockSkuCount })}
                      </Badge>
                    )}
                    {p.slowSkuCount > 0 && (
                      <Badge color="grape" variant="light">
                        {t('catalog.slowCount', { count: p.slowSkuCount })}
                      </Badge>
                    )}
                  </Group>
                  <Text role="cell" size="sm">
                    {num(p.listingCount)}
                  </Text>
                </Box>
              );
            })}
          </div>
        </Box>
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('catalog.total', { total: num(total) })}
        </Text>
        <Group>
          <Select
            aria-label={t('catalog.pageSize')}
            data={pageSizes}
            value={String(pageSize)}
            onChange={(v) => v && filter(setPageSize)(Number(v))}
            allowDeselect={false}
            w={90}
          />
          <Pagination
            total={Math.max(1, Math.ceil(total / pageSize))}
            value={page}
            onChange={(next) => {
              setPage(next);
              if (scrollRef.current) scrollRef.current.scrollTop = 0;
            }}
          />
        </Group>
      </Group>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('catalog.newProduct')} size="lg">
        <NewProductForm
          onCancel={() => setCreating(false)}
          onDone={(product) => {
            setCreating(false);
            void navigate(`/catalog/${product.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
