import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../../shared/domain/customers';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { rfmText } from './CustomersPage';

interface Props {
  customer: CustomerDetail;
  opened: boolean;
  onClose(): void;
  onMerged(): void;
}

/**
 * Picks other customers by search and merges them into this one (customers.merge: one audited transaction).
 * The picks are kept by id, so refining the search never drops a customer already chosen.
 */
export function MergeDialog({ customer, opened, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const [query] = useDebouncedValue(search.trim(), 300);
  const found = useApiQuery(
    () =>
      query
        ? api.customers.list({ search: query, page: 1, pageSize: 20 })
        : Promise.resolve({ rows: [], total: 0, page: 1, pageSize: 20, baseCurrency: customer.baseCurrency }),
    [query],
  );
  const name = customer.name ?? t('customers.noName');
  const candidates = (found.data?.rows ?? []).filter((c) => c.id !== customer.id);

  const toggle = (id: string, label: string) =>
    setPicked((before) => {
      const next = new Map(before);
      if (next.has(id)) next.delete(id);
      else next.set(id, label);
      return next;
    });

  const merge = async () => {
    setBusy(true);
    try {
      const result = await api.customers.merge({ targetId: customer.id, sourceIds: [...picked.keys()] });
      notifySuccess(t('customers.merged', { count: result.mergedIds.length, orders: result.ordersMoved }));
      setPicked(new Map());
      setSearch('');
      onMerged();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.mergeTitle', { name })} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('customers.mergeHint')}
        </Text>
        <TextInput
          label={t('customers.mergeSearch')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
        />
        {!query && picked.size === 0 && (
          <Text size="sm" c="dimmed">
            {t('customers.mergeNone')}
          </Text>
        )}
        <Stack gap={6}>
          {[...picked].map(([id, label]) => (
            <Checkbox key={id} checked label={label} onChange={() => toggle(id, label)} />
          ))}
          {candidates
            .filter((c) => !picked.has(c.id))
            .map((c) => {
              const label = [c.name ?? t('customers.noName'), c.phone, c.email, rfmText(c)]
                .filter(Boolean)
                .join(' · ');
              return (
                <Checkbox key={c.id} checked={false} label={label} onChange={() => toggle(c.id, label)} />
              );
            })}
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={picked.size === 0} loading={busy} onClick={() => void merge()}>
            {t('customers.mergeConfirm', { count: picked.size })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
