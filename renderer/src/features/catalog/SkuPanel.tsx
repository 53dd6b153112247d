import { fieldError } from '../../components/form-errors';
import { useState } from 'react';
import { Button, Checkbox, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { manualStockKinds, type SkuDetail } from '../../../../shared/domain/catalog';
import { formatDateTime, formatNumber } from '../../../../shared/logic/money';
import { api, ApiError } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useCostsHidden } from '../../components/use-costs-hidden';
import { emptyStock, errorsFromIssues, toStockInput, type StockValues } from './catalog-form-values';
import { SkuCostSection } from './SkuCostSection';
import { useActorName } from './use-actor-name';

/** One SKU's cost (SkuCostSection, not for the service role) and stock (adjust/receive, movements). */
export function SkuPanel({ sku, onChanged }: { sku: SkuDetail; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const actor = useActorName();
  const [saving, setSaving] = useState<'stock' | null>(null);
  // Costs are not the service role's (PRODUCT.md §10): core refuses them, so the section is not shown at all.
  const costsHidden = useCostsHidden();
  const movements = useApiQuery(
    () => api.catalog.stockMovements({ skuId: sku.id, page: 1, pageSize: 20 }),
    [sku.id, sku.stockOnHand],
  );

  const stockForm = useForm<StockValues>({
    mode: 'controlled',
    initialValues: emptyStock(),
    validate: (v) => toStockInput(v, sku.id).errors ?? {},
  });
  const stockError = fieldError(stockForm.errors);

  async function save<T>(which: 'stock', send: () => Promise<T>, onIssues: (e: ApiError) => void) {
    setSaving(which);
    try {
      await send();
      notifySuccess(t('catalog.stockSaved'));
      stockForm.reset();
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) onIssues(err);
      notifyError(err);
    } finally {
      setSaving(null);
    }
  }

  const submitStock = stockForm.onSubmit((v) => {
    const { input } = toStockInput(v, sku.id);
    if (input)
      void save(
        'stock',
        () => api.catalog.adjustStock(input),
        (e) => stockForm.setErrors(errorsFromIssues(e.issues)),
      );
  });

  return (
    <Stack>
      {!costsHidden && <SkuCostSection sku={sku} onChanged={onChanged} />}
      <Title order={5}>
        {t('catalog.stockTitle')}: {formatNumber(sku.stockOnHand, i18n.language, 0)} (
        {t('catalog.reorderPoint')} {formatNumber(sku.reorderPoint, i18n.language, 0)})
      </Title>
      <form onSubmit={submitStock} noValidate aria-label={t('catalog.adjust')}>
        <Group align="flex-start">
          <Select
            label={t('catalog.kind')}
            data={manualStockKinds.map((k) => ({ value: k, label: t(`catalog.kinds.${k}`) }))}
            allowDeselect={false}
            {...stockForm.getInputProps('kind')}
            w={140}
          />
          <TextInput
            label={t('catalog.quantity')}
            {...stockForm.getInputProps('quantity')}
            error={stockError('quantity')}
            w={130}
          />
          <TextInput
            label={t('catalog.reason')}
            {...stockForm.getInputProps('reason')}
            error={stockError('reason')}
          />
          <TextInput label={t('catalog.ref')} {...stockForm.getInputProps('ref')} error={stockError('ref')} />
          <Checkbox
            mt={32}
            label={t('catalog.allowNegative')}
            {...stockForm.getInputProps('allowNegative', { type: 'checkbox' })}
          />
          <Button type="submit" mt={25} loading={saving === 'stock'}>
            {t('catalog.adjust')}
          </Button>
        </Group>
      </form>
      <Table fz="sm" aria-label={t('catalog.movements')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.when')}</Table.Th>
            <Table.Th>{t('catalog.kind')}</Table.Th>
            <Table.Th>{t('catalog.change')}</Table.Th>
            <Table.Th>{t('catalog.reason')}</Table.Th>
            <Table.Th>{t('catalog.ref')}</Table.Th>
            <Table.Th>{t('catalog.who')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(movements.data?.rows ?? []).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{formatDateTime(m.at, i18n.language)}</Table.Td>
              <Table.Td>{t(`catalog.kinds.${m.kind}`)}</Table.Td>
              <Table.Td>{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</Table.Td>
              <Table.Td>{m.reason ?? ''}</Table.Td>
              <Table.Td>{m.ref ?? ''}</Table.Td>
              <Table.Td>{actor(m.actorId)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
