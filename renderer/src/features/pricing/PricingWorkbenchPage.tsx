import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { WorkbenchQuery } from '../../../../shared/api/schemas/pricing';
import { priceEndings, type PriceEnding } from '../../../../shared/domain/pricing';
import { fromMinor, percentToBp, toMinor } from '../../../../shared/logic/money';
import { api, ApiError } from '../../api';
import { errorText, notifyError, notifySuccess, translateIssue } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import { PriceHistory } from '../catalog/SkuListings';
import { SkuPicker } from '../catalog/SkuPicker';
import { CostFigures, PriceFigures, useFormats } from './WorkbenchFigures';
import { useWorkbench } from './use-workbench';

type Ending = PriceEnding | 'none';

/** What is being priced comes from the address (?listing= or ?sku=&storefront=), so links open it directly. */
function targetOf(params: URLSearchParams): WorkbenchQuery | null {
  const listingId = params.get('listing');
  if (listingId) return { listingId };
  const skuId = params.get('sku');
  const storefrontId = params.get('storefront');
  return skuId && storefrontId ? { skuId, storefrontId } : null;
}

export function PricingWorkbenchPage() {
  const { t } = useTranslation();
  const { storefronts } = useShop();
  const [params, setParams] = useSearchParams();
  const target = targetOf(params);
  const [priceText, setPriceText] = useState('');
  const [marginText, setMarginText] = useState('');
  const [ending, setEnding] = useState<Ending>('none');
  const [overrideReason, setOverrideReason] = useState('');
  const [conflict, setConflict] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [version, setVersion] = useState(0);
  // ~150 ms after the last key: live enough to follow typing, without a request per keystroke.
  const [debounced] = useDebouncedValue({ priceText, marginText, ending }, 150);

  const pick = (next: Record<string, string>) => {
    setParams(next);
    setPriceText('');
    setConflict(undefined);
  };

  // The currency comes with the answer: the price input only appears once there is one, so it is known by then.
  const [answered, setAnswered] = useState<string>();
  const currency = answered ?? 'CNY';
  const priceMinor = debounced.priceText.trim() ? toMinor(debounced.priceText, currency) : undefined;
  const marginBp = debounced.marginText.trim() ? percentToBp(debounced.marginText) : undefined;
  const priceBad = priceMinor === null || (priceMinor !== undefined && priceMinor < 0);
  const marginBad = marginBp === null || (marginBp !== undefined && marginBp > 10_000);
  const query: WorkbenchQuery | null = target
    ? {
        ...target,
        priceMinor: priceBad ? undefined : (priceMinor ?? undefined),
        targetMarginBp: marginBad ? undefined : (marginBp ?? undefined),
        ending:
          marginBp == null || marginBad ? undefined : debounced.ending === 'none' ? null : debounced.ending,
      }
    : null;
  const bench = useWorkbench(query, version);
  const w = bench.data;
  if (w && w.currency !== answered) setAnswered(w.currency);
  const { money } = useFormats(w);
  const typing = priceText !== debounced.priceText || marginText !== debounced.marginText || bench.loading;

  const savePrice = async (priceToSave: number) => {
    if (!w?.listingId) return;
    setSaving(true);
    try {
      await api.catalog.upsertListing({
        skuId: w.skuId,
        storefrontId: w.storefrontId,
        priceMinor: priceToSave,
        // Stored as words in the person's language, like a reason typed by hand: the history shows it as is.
        reason: t('pricing.historyReason'),
        overrideReason: conflict ? overrideReason : undefined,
      });
      notifySuccess(t('pricing.saved', { price: money(priceToSave) }));
      setConflict(undefined);
      setOverrideReason('');
      setVersion((v) => v + 1);
    } catch (err) {
      if (err instanceof ApiError && err.key === 'belowFloor') {
        // The guard's params are minor units of the storefront currency; say them as money.
        const amount = (m: unknown) => (typeof m === 'number' ? money(m) : t('common.none'));
        setConflict(
          t('catalog.belowFloorDetail', {
            price: amount(err.params?.price),
            floor: amount(err.params?.floor),
          }),
        );
      } else notifyError(err);
    } finally {
      setSaving(false);
    }
  };

  const suggested = w?.suggested;
  return (
    <Stack>
      <div>
        <Title order={2}>{t('pricing.workbench')}</Title>
        <Text c="dimmed" size="sm">
          {t('pricing.subtitle')}
        </Text>
      </div>
      <Group align="flex-end">
        <SkuPicker
          label={t('pricing.sku')}
          onPick={(sku) => {
            const storefront = w?.storefrontId ?? params.get('storefront');
            pick(storefront ? { sku: sku.id, storefront } : { sku: sku.id });
          }}
        />
        <Select
          label={t('pricing.storefront')}
          data={storefronts.map((s) => ({ value: s.id, label: `${s.name} (${s.currency})` }))}
          value={w?.storefrontId ?? params.get('storefront')}
          onChange={(id) => {
            const sku = w?.skuId ?? params.get('sku');
            if (id) pick(sku ? { sku, storefront: id } : { storefront: id });
          }}
          w={240}
        />
      </Group>
      {!target && <Text c="dimmed">{t('pricing.pickHint')}</Text>}
      {w && (
        <Group gap="xs" aria-label={t('pricing.pricing')}>
          <Anchor component={Link} to={`/catalog/${w.productId}`} fw={600}>
            {w.productName}
          </Anchor>
          <Text fw={600}>
            · {w.skuCode} {w.skuName} · {w.storefrontName}
          </Text>
        </Group>
      )}
      {bench.error !== undefined && (
        <Alert color="red" title={errorText(bench.error).title}>
          {errorText(bench.error).body}
        </Alert>
      )}
      {w && (
        <>
          <CostFigures w={w} />
          <Paper withBorder p="md" radius="md">
            <Stack>
              <TextInput
                label={t('pricing.price')}
                inputMode="decimal"
                value={priceText}
                placeholder={w.atPrice ? fromMinor(w.atPrice.priceMinor, w.currency) : undefined}
                onChange={(e) => setPriceText(e.currentTarget.value)}
                rightSectionWidth={64}
                rightSection={typing ? <Loader size="xs" /> : w.currency}
                error={priceBad ? translateIssue('amount') : undefined}
                w={240}
              />
              <PriceFigures w={w} />
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Stack>
              <Group align="flex-end">
                <TextInput
                  label={t('pricing.targetMargin')}
                  inputMode="decimal"
                  value={marginText}
                  onChange={(e) => setMarginText(e.currentTarget.value)}
                  error={marginBad ? translateIssue('marginBp') : undefined}
                  w={180}
                />
                <Select
                  label={t('pricing.ending')}
                  data={(['none', ...priceEndings] as const).map((e) => ({
                    value: e,
                    label: t(`pricing.endings.${e}`),
                  }))}
                  value={ending}
                  onChange={(v) => v && setEnding(v as Ending)}
                  allowDeselect={false}
                  w={140}
                />
              </Group>
              {suggested && (
                <Group>
                  <Text>
                    {t('pricing.suggested')}:{' '}
                    <b>
                      {suggested.ok ? money(suggested.priceMinor) : t(`pricing.reasons.${suggested.reason}`)}
                    </b>
                    {suggested.ok && suggested.exactMinor !== suggested.priceMinor && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        ({t('pricing.exact', { amount: money(suggested.exactMinor) })})
                      </Text>
                    )}
                  </Text>
                  {suggested.ok && w.listingId && (
                    <Button
                      loading={saving}
                      disabled={!!conflict && !overrideReason.trim()}
                      onClick={() => void savePrice(suggested.priceMinor)}
                    >
                      {t('pricing.usePrice')}
                    </Button>
                  )}
                </Group>
              )}
              {conflict && (
                <Alert color="orange" title={t('catalog.belowFloor')}>
                  <Stack gap="xs">
                    {conflict}
                    <TextInput
                      label={t('catalog.overrideReason')}
                      value={overrideReason}
                      onChange={(e) => setOverrideReason(e.currentTarget.value)}
                    />
                  </Stack>
                </Alert>
              )}
              {!w.listingId && <Text c="dimmed">{t('pricing.noListing')}</Text>}
            </Stack>
          </Paper>
          {w.listingId && (
            <Paper withBorder p="md" radius="md">
              <Title order={5} mb="xs">
                {t('pricing.historyTitle')}
              </Title>
              <PriceHistory listingId={w.listingId} currency={w.currency} version={version} />
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
