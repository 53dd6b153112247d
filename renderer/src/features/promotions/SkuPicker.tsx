import { useEffect, useEffectEvent, useState } from 'react';
import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';

/** SKU id → "CODE · product name"; filled by every search, so a chosen SKU keeps its label. */
export type SkuLabels = Record<string, string>;

/**
 * SKUs found as the person types (catalog.suggestSkus: code contains the text, or a product name matches
 * from 3 letters), merged into `labels` so chosen values keep a readable name after the search moves on.
 */
function useSkuSearch(labels: SkuLabels, addLabels: (more: SkuLabels) => void) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [found, setFound] = useState<string[]>([]);
  // The parent passes a new addLabels each render; the search must re-run only when the text changes.
  const remember = useEffectEvent((more: SkuLabels) => addLabels(more));
  useEffect(() => {
    if (!debounced) return undefined;
    let live = true;
    api.catalog
      .suggestSkus({ code: debounced, limit: 20 })
      .then((rows) => {
        if (!live) return;
        remember(Object.fromEntries(rows.map((r) => [r.sku.id, `${r.sku.code} · ${r.productName}`])));
        setFound(rows.map((r) => r.sku.id));
      })
      .catch(() => live && setFound([]));
    return () => {
      live = false;
    };
  }, [debounced]);
  const options = (chosen: string[]) =>
    [...new Set([...chosen, ...(debounced ? found : [])])].map((id) => ({
      value: id,
      label: labels[id] ?? id,
    }));
  return { search, setSearch, options };
}

interface MultiProps {
  label: string;
  value: string[];
  onChange(ids: string[]): void;
  labels: SkuLabels;
  addLabels(more: SkuLabels): void;
  error?: string | undefined;
}

export function SkuMultiPicker({ label, value, onChange, labels, addLabels, error }: MultiProps) {
  const { t } = useTranslation();
  const { search, setSearch, options } = useSkuSearch(labels, addLabels);
  return (
    <MultiSelect
      label={label}
      placeholder={t('promotions.editor.skuSearch')}
      data={options(value)}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by code and name; Mantine's own filter would hide name matches.
      filter={({ options: all }) => all}
      hidePickedOptions
      clearable
      error={error}
    />
  );
}

interface SingleProps {
  label: string;
  value: string;
  onChange(id: string): void;
  labels: SkuLabels;
  addLabels(more: SkuLabels): void;
  error?: string | undefined;
}

export function SkuSinglePicker({ label, value, onChange, labels, addLabels, error }: SingleProps) {
  const { t } = useTranslation();
  const { setSearch, options } = useSkuSearch(labels, addLabels);
  return (
    <Select
      label={label}
      required
      placeholder={t('promotions.editor.skuSearch')}
      data={options(value ? [value] : [])}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchable
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
    />
  );
}
