import { fieldError } from '../../components/form-errors';
import { useSaveForm } from '../../hooks/use-save-form';
import {
  ActionIcon,
  Autocomplete,
  Button,
  Divider,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { platforms, storefrontRoles, type Storefront } from '../../../../shared/domain/storefronts';
import type { StorefrontFields } from '../../../../shared/api/schemas/storefronts';
import {
  errorsFromIssues,
  storefrontFormSchema,
  toInput,
  type StorefrontFormValues,
} from './storefront-form-values';

const commonCurrencies = ['CNY', 'USD', 'EUR', 'GBP', 'HKD', 'JPY', 'KRW', 'AUD', 'CAD', 'SGD', 'TWD'];
const timeZones =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Shanghai'];

interface Props {
  initial: StorefrontFormValues;
  onSubmit(input: StorefrontFields): Promise<Storefront>;
  onDone(saved: Storefront): void;
  onCancel(): void;
}

/** Create/edit form: validated by the same zod schema as main; server issues land on the same fields. */
export function StorefrontForm({ initial, onSubmit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<StorefrontFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(storefrontFormSchema, { sync: true }),
  });
  const error = fieldError(form.errors);
  const currency = form.values.currency.toUpperCase() || '—';
  const { saving, run } = useSaveForm({
    convert: (values: StorefrontFormValues) => toInput(values).input,
    save: onSubmit,
    done: onDone,
    setErrors: form.setErrors,
    toErrors: errorsFromIssues,
  });
  const submit = form.onSubmit(run);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('storefronts.name')}
          required
          {...form.getInputProps('name')}
          error={error('name')}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('storefronts.platform')}
            required
            data={platforms.map((p) => ({ value: p, label: t(`platforms.${p}`) }))}
            searchable
            {...form.getInputProps('platform')}
            error={error('platform')}
          />
          <Select
            label={t('storefronts.role')}
            required
            data={storefrontRoles.map((r) => ({ value: r, label: t(`storefrontRoles.${r}`) }))}
            description={t(`storefrontRoles.${form.values.role}Hint`)}
            allowDeselect={false}
            {...form.getInputProps('role')}
            error={error('role')}
          />
          {/* Autocomplete, not Select: any ISO code may be typed, the common ones are offered. */}
          <Autocomplete
            label={t('storefronts.currency')}
            required
            data={commonCurrencies}
            maxLength={3}
            {...form.getInputProps('currency')}
            onChange={(value) => form.setFieldValue('currency', value.toUpperCase())}
            error={error('currency')}
          />
          <Select
            label={t('storefronts.timezone')}
            required
            data={[...new Set([form.values.timezone, ...timeZones].filter(Boolean))]}
            searchable
            limit={50}
            allowDeselect={false}
            {...form.getInputProps('timezone')}
            error={error('timezone')}
          />
        </SimpleGrid>
        <Divider label={t('storefronts.fees')} labelPosition="left" />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('storefronts.commission')}
            inputMode="decimal"
            rightSection="%"
            {...form.getInputProps('commission')}
            error={error('commission')}
          />
          <TextInput
            label={t('storefronts.paymentFee')}
            inputMode="decimal"
            rightSection="%"
            {...form.getInputProps('paymentFee')}
            error={error('paymentFee')}
          />
          <TextInput
            label={t('storefronts.fixedFee')}
            inputMode="decimal"
            rightSectionWidth={48}
            rightSection={currency}
            {...form.getInputProps('fixedFee')}
            error={error('fixedFee')}
          />
          <TextInput
            label={t('storefronts.shippingCost')}
            inputMode="decimal"
            rightSectionWidth={48}
            rightSection={currency}
            {...form.getInputProps('shipping')}
            error={error('shipping')}
          />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('storefronts.categoryCommissions')}
        </Text>
        {form.values.categories.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('storefronts.noCategories')}
          </Text>
        )}
        {form.values.categories.map((_row, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextInput
              label={`${t('storefronts.category')} ${i + 1}`}
              style={{ flex: 1 }}
              {...form.getInputProps(`categories.${i}.category`)}
              error={error(`categories.${i}.category`)}
            />
            <TextInput
              label={`${t('storefronts.commission')} ${i + 1}`}
              w={140}
              rightSection="%"
              {...form.getInputProps(`categories.${i}.rate`)}
              error={error(`categories.${i}.rate`)}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={t('common.remove')}
              onClick={() => form.removeListItem('categories', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {error('categories') && (
          <Text size="sm" c="red">
            {error('categories')}
          </Text>
        )}
        <Button
          variant="subtle"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('categories', { category: '', rate: form.values.commission })}
          w="fit-content"
        >
          {t('storefronts.addCategory')}
        </Button>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
