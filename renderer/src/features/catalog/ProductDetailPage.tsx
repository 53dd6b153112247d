import { useState } from 'react';
import {
  Accordion,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ProductDetail, Sku } from '../../../../shared/domain/catalog';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { CompetitorPrices } from '../pricing/CompetitorPrices';
import { AddSkuForm, EditSkuForm } from './NewProductForm';
import { SkuPanel } from './SkuPanel';
import { SkuListings } from './SkuListings';

/** Name, category and brand; keyed by updatedAt so a reload starts a fresh form instead of syncing state. */
function ProductHeader({ product, onSaved }: { product: ProductDetail; onSaved(): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: product.name, category: product.category ?? '', brand: product.brand ?? '' },
  });
  const save = form.onSubmit(async (patch) => {
    try {
      await api.catalog.updateProduct({ id: product.id, patch });
      onSaved();
      notifySuccess(t('common.saved'));
      setEditing(false);
    } catch (err) {
      notifyError(err);
    }
  });
  if (!editing)
    return (
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{product.name}</Title>
          <Text c="dimmed" size="sm">
            {[product.category, product.brand].filter(Boolean).join(' · ') || t('common.none')}
          </Text>
        </div>
        <Button variant="default" onClick={() => setEditing(true)}>
          {t('catalog.editProduct')}
        </Button>
      </Group>
    );
  return (
    <form onSubmit={save}>
      <Group align="flex-end">
        <TextInput label={t('catalog.product')} required {...form.getInputProps('name')} w={300} />
        <TextInput label={t('catalog.category')} {...form.getInputProps('category')} />
        <TextInput label={t('catalog.brand')} {...form.getInputProps('brand')} />
        <Button type="submit">{t('common.save')}</Button>
        <Button variant="default" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </form>
  );
}

export function ProductDetailPage() {
  const { t } = useTranslation();
  const { productId = '' } = useParams();
  const [adding, setAdding] = useState(false);
  const [editingSku, setEditingSku] = useState<Sku | null>(null);
  // Every save reloads the whole product: costs, stock and listings of one SKU show up in several places.
  const query = useApiQuery(() => api.catalog.getProduct({ id: productId }), [productId], 'catalog');
  const product = query.data?.id === productId ? query.data : undefined;
  const reload = () => void query.reload();

  return (
    <Stack>
      <Anchor component={Link} to="/catalog" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('catalog.back')}
        </Group>
      </Anchor>
      {!product ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <>
          <ProductHeader key={product.updatedAt} product={product} onSaved={reload} />
          <Group justify="space-between">
            <Title order={4}>{t('catalog.skus')}</Title>
            <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setAdding(true)}>
              {t('catalog.addSku')}
            </Button>
          </Group>
          <Accordion variant="separated" multiple defaultValue={product.skus[0] ? [product.skus[0].id] : []}>
            {product.skus.map((sku) => (
              <Accordion.Item key={sku.id} value={sku.id}>
                <Accordion.Control>
                  <Group gap="sm">
                    <Text fw={600}>{sku.code}</Text>
                    <Text>{sku.name}</Text>
                    <Badge variant="light">{t(`catalog.bands.${sku.priceBand}`)}</Badge>
                    {sku.stockOnHand <= sku.reorderPoint && (
                      <Badge color="orange" variant="light">
                        {t('catalog.lowStock')}
                      </Badge>
                    )}
                    {sku.cover.slowMover && (
                      <Badge color="grape" variant="light">
                        {t('catalog.slowMover')}
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack>
                    <Group justify="space-between">
                      <Text size="sm" c="dimmed">
                        {t('catalog.barcode')}: {sku.barcode ?? t('common.none')} · {t('catalog.weight')}:{' '}
                        {sku.weightG ?? t('common.none')} ·{' '}
                        {t('catalog.cover', {
                          sold: sku.cover.soldInWindow,
                          days: sku.cover.daysOfCover ?? t('catalog.noSales'),
                        })}
                      </Text>
                      <Button size="compact-sm" variant="light" onClick={() => setEditingSku(sku)}>
                        {t('catalog.editSku')}
                      </Button>
                    </Group>
                    <SkuPanel sku={sku} onChanged={reload} />
                    <Paper withBorder p="sm" radius="md">
                      <SkuListings sku={sku} onChanged={reload} />
                    </Paper>
                    <Paper withBorder p="sm" radius="md">
                      <CompetitorPrices sku={sku} />
                    </Paper>
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
          <Modal
            opened={!!editingSku}
            onClose={() => setEditingSku(null)}
            title={`${t('catalog.editSku')} ${editingSku?.code ?? ''}`}
            size="lg"
          >
            {editingSku && (
              <EditSkuForm
                sku={editingSku}
                onDone={() => {
                  setEditingSku(null);
                  reload();
                }}
              />
            )}
          </Modal>
          <Modal opened={adding} onClose={() => setAdding(false)} title={t('catalog.addSku')} size="lg">
            <AddSkuForm
              productId={product.id}
              onDone={() => {
                setAdding(false);
                reload();
              }}
            />
          </Modal>
        </>
      )}
    </Stack>
  );
}
