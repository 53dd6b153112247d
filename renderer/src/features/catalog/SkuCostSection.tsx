import { useState } from 'react';
import { Button, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SkuCost, SkuDetail } from '../../../../shared/domain/catalog';
import { formatDateTime, formatMoney } from '../../../../shared/logic/money';
import { api, ApiError } from '../../api';
import { fieldError } from '../../components/form-errors';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { emptyNewCost, errorsFromIssues, toCostInput, type NewCostValues } from './catalog-form-values';
import { useActorName } from './use-actor-name';

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

/**
 * One SKU's cost: the one in force, a new one from a date, and the history. Left out of the SKU panel for the
 * service role, which core refuses costs to (PRODUCT.md §10).
 */
export function SkuCostSection({ sku, onChanged }: { sku: SkuDetail; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const currency = settings?.baseCurrency ?? 'CNY';
  const [saving, setSaving] = useState(false);
  const history = useApiQuery(() => api.catalog.costHistory({ skuId: sku.id }), [sku.id]);
  const costForm = useForm<NewCostValues>({
    mode: 'controlled',
    initialValues: emptyNewCost(sku.currentCost, currency),
    validate: (v) => toCostInput(v, sku.id, currency).errors ?? {},
  });
  const costError = fieldError(costForm.errors);

  const submitCost = costForm.onSubmit((v) => {
    const { input } = toCostInput(v, sku.id, currency);
    if (!input) return;
    setSaving(true);
    api.catalog
      .setCost(input)
      .then(async () => {
        notifySuccess(t('catalog.costSaved'));
        await history.reload();
        onChanged();
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.issues.length) costForm.setErrors(errorsFromIssues(err.issues));
        notifyError(err);
      })
      .finally(() => setSaving(false));
  });
  const money = (m: number) => formatMoney(m, currency, i18n.language);
  const c = sku.currentCost;

  return (
    <>
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
          <Button type="submit" size="xs" w="fit-content" loading={saving}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" fw={500}>
        {t('catalog.costHistory')}
      </Text>
      <CostTable rows={history.data ?? []} currency={currency} />
    </>
  );
}
