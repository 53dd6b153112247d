import { useState } from 'react';
import { Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Sku } from '../../../../shared/domain/catalog';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';

/**
 * Find a SKU in a catalog of any size: the product search runs on the server (20 matches at a time), then the
 * chosen product's SKUs are listed. Two steps because listProducts answers products, not SKUs.
 */
export function SkuPicker({ label, onPick }: { label: string; onPick(sku: Sku): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [productId, setProductId] = useState<string | null>(null);
  const [skuId, setSkuId] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  const products = useApiQuery(
    () => api.catalog.listProducts({ search: debounced.trim() || undefined, page: 1, pageSize: 20 }),
    [debounced],
  );
  const product = useApiQuery(
    () => (productId ? api.catalog.getProduct({ id: productId }) : Promise.resolve(undefined)),
    [productId],
  );
  const skus = product.data?.id === productId ? (product.data?.skus ?? []) : [];

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={label}
        placeholder={t('catalog.findSku')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        // The server already filtered by the same words (SKU codes too, which the labels do not show).
        filter={({ options }) => options}
        data={(products.data?.rows ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={productId}
        onChange={(id) => {
          setProductId(id);
          setSkuId(null);
        }}
        w={260}
      />
      <Select
        aria-label={t('catalog.code')}
        placeholder={t('catalog.code')}
        data={skus.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
        value={skuId}
        disabled={!productId}
        onChange={(id) => {
          setSkuId(id);
          const sku = skus.find((s) => s.id === id);
          if (sku) onPick(sku);
        }}
        w={220}
      />
    </Group>
  );
}
