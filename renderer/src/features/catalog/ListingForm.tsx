import { fieldError, showSaveError } from '../../components/form-errors';
import { useState } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { listingStatuses, type Listing, type ListingStatus } from '../../../../shared/domain/catalog';
import { formatMoney, fromMinor } from '../../../../shared/logic/money';
import { api, ApiError } from '../../api';
import { notifySuccess } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import { useCostsHidden } from '../../components/use-costs-hidden';
import { errorsFromIssues, toListingInput, type ListingValues } from './catalog-form-values';

interface Props {
  skuId: string;
  listing?: Listing;
  onDone(listing: Listing): void;
  onCancel(): void;
}

export function ListingForm({ skuId, listing, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { storefronts } = useShop();
  const [saving, setSaving] = useState(false);
  // No floor field for the service role: core keeps the floor it never shows (catalog/handlers.ts).
  const costsHidden = useCostsHidden();
  const [conflict, setConflict] = useState<string>();
  const [overrideReason, setOverrideReason] = useState('');
  const [reason, setReason] = useState('');
  const currencyOf = (id: string) => storefronts.find((s) => s.id === id)?.currency ?? 'CNY';
  const initialCurrency = listing ? currencyOf(listing.storefrontId) : 'CNY';
  const form = useForm<ListingValues>({
    mode: 'controlled',
    initialValues: {
      storefrontId: listing?.storefrontId ?? '',
      externalSkuId: listing?.externalSkuId ?? '',
      externalItemId: listing?.externalItemId ?? '',
      price: listing ? fromMinor(listing.priceMinor, initialCurrency) : '',
      floor: listing?.priceFloorMinor != null ? fromMinor(listing.priceFloorMinor, initialCurrency) : '',
      status: listing?.status ?? 'on_sale',
    },
    validate: (v) => toListingInput(v, skuId, currencyOf(v.storefrontId)).errors ?? {},
  });
  const error = fieldError(form.errors);
  const currency = form.values.storefrontId ? currencyOf(form.values.storefrontId) : '—';

  const submit = form.onSubmit(async (v) => {
    // The price guard answers CONFLICT `belowFloor`; the same listing is then sent again with a reason.
    const extra = { reason, overrideReason: conflict ? overrideReason : undefined };
    const { input } = toListingInput(v, skuId, currencyOf(v.storefrontId), extra);
    if (!input) return;
    setSaving(true);
    try {
      const saved = await api.catalog.upsertListing(input);
      notifySuccess(t('catalog.listingSaved'));
      onDone(saved);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT' && err.key === 'belowFloor') {
        // Shown in the form, not as a toast: the person answers it right here with a reason.
        const cur = currencyOf(v.storefrontId);
        const money = (m: unknown) =>
          typeof m === 'number' ? formatMoney(m, cur, i18n.language) : t('common.none');
        // The service role's answer carries no floor (catalog/handlers.ts): the plain sentence, no figure.
        setConflict(
          err.params?.floor === undefined
            ? t('catalog.belowFloor')
            : t('catalog.belowFloorDetail', {
                price: money(err.params.price),
                floor: money(err.params.floor),
              }),
        );
        return;
      }
      showSaveError(err, form.setErrors, errorsFromIssues);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('catalog.storefront')}
          required
          disabled={!!listing}
          data={storefronts.map((s) => ({ value: s.id, label: `${s.name} (${s.currency})` }))}
          searchable
          {...form.getInputProps('storefrontId')}
          error={error('storefrontId')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('catalog.externalSkuId')}
            {...form.getInputProps('externalSkuId')}
            error={error('externalSkuId')}
          />
          <TextInput
            label={t('catalog.externalItemId')}
            {...form.getInputProps('externalItemId')}
            error={error('externalItemId')}
          />
          <TextInput
            label={t('catalog.price')}
            required
            inputMode="decimal"
            rightSectionWidth={48}
            rightSection={currency}
            {...form.getInputProps('price')}
            error={error('price')}
          />
          {!costsHidden && (
            <TextInput
              label={t('catalog.floor')}
              inputMode="decimal"
              rightSectionWidth={48}
              rightSection={currency}
              {...form.getInputProps('floor')}
              error={error('floor')}
            />
          )}
          <Select
            label={t('catalog.status')}
            data={listingStatuses.map((s) => ({ value: s, label: t(`catalog.statuses.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
            onChange={(value) => value && form.setFieldValue('status', value as ListingStatus)}
          />
          <TextInput
            label={t('catalog.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </SimpleGrid>
        {conflict && (
          <Alert color="orange" title={t('catalog.belowFloor')}>
            <Stack gap="xs">
              {conflict}
              <TextInput
                label={t('catalog.overrideReason')}
                required
                value={overrideReason}
                onChange={(e) => setOverrideReason(e.currentTarget.value)}
              />
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={!!conflict && !overrideReason.trim()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
