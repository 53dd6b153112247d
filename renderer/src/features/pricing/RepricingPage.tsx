import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { RepricingPreview } from '../../../../shared/domain/pricing';
import { priceBands } from '../../../../shared/domain/catalog';
import { priceEndings } from '../../../../shared/domain/pricing';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { initialRepricingValues, repricingQuery, type RepricingFormValues } from './repricing-form';
import { RepricingTable } from './RepricingTable';

/**
 * Bulk repricing: selection + rule → a preview diff → apply. The server recomputes every price on apply, so
 * the preview is only shown; Apply stays off until the preview matches the current form.
 */
export function RepricingPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState<RepricingFormValues>(initialRepricingValues);
  const [preview, setPreview] = useState<{ key: string; result: RepricingPreview } | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const storefronts = useApiQuery(() => api.storefronts.list(), [], 'storefronts');

  const set = <K extends keyof RepricingFormValues>(key: K, value: RepricingFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const query = repricingQuery(values);
  const key = JSON.stringify(query);
  // A preview of another form state is stale: it stays visible only for the inputs it was made from.
  const current = preview && preview.key === key ? preview.result : null;
  const belowFloor = current?.counts.belowFloor ?? 0;
  const storefrontOptions = (storefronts.data ?? []).map((s) => ({ value: s.id, label: s.name }));

  const runPreview = async () => {
    if (!query) return;
    setBusy(true);
    try {
      setPreview({ key, result: await api.pricing.previewRepricing(query) });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!query) return;
    setBusy(true);
    try {
      const result = await api.pricing.applyRepricing({
        ...query,
        reason: reason.trim() || null,
        overrideReason: overrideReason.trim() || null,
      });
      notifySuccess(t('repricing.applied', { count: result.updated }));
      setOverrideReason('');
      setPreview({ key, result: await api.pricing.previewRepricing(query) });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const confirmApply = () =>
    modals.openConfirmModal({
      title: t('repricing.confirmTitle'),
      children: <Text size="sm">{t('repricing.confirmBody', { count: current?.counts.changed ?? 0 })}</Text>,
      labels: { confirm: t('repricing.apply'), cancel: t('common.cancel') },
      onConfirm: () => void apply(),
    });

  return (
    <Stack>
      <div>
        <Title order={2}>{t('repricing.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('repricing.subtitle')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Stack>
          <Group grow align="flex-end">
            <Select
              label={t('repricing.storefront')}
              placeholder={t('repricing.allStorefronts')}
              data={storefrontOptions}
              value={values.storefrontId}
              onChange={(v) => set('storefrontId', v)}
              clearable
            />
            <TextInput
              label={t('repricing.category')}
              value={values.category}
              onChange={(e) => set('category', e.currentTarget.value)}
            />
            <TextInput
              label={t('repricing.brand')}
              value={values.brand}
              onChange={(e) => set('brand', e.currentTarget.value)}
            />
            <Select
              label={t('repricing.band')}
              placeholder={t('repricing.anyBand')}
              data={priceBands.map((b) => ({ value: b, label: t(`repricing.bands.${b}`) }))}
              value={values.band}
              onChange={(v) => set('band', v as RepricingFormValues['band'])}
              clearable
            />
          </Group>
          <Group grow align="flex-end">
            <Select
              label={t('repricing.rule')}
              data={(['costPlus', 'match', 'keep'] as const).map((r) => ({
                value: r,
                label: t(`repricing.rules.${r}`),
              }))}
              value={values.rule}
              onChange={(v) => v && set('rule', v as RepricingFormValues['rule'])}
              allowDeselect={false}
            />
            {values.rule === 'costPlus' && (
              <TextInput
                label={t('repricing.marginPercent')}
                value={values.marginPercent}
                onChange={(e) => set('marginPercent', e.currentTarget.value)}
              />
            )}
            {values.rule === 'match' && (
              <>
                <Select
                  label={t('repricing.reference')}
                  data={storefrontOptions}
                  value={values.referenceId}
                  onChange={(v) => set('referenceId', v)}
                />
                <TextInput
                  label={t('repricing.adjustPercent')}
                  value={values.adjustPercent}
                  onChange={(e) => set('adjustPercent', e.currentTarget.value)}
                />
              </>
            )}
            <Select
              label={t('repricing.ending')}
              placeholder={t('repricing.noEnding')}
              data={priceEndings.map((e) => ({
                value: e,
                label: t('repricing.endingOption', { ending: e }),
              }))}
              value={values.ending}
              onChange={(v) => set('ending', v as RepricingFormValues['ending'])}
              clearable
            />
          </Group>
          <Group>
            <Button onClick={() => void runPreview()} loading={busy} disabled={!query}>
              {t('repricing.preview')}
            </Button>
            {!query && (
              <Text size="sm" c="dimmed">
                {t('repricing.invalidRule')}
              </Text>
            )}
          </Group>
        </Stack>
      </Paper>
      {current && (
        <Stack>
          <Text size="sm">{t('repricing.counts', { ...current.counts })}</Text>
          {current.rows.length === 0 ? (
            <Text c="dimmed">{t('repricing.empty')}</Text>
          ) : (
            <RepricingTable rows={current.rows} />
          )}
          {belowFloor > 0 && (
            <Alert color="red">
              <Stack gap="xs">
                <Text size="sm">{t('repricing.belowFloorWarning', { count: belowFloor })}</Text>
                <Textarea
                  label={t('repricing.overrideReason')}
                  value={overrideReason}
                  onChange={(e) => setOverrideReason(e.currentTarget.value)}
                  rows={2}
                />
              </Stack>
            </Alert>
          )}
          <Group align="flex-end">
            <TextInput
              label={t('repricing.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              color="teal"
              onClick={confirmApply}
              loading={busy}
              disabled={current.counts.changed === 0 || (belowFloor > 0 && !overrideReason.trim())}
            >
              {t('repricing.apply')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
