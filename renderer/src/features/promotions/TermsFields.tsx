import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CampaignFormValues } from './campaign-form-values';
import { SkuSinglePicker, type SkuLabels } from './SkuPicker';

interface Props {
  form: UseFormReturnType<CampaignFormValues>;
  error(field: string): string | undefined;
  labels: SkuLabels;
  addLabels(more: SkuLabels): void;
}

/** The terms of the chosen type only; every type's values stay in the form while another is shown. */
export function TermsFields({ form, error, labels, addLabels }: Props) {
  const { t } = useTranslation();
  const v = form.values;
  const input = (field: keyof CampaignFormValues, label: string, required = true) => (
    <TextInput
      label={t(`promotions.editor.${label}`)}
      required={required}
      inputMode="decimal"
      {...form.getInputProps(field)}
      error={error(field)}
    />
  );
  const discount = (
    <>
      <SegmentedControl
        aria-label={t('promotions.editor.discountKind')}
        data={[
          { value: 'percent', label: t('promotions.editor.kindPercent') },
          { value: 'amount', label: t('promotions.editor.kindAmount') },
        ]}
        {...form.getInputProps('discountKind')}
      />
      {v.discountKind === 'percent' ? input('offPercent', 'offPercent') : input('offAmount', 'offAmount')}
    </>
  );

  switch (v.type) {
    case 'percentage':
      return input('offPercent', 'offPercent');
    case 'fixed':
      return input('offAmount', 'offAmount');
    case 'flash':
      return (
        <SimpleGrid cols={3}>
          {discount}
          {input('quantityCap', 'quantityCap')}
        </SimpleGrid>
      );
    case 'coupon':
      return (
        <Stack gap="xs">
          <SimpleGrid cols={3}>
            {discount}
            {v.discountKind === 'percent' ? input('maxOff', 'maxOff', false) : <span />}
          </SimpleGrid>
          <SimpleGrid cols={3}>
            {input('minSpend', 'minSpend')}
            {input('quantityIssued', 'quantityIssued')}
          </SimpleGrid>
        </Stack>
      );
    case 'gift':
      return (
        <SimpleGrid cols={3}>
          <SkuSinglePicker
            label={t('promotions.editor.giftSku')}
            value={v.giftSkuId}
            onChange={(id) => form.setFieldValue('giftSkuId', id)}
            labels={labels}
            addLabels={addLabels}
            error={error('giftSkuId')}
          />
          {input('giftQuantity', 'giftQuantity')}
          {input('minSpend', 'minSpend')}
        </SimpleGrid>
      );
    case 'multibuy':
      return (
        <SimpleGrid cols={3}>
          <Select
            label={t('promotions.editor.multibuyMode')}
            data={(['nthUnit', 'bundle'] as const).map((m) => ({
              value: m,
              label: t(`promotions.editor.${m}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('multibuyMode')}
            error={error('multibuyMode')}
          />
          {input('multibuyUnits', 'multibuyUnits')}
          {input('offPercent', 'multibuyOff')}
        </SimpleGrid>
      );
    case 'member':
      return <SimpleGrid cols={3}>{discount}</SimpleGrid>;
    default:
      return <Tiers form={form} error={error} />;
  }
}

/** 满减 tiers, as many as the shop wants; the schema wants thresholds rising and each saving below its threshold. */
function Tiers({ form, error }: Pick<Props, 'form' | 'error'>) {
  const { t } = useTranslation();
  const tiers = form.values.tiers;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('promotions.editor.tiers')}
      </Text>
      {tiers.map((_, i) => (
        <Group key={i} align="flex-start" gap="xs">
          <TextInput
            label={`${t('promotions.editor.threshold')} (${i + 1})`}
            required
            inputMode="decimal"
            {...form.getInputProps(`tiers.${i}.threshold`)}
            error={error(`tiers.${i}.threshold`)}
          />
          <TextInput
            label={`${t('promotions.editor.tierOff')} (${i + 1})`}
            required
            inputMode="decimal"
            {...form.getInputProps(`tiers.${i}.off`)}
            error={error(`tiers.${i}.off`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={t('promotions.editor.removeTier', { n: i + 1 })}
            disabled={tiers.length === 1}
            onClick={() => form.removeListItem('tiers', i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error('tiers') && (
        <Text size="sm" c="red">
          {error('tiers')}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('tiers', { threshold: '', off: '' })}
        >
          {t('promotions.editor.addTier')}
        </Button>
      </Group>
    </Stack>
  );
}
