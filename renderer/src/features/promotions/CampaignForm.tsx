import {
  Button,
  Checkbox,
  Divider,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CampaignCreate } from '../../../../shared/api/schemas/promotions';
import { campaignGoals, campaignTypes } from '../../../../shared/domain/promotions';
import { fieldError } from '../../components/form-errors';
import { useSaveForm } from '../../hooks/use-save-form';
import { useShop } from '../../shop-context';
import {
  campaignFormSchema,
  errorsFromIssues,
  toInput,
  type CampaignFormValues,
} from './campaign-form-values';
import { SkuMultiPicker, type SkuLabels } from './SkuPicker';
import { TermsFields } from './TermsFields';

interface Props {
  initial: CampaignFormValues;
  isNew: boolean;
  /** Ended and cancelled campaigns take only notes, budget, spend and keys (the core refuses the rest). */
  locked: boolean;
  save(input: CampaignCreate): Promise<unknown>;
  labels: SkuLabels;
  addLabels(more: SkuLabels): void;
}

/** The campaign editor: the same zod schema as main checks it before sending; main's issues land on the same fields. */
export function CampaignForm({ initial, isNew, locked, save, labels, addLabels }: Props) {
  const { t } = useTranslation();
  const { storefronts, settings } = useShop();
  const timeZone = settings?.timezone ?? 'Asia/Shanghai';
  const currencyOf = (ids: string[]) =>
    storefronts.find((s) => s.id === ids[0])?.currency ?? settings?.baseCurrency ?? 'CNY';
  // Annotated: the resolver reads the form's own values (the currency follows the storefronts chosen).
  const form: UseFormReturnType<CampaignFormValues> = useForm<CampaignFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(
      campaignFormSchema(
        () => currencyOf(form.getValues().storefrontIds),
        () => timeZone,
      ),
      { sync: true },
    ),
  });
  const error = fieldError(form.errors);
  const currency = currencyOf(form.values.storefrontIds);
  const { saving, run } = useSaveForm({
    convert: (values: CampaignFormValues) =>
      toInput(values, currencyOf(values.storefrontIds), timeZone).input,
    save,
    done: () => form.resetDirty(),
    setErrors: form.setErrors,
    toErrors: errorsFromIssues,
  });
  const tags = (field: 'categories' | 'brands' | 'codes' | 'promotionIds' | 'keyNames', label: string) => (
    <TagsInput
      label={t(`promotions.editor.${label}`)}
      description={t('promotions.editor.tagsHint')}
      disabled={locked && (field === 'categories' || field === 'brands')}
      {...form.getInputProps(field)}
      error={error(field)}
    />
  );
  const storefrontOptions = storefronts
    .filter((s) => !s.archived || form.values.storefrontIds.includes(s.id))
    .map((s) => ({ value: s.id, label: `${s.name} (${s.currency})` }));

  return (
    <form onSubmit={form.onSubmit(run)} noValidate>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={4}>{t('promotions.editor.basics')}</Title>
            <Text size="sm" c="dimmed">
              {t('promotions.editor.currency', { currency })}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
            <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0 }}>
              <Stack gap="sm">
                <SimpleGrid cols={3}>
                  <TextInput
                    label={t('promotions.editor.name')}
                    required
                    {...form.getInputProps('name')}
                    error={error('name')}
                  />
                  <Select
                    label={t('promotions.editor.type')}
                    required
                    allowDeselect={false}
                    data={campaignTypes.map((x) => ({ value: x, label: t(`promotions.types.${x}`) }))}
                    {...form.getInputProps('type')}
                    error={error('type')}
                  />
                  <Select
                    label={t('promotions.editor.goal')}
                    required
                    allowDeselect={false}
                    data={campaignGoals.map((x) => ({ value: x, label: t(`promotions.goals.${x}`) }))}
                    {...form.getInputProps('goal')}
                    error={error('goal')}
                  />
                </SimpleGrid>
                <MultiSelect
                  label={t('promotions.editor.storefronts')}
                  description={t('promotions.editor.storefrontsHint')}
                  required
                  searchable
                  data={storefrontOptions}
                  {...form.getInputProps('storefrontIds')}
                  error={error('storefrontIds')}
                />
                <SimpleGrid cols={2}>
                  <TextInput
                    type="datetime-local"
                    label={t('promotions.editor.startAt')}
                    description={t('promotions.editor.windowHint', { zone: timeZone })}
                    required
                    {...form.getInputProps('startAt')}
                    error={error('startAt')}
                  />
                  <TextInput
                    type="datetime-local"
                    label={t('promotions.editor.endAt')}
                    description=" "
                    required
                    {...form.getInputProps('endAt')}
                    error={error('endAt')}
                  />
                </SimpleGrid>
                <Divider label={t('promotions.editor.terms')} labelPosition="left" />
                <TermsFields form={form} error={error} labels={labels} addLabels={addLabels} />
              </Stack>
            </fieldset>
            <Stack gap="sm">
              <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0 }}>
                <Stack gap="sm">
                  <Divider label={t('promotions.editor.scope')} labelPosition="left" />
                  <Text size="xs" c="dimmed">
                    {t('promotions.editor.scopeHint')}
                  </Text>
                  <SkuMultiPicker
                    label={t('promotions.editor.skus')}
                    value={form.values.skuIds}
                    onChange={(ids) => form.setFieldValue('skuIds', ids)}
                    labels={labels}
                    addLabels={addLabels}
                    error={error('skuIds')}
                  />
                  <SimpleGrid cols={2}>
                    {tags('categories', 'categories')}
                    {tags('brands', 'brands')}
                  </SimpleGrid>
                  <Divider label={t('promotions.editor.stacking')} labelPosition="left" />
                  <Checkbox
                    label={t('promotions.editor.stackDefault')}
                    {...form.getInputProps('stackDefault', { type: 'checkbox' })}
                  />
                  {!form.values.stackDefault && (
                    <MultiSelect
                      label={t('promotions.editor.stackCustom')}
                      data={campaignTypes.map((x) => ({ value: x, label: t(`promotions.types.${x}`) }))}
                      {...form.getInputProps('stacksWith')}
                      error={error('stacksWith')}
                    />
                  )}
                </Stack>
              </fieldset>
              <Divider label={t('promotions.editor.money')} labelPosition="left" />
              <SimpleGrid cols={2}>
                <TextInput
                  label={t('promotions.editor.budget')}
                  inputMode="decimal"
                  {...form.getInputProps('budget')}
                  error={error('budget')}
                />
                <TextInput
                  label={t('promotions.editor.spend')}
                  inputMode="decimal"
                  {...form.getInputProps('spend')}
                  error={error('spend')}
                />
              </SimpleGrid>
              <Textarea
                label={t('promotions.editor.notes')}
                rows={2}
                {...form.getInputProps('notes')}
                error={error('notes')}
              />
              <Divider label={t('promotions.editor.keys')} labelPosition="left" />
              <Text size="xs" c="dimmed">
                {t('promotions.editor.keysHint')}
              </Text>
              <SimpleGrid cols={2}>
                {tags('codes', 'codes')}
                {tags('promotionIds', 'promotionIds')}
                {tags('keyNames', 'keyNames')}
              </SimpleGrid>
            </Stack>
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {isNew ? t('promotions.editor.create') : t('promotions.editor.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
