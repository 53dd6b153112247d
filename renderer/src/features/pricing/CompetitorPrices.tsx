import { fieldError } from '../../components/form-errors';
import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Sku } from '../../../../shared/domain/catalog';
import { formatDate, formatMoney, formatPercentBp, toMinor } from '../../../../shared/logic/money';
import { api, ApiError } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { errorsFromIssues } from '../catalog/catalog-form-values';

interface Values {
  competitor: string;
  platform: string;
  price: string;
  currency: string;
  observedOn: string;
  url: string;
  note: string;
}

/** A competitor's price, as a share above (+) or below (−) the SKU's lowest own price in the same currency. */
function versusOwn(priceMinor: number, currency: string, own: { currency: string; priceMinor: number }[]) {
  const same = own.filter((o) => o.currency === currency && o.priceMinor > 0).map((o) => o.priceMinor);
  if (!same.length) return null;
  const lowest = Math.min(...same);
  return Math.round(((priceMinor - lowest) * 10_000) / lowest);
}

/** Competitor price log of one SKU, shown beside its own prices on every storefront. */
export function CompetitorPrices({ sku }: { sku: Sku }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const [saving, setSaving] = useState(false);
  const data = useApiQuery(() => api.pricing.competitorPrices({ skuId: sku.id }), [sku.id], 'pricing');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      competitor: '',
      platform: '',
      price: '',
      currency: settings?.baseCurrency ?? 'CNY',
      observedOn: dayjs().format('YYYY-MM-DD'),
      url: '',
      note: '',
    },
  });
  const error = fieldError(form.errors);

  const submit = form.onSubmit(async (v) => {
    const currency = v.currency.trim().toUpperCase();
    const priceMinor = toMinor(v.price, currency);
    if (priceMinor === null || priceMinor < 0) {
      form.setFieldError('price', 'amount');
      return;
    }
    setSaving(true);
    try {
      await api.pricing.addCompetitorPrice({
        skuId: sku.id,
        competitor: v.competitor,
        platform: v.platform,
        priceMinor,
        currency,
        observedOn: v.observedOn,
        url: v.url.trim() || undefined,
        note: v.note.trim() || undefined,
      });
      notifySuccess(t('spread.competitors.added'));
      form.setValues({ competitor: '', price: '', url: '', note: '' });
      await data.reload();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) {
        const errors = errorsFromIssues(err.issues);
        form.setErrors(errors.priceMinor ? { ...errors, price: errors.priceMinor } : errors);
      }
      notifyError(err);
    } finally {
      setSaving(false);
    }
  });

  const own = data.data?.own ?? [];
  const rows = data.data?.competitors ?? [];
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  return (
    <Stack gap="sm">
      <Title order={5}>{t('spread.competitors.title')}</Title>
      {own.length > 0 && (
        <Group gap="lg">
          {own.map((o) => (
            <Text size="sm" key={o.listingId}>
              {t('spread.competitors.own')} · {o.storefrontName}: <b>{money(o.priceMinor, o.currency)}</b>
            </Text>
          ))}
        </Group>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('spread.competitors.empty')}
        </Text>
      ) : (
        <Table fz="sm" aria-label={t('spread.competitors.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('spread.competitors.observedOn')}</Table.Th>
              <Table.Th>{t('spread.competitors.competitor')}</Table.Th>
              <Table.Th>{t('spread.competitors.platform')}</Table.Th>
              <Table.Th ta="right">{t('spread.competitors.price')}</Table.Th>
              <Table.Th ta="right">{t('spread.competitors.vsLowestOwn')}</Table.Th>
              <Table.Th>{t('spread.competitors.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => {
              const versus = versusOwn(c.priceMinor, c.currency, own);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDate(c.observedOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    {c.url ? (
                      <Anchor href={c.url} target="_blank" rel="noreferrer">
                        {c.competitor}
                      </Anchor>
                    ) : (
                      c.competitor
                    )}
                  </Table.Td>
                  <Table.Td>{c.platform}</Table.Td>
                  <Table.Td ta="right">{money(c.priceMinor, c.currency)}</Table.Td>
                  <Table.Td ta="right">
                    {versus === null
                      ? t('common.none')
                      : `${versus > 0 ? '+' : ''}${formatPercentBp(versus, i18n.language)}`}
                  </Table.Td>
                  <Table.Td>{c.note ?? ''}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} noValidate aria-label={t('spread.competitors.add')}>
        <Group align="flex-start" gap="xs">
          <TextInput
            label={t('spread.competitors.competitor')}
            required
            {...form.getInputProps('competitor')}
            error={error('competitor')}
            w={160}
          />
          <TextInput
            label={t('spread.competitors.platform')}
            required
            {...form.getInputProps('platform')}
            error={error('platform')}
            w={140}
          />
          <TextInput
            label={t('spread.competitors.price')}
            required
            inputMode="decimal"
            {...form.getInputProps('price')}
            error={error('price')}
            w={110}
          />
          <TextInput
            label={t('spread.competitors.currency')}
            {...form.getInputProps('currency')}
            error={error('currency')}
            w={80}
          />
          <TextInput
            label={t('spread.competitors.observedOn')}
            type="date"
            {...form.getInputProps('observedOn')}
            error={error('observedOn')}
            w={150}
          />
          <TextInput
            label={t('spread.competitors.url')}
            {...form.getInputProps('url')}
            error={error('url')}
          />
          <TextInput
            label={t('spread.competitors.note')}
            {...form.getInputProps('note')}
            error={error('note')}
          />
          <Button type="submit" mt={25} variant="light" loading={saving}>
            {t('spread.competitors.add')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
