import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ResolvedSku, Sku, SkuSuggestion } from '../../../../shared/domain/catalog';
import { api, ApiError } from '../../api';
import { notifyError, notifySuccess, translateIssue } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import { SkuPicker } from './SkuPicker';

type Lookup = {
  storefrontId: string;
  code: string;
  result: ResolvedSku | null;
  suggestions: SkuSuggestion[];
};

/**
 * The queue of storefront codes that matched nothing is filled by order imports, which do not exist yet; the
 * contract has no call to list it. Until then this page is the lookup tool: resolve a code, link it by alias.
 */
export function UnmatchedSkusPage() {
  const { t } = useTranslation();
  const { storefronts } = useShop();
  const [storefrontId, setStorefrontId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [lookup, setLookup] = useState<Lookup>();
  const [target, setTarget] = useState<Sku>();
  const [busy, setBusy] = useState(false);

  const resolve = async () => {
    if (!storefrontId) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.catalog.resolveSku({ storefrontId, code });
      // Only a code that matched nothing needs candidates.
      const suggestions = result ? [] : await api.catalog.suggestSkus({ code });
      setLookup({ storefrontId, code: code.trim(), result, suggestions });
    } catch (err) {
      const issue = err instanceof ApiError ? err.issues.find((i) => i.path === 'code') : undefined;
      if (issue) setError(translateIssue(issue.message));
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const link = async (target: Sku | undefined) => {
    if (!lookup || !target) return;
    setBusy(true);
    try {
      await api.catalog.addAlias({ storefrontId: lookup.storefrontId, alias: lookup.code, skuId: target.id });
      notifySuccess(t('catalog.linked', { alias: lookup.code, code: target.code }));
      setLookup({ ...lookup, result: { sku: target, via: 'alias' }, suggestions: [] });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <div>
        <Title order={2}>{t('catalog.unmatched')}</Title>
        <Anchor component={Link} to="/catalog" size="sm">
          {t('catalog.back')}
        </Anchor>
      </div>
      <Alert color="blue">{t('catalog.unmatchedHint')}</Alert>
      <Paper withBorder p="md" radius="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void resolve();
          }}
        >
          <Group align="flex-start">
            <Select
              label={t('catalog.storefront')}
              required
              data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
              value={storefrontId}
              onChange={setStorefrontId}
              searchable
              w={220}
            />
            <TextInput
              label={t('catalog.storefrontCode')}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={error}
              w={260}
            />
            <Button type="submit" mt={25} loading={busy} disabled={!storefrontId || !code.trim()}>
              {t('catalog.lookup')}
            </Button>
          </Group>
        </form>
      </Paper>
      {lookup && (
        <Paper withBorder p="md" radius="md">
          {lookup.result ? (
            <Text>
              {t('catalog.matched', {
                code: lookup.result.sku.code,
                name: lookup.result.sku.name,
                via: t(`catalog.via.${lookup.result.via}`),
              })}{' '}
              <Anchor component={Link} to={`/catalog/${lookup.result.sku.productId}`}>
                {t('catalog.product')}
              </Anchor>
            </Text>
          ) : (
            <Stack>
              <Text>{t('catalog.noMatch')}</Text>
              {lookup.suggestions.length > 0 && (
                <Table fz="sm" aria-label={t('catalog.suggestions')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('catalog.code')}</Table.Th>
                      <Table.Th>{t('catalog.product')}</Table.Th>
                      <Table.Th>{t('catalog.why')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {lookup.suggestions.map((s) => (
                      <Table.Tr key={s.sku.id}>
                        <Table.Td>{s.sku.code}</Table.Td>
                        <Table.Td>
                          {s.productName} · {s.sku.name}
                        </Table.Td>
                        <Table.Td>{t(`catalog.whyText.${s.why}`)}</Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant="light"
                            loading={busy}
                            onClick={() => void link(s.sku)}
                          >
                            {t('catalog.linkThis')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              <Group align="flex-end">
                <SkuPicker label={t('catalog.linkTo')} onPick={setTarget} />
                <Button onClick={() => void link(target)} disabled={!target} loading={busy}>
                  {t('catalog.linkTo')}
                </Button>
              </Group>
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
