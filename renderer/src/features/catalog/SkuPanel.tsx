import { fieldError } from '../../components/form-errors';
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { manualStockKinds, type SkuCost, type SkuDetail } from '../../../../shared/domain/catalog';
import { formatDateTime, formatMoney, formatNumber } from '../../../../shared/logic/money';
import { api, ApiError } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import {
  emptyNewCost,
  emptyStock,
  errorsFromIssues,
  toCostInput,
  toStockInput,
  type NewCostValues,
  type StockValues,
} from './catalog-form-values';

/** Who did it: the staff member's name, or the id when the person has since left the list. */
export function useActorName() {
  const { staff } = useShop();
  const { t } = useTranslation();
  return (id: string | null) => (id ? (staff.find((s) => s.id === id)?.name ?? id) : t('common.none'));
}

function CostTable({ rows, currency }: { rows: SkuCost[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const actor = useActorName();
  const money = (m: number) => formatMoney(m, currency, i18n.language);
  return (
    <Table fz="sm" aria-label={t('catalog.costHistory')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('catalog.effectiveFrom')}</Table.Th>
          <Table.Th>{t('catalog.purchase')}</Table.Th>
          <Table.Th>{t('catalog.packaging')}</Table.Th>
          <Table.Th>{t('catalog.inboundFreight')}</Table.Th>
          <Table.Th>{t('catalog.other')}</Table.Th>
          <Table.Th>{t('catalog.unitCost')}</Table.Th>
          <Table.Th>{t('catalog.who')}</Table.Th>
          <Table.Th>{t('catalog.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{formatDateTime(c.effectiveFrom, i18n.language)}</Table.Td>
            <Table.Td>{money(c.purchaseMinor)}</Table.Td>
            <Table.Td>{money(c.packagingMinor)}</Table.Td>
            <Table.Td>{money(c.inboundFreightMinor)}</Table.Td>
            <Table.Td>{money(c.otherMinor)}</Table.Td>
            <Table.Td fw={600}>{money(c.totalMinor)}</Table.Td>
            <Table.Td>{actor(c.createdBy)}</Table.Td>
            <Table.Td>{c.note ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One SKU's cost (current, new from a date, history) and stock (adjust/receive, movements). */
export function SkuPanel({ sku, onChanged }: { sku: SkuDetail; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const actor = useActorName();
  const currency = settings?.baseCurrency ?? 'CNY';
  const [saving, setSaving] = useState<'cost' | 'stock' | null>(null);
  const history = useApiQuery(() => api.catalog.costHistory({ skuId: sku.id }), [sku.id]);
  const movements = useApiQuery(
    () => api.catalog.stockMovements({ skuId: sku.id, page: 1, pageSize: 20 }),
    [sku.id, sku.stockOnHand],
  );

  const costForm = useForm<NewCostValues>({
    mode: 'controlled',
    initialValues: emptyNewCost(sku.currentCost, currency),
    validate: (v) => toCostInput(v, sku.id, currency).errors ?? {},
  });
  const stockForm = useForm<StockValues>({
    mode: 'controlled',
    initialValues: emptyStock(),
    validate: (v) => toStockInput(v, sku.id).errors ?? {},
  });
  const costError = fieldError(costForm.errors);
  const stockError = fieldError(stockForm.errors);

  async function save<T>(which: 'cost' | 'stock', send: () => Promise<T>, onIssues: (e: ApiError) => void) {
    setSaving(which);
    try {
      await send();
      notifySuccess(t(which === 'cost' ? 'catalog.costSaved' : 'catalog.stockSaved'));
      if (which === 'cost') await history.reload();
      else stockForm.reset();
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) onIssues(err);
      notifyError(err);
    } finally {
      setSaving(null);
    }
  }

  const submitCost = costForm.onSubmit((v) => {
    const { input } = toCostInput(v, sku.id, currency);
    if (input)
      void save(
        'cost',
        () => api.catalog.setCost(input),
        (e) => costForm.setErrors(errorsFromIssues(e.issues)),
      );
  });
  const submitStock = stockForm.onSubmit((v) => {
    const { input } = toStockInput(v, sku.id);
    if (input)
      void save(
        'stock',
        () => api.catalog.adjustStock(input),
        (e) => stockForm.setErrors(errorsFromIssues(e.issues)),
      );
  });
  const money = (m: number) => formatMoney(m, currency, i18n.language);
  const c = sku.currentCost;

  return (
    <Stack>
      <Title order={5}>{t('catalog.currentCost')}</Title>
      {c ? (
        <Text size="sm">
          {t('catalog.purchase')} {money(c.purchaseMinor)} · {t('catalog.packaging')}{' '}
          {money(c.packagingMinor)} · {t('catalog.inboundFreight')} {money(c.inboundFreightMinor)} ·{' '}
          {t('catalog.other')} {money(c.otherMinor)} = <b>{money(c.totalMinor)}</b>
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('catalog.noCost')}
        </Text>
      )}
      <form onSubmit={submitCost} noValidate aria-label={t('catalog.newCost')}>
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('catalog.newCost')}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 6 }}>
            {(['purchase', 'packaging', 'inboundFreight', 'other'] as const).map((f) => (
              <TextInput
                key={f}
                label={t(`catalog.${f}`)}
                inputMode="decimal"
                rightSectionWidth={48}
                rightSection={currency}
                {...costForm.getInputProps(f)}
                error={costError(f)}
              />
            ))}
            <TextInput
              type="datetime-local"
              label={t('catalog.effectiveFrom')}
              {...costForm.getInputProps('effectiveFrom')}
              error={costError('effectiveFrom')}
            />
            <TextInput
              label={t('catalog.note')}
              {...costForm.getInputProps('note')}
              error={costError('note')}
            />
          </SimpleGrid>
          <Button type="submit" size="xs" w="fit-content" loading={saving === 'cost'}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" fw={500}>
        {t('catalog.costHistory')}
      </Text>
      <CostTable rows={history.data ?? []} currency={currency} />
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
