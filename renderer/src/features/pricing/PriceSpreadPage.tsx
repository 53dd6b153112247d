import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney, formatPercentBp, percentToBp } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';

/** The table shows this many rows at most: the widest spreads come first, so the top is what needs action. */
const MAX_ROWS = 500;

/** Cross-storefront consistency: one SKU's prices on every storefront, flagged above a threshold. */
export function PriceSpreadPage() {
  const { t, i18n } = useTranslation();
  const [thresholdText, setThresholdText] = useState('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [threshold] = useDebouncedValue(thresholdText.trim(), 300);
  const thresholdBp = threshold ? percentToBp(threshold) : undefined;
  const thresholdBad = thresholdBp === null || (thresholdBp !== undefined && thresholdBp < 0);
  // Without a typed threshold the server applies the shop's setting.
  const report = useApiQuery(
    () => api.pricing.priceSpread(thresholdBad || thresholdBp === undefined ? {} : { thresholdBp }),
    [thresholdBad ? undefined : thresholdBp],
    'catalog',
  );
  const data = report.data;
  const rows = (data?.rows ?? []).filter((r) => !flaggedOnly || r.flagged);
  const shown = rows.slice(0, MAX_ROWS);
  const money = (minor: number) => formatMoney(minor, data?.baseCurrency ?? 'CNY', i18n.language);
  const pct = (bp: number | null) => (bp === null ? t('common.none') : formatPercentBp(bp, i18n.language));

  return (
    <Stack>
      <div>
        <Title order={2}>{t('spread.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('spread.subtitle')}
        </Text>
      </div>
      <Group align="flex-end">
        <TextInput
          label={t('spread.threshold')}
          inputMode="decimal"
          placeholder={data ? String(data.thresholdBp / 100) : undefined}
          value={thresholdText}
          onChange={(e) => setThresholdText(e.currentTarget.value)}
          error={thresholdBad ? t('spread.thresholdBad') : undefined}
          w={200}
        />
        <Switch
          mb={8}
          label={t('spread.showFlaggedOnly')}
          checked={flaggedOnly}
          onChange={(e) => setFlaggedOnly(e.currentTarget.checked)}
        />
        {data && (
          <Text size="sm" mb={8} aria-live="polite">
            {t('spread.flaggedCount', {
              count: data.flaggedCount,
              total: data.rows.length,
              threshold: pct(data.thresholdBp),
            })}
          </Text>
        )}
      </Group>
      {data && data.missingFx.length > 0 && (
        <Alert color="orange">{t('spread.missingFx', { currencies: data.missingFx.join(', ') })}</Alert>
      )}
      <Paper withBorder radius="md">
        <Table fz="sm" striped aria-label={t('spread.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('spread.sku')}</Table.Th>
              <Table.Th ta="right">{t('spread.lowest')}</Table.Th>
              <Table.Th ta="right">{t('spread.highest')}</Table.Th>
              <Table.Th ta="right">{t('spread.spread')}</Table.Th>
              <Table.Th>{t('spread.prices')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.skuId}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/pricing?sku=${row.skuId}&storefront=${row.listings[0]?.storefrontId ?? ''}`}
                  >
                    {row.skuCode}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {row.skuName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{money(row.minBaseMinor)}</Table.Td>
                <Table.Td ta="right">{money(row.maxBaseMinor)}</Table.Td>
                <Table.Td ta="right">
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {row.flagged && (
                      <Badge color="orange" variant="light">
                        {t('spread.flagged')}
                      </Badge>
                    )}
                    {pct(row.spreadBp)}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {row.listings.map((l) => (
                      <Badge key={l.listingId} variant="default" tt="none">
                        {l.storefrontName} {formatMoney(l.priceMinor, l.currency, i18n.language)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data && rows.length === 0 && (
          <Text c="dimmed" p="md">
            {t('spread.empty')}
          </Text>
        )}
      </Paper>
      {rows.length > MAX_ROWS && (
        <Text size="sm" c="dimmed">
          {t('spread.more', { shown: MAX_ROWS, total: rows.length })}
        </Text>
      )}
    </Stack>
  );
}
