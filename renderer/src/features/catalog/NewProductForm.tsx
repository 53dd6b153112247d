import { fieldError } from '../../components/form-errors';
import { useSaveForm } from '../../hooks/use-save-form';
import { Button, Divider, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { priceBands, type ProductDetail, type Sku } from '../../../../shared/domain/catalog';
import { api } from '../../api';
import { notifySuccess } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import {
  emptyProduct,
  emptySku,
  skuDetailValuesFrom,
  toSkuEditInput,
  errorsFromIssues,
  toProductInput,
  toSkuInput,
  type ProductValues,
  type SkuDetailValues,
  type SkuValues,
} from './catalog-form-values';

interface SkuFieldsProps {
  currency: string;
  props(field: keyof SkuValues): GetInputPropsReturnType;
  error(field: string): string | undefined;
}

interface DetailFieldsProps {
  props(field: keyof SkuDetailValues): GetInputPropsReturnType;
  error(field: string): string | undefined;
}

/** Code, name, barcode, weight, reorder point and band: the SKU's own details, for new and existing SKUs. */
export function SkuDetailFields({ props, error }: DetailFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={2}>
        <TextInput label={t('catalog.code')} required {...props('code')} error={error('code')} />
        <TextInput label={t('catalog.skuName')} required {...props('skuName')} error={error('skuName')} />
      </SimpleGrid>
      <SimpleGrid cols={4}>
        <TextInput label={t('catalog.barcode')} {...props('barcode')} error={error('barcode')} />
        <TextInput
          label={t('catalog.weight')}
          inputMode="numeric"
          {...props('weight')}
          error={error('weight')}
        />
        <TextInput
          label={t('catalog.reorderPoint')}
          inputMode="numeric"
          {...props('reorderPoint')}
          error={error('reorderPoint')}
        />
        <Select
          label={t('catalog.band')}
          data={priceBands.map((b) => ({ value: b, label: t(`catalog.bands.${b}`) }))}
          allowDeselect={false}
          {...props('band')}
          error={error('band')}
        />
      </SimpleGrid>
    </>
  );
}

/** The SKU part shared by "new product" and "add SKU": code, name, the four cost parts, stock, band. */
export function SkuFields({ currency, props, error }: SkuFieldsProps) {
  const { t } = useTranslation();
  const money = (field: keyof SkuValues, label: string) => (
    <TextInput
      label={label}
      inputMode="decimal"
      rightSectionWidth={48}
      rightSection={currency}
      {...props(field)}
      error={error(field)}
    />
  );
  return (
    <>
      <SkuDetailFields props={props} error={error} />
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {money('purchase', t('catalog.purchase'))}
        {money('packaging', t('catalog.packaging'))}
        {money('inboundFreight', t('catalog.inboundFreight'))}
        {money('other', t('catalog.other'))}
      </SimpleGrid>
      <SimpleGrid cols={4}>
        <TextInput
          label={t('catalog.stockOnHand')}
          inputMode="numeric"
          {...props('stockOnHand')}
          error={error('stockOnHand')}
        />
      </SimpleGrid>
    </>
  );
}

interface Props {
  onDone(product: ProductDetail): void;
  onCancel(): void;
}

/** New product with its first SKU, validated by the same zod schema as main (costs in the base currency). */
export function NewProductForm({ onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { settings } = useShop();
  const currency = settings?.baseCurrency ?? 'CNY';
  const form = useForm({
    mode: 'controlled',
    initialValues: emptyProduct(),
    validate: (values) => toProductInput(values, currency).errors ?? {},
  });
  const error = fieldError(form.errors);
  const { saving, run } = useSaveForm({
    convert: (values: ProductValues) => toProductInput(values, currency).input,
    save: (input) => api.catalog.createProduct(input),
    done: (product) => {
      notifySuccess(t('catalog.created', { name: product.name }));
      onDone(product);
    },
    setErrors: form.setErrors,
    toErrors: errorsFromIssues,
  });
  const submit = form.onSubmit(run);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('catalog.product')}
          required
          {...form.getInputProps('name')}
          error={error('name')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('catalog.category')}
            {...form.getInputProps('category')}
            error={error('category')}
          />
          <TextInput label={t('catalog.brand')} {...form.getInputProps('brand')} error={error('brand')} />
        </SimpleGrid>
        <Divider label={t('catalog.firstSku')} labelPosition="left" />
        <SkuFields currency={currency} props={(f) => form.getInputProps(f)} error={error} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a SKU to an existing product; the page reloads the product from the answer. */
export function AddSkuForm({ productId, onDone }: { productId: string; onDone(p: ProductDetail): void }) {
  const { t } = useTranslation();
  const { settings } = useShop();
  const currency = settings?.baseCurrency ?? 'CNY';
  const form = useForm({
    mode: 'controlled',
    initialValues: emptySku(),
    validate: (values) => toSkuInput(values, productId, currency).errors ?? {},
  });
  const error = fieldError(form.errors);
  const { saving, run } = useSaveForm({
    convert: (values: SkuValues) => toSkuInput(values, productId, currency).input,
    save: (input) => api.catalog.upsertSku(input),
    done: (product) => {
      notifySuccess(t('catalog.skuSaved'));
      onDone(product);
    },
    setErrors: form.setErrors,
    toErrors: errorsFromIssues,
  });
  const submit = form.onSubmit(run);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SkuFields currency={currency} props={(f) => form.getInputProps(f)} error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Edits an existing SKU's details; the page reloads the product from the answer. */
export function EditSkuForm({ sku, onDone }: { sku: Sku; onDone(p: ProductDetail): void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: skuDetailValuesFrom(sku),
    validate: (values) => toSkuEditInput(values, sku).errors ?? {},
  });
  const error = fieldError(form.errors);
  const { saving, run } = useSaveForm({
    convert: (values: SkuDetailValues) => toSkuEditInput(values, sku).input,
    save: (input) => api.catalog.upsertSku(input),
    done: (product) => {
      notifySuccess(t('catalog.skuSaved'));
      onDone(product);
    },
    setErrors: form.setErrors,
    toErrors: errorsFromIssues,
  });
  const submit = form.onSubmit(run);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SkuDetailFields props={(f) => form.getInputProps(f)} error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
