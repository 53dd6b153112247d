import { useState } from 'react';
import { Alert, Badge, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignGuardrail, GuardrailRow } from '../../../../shared/domain/promotions';
import { formatMoney, formatPercentBp } from '../../../../shared/logic/money';

/** Rows drawn at most: a campaign over every SKU can have thousands; the below-floor ones always come first. */
const MAX_ROWS = 300;

interface Props {
  guardrail: CampaignGuardrail | undefined;
  storefrontName(id: string): string;
  campaignName(id: string): string;
}

/**
 * Per SKU × storefront: list price, the worst-case price when everything that can stack does, the floor and
 * the margin left. Below-floor rows are red and say so in words (colour alone is not enough).
 */
export function GuardrailPanel({ guardrail, storefrontName, campaignName }: Props) {
  const { t, i18n } = useTranslation();
  const [onlyBelow, setOnlyBelow] = useState(false);
  const money = (minor: number | null, currency: string) =>
    minor === null ? '—' : formatMoney(minor, currency, i18n.language);
  const all = guardrail?.rows ?? [];
  const rows = [...all]
    .filter((r) => !onlyBelow || r.belowFloor)
    .sort((a, b) => Number(b.belowFloor ?? false) - Number(a.belowFloor ?? false));
  const shown = rows.slice(0, MAX_ROWS);
  const label = (r: GuardrailRow) =>
    t('promoGuard.rowLabel', { sku: r.skuCode, storefront: storefrontName(r.storefrontId) });

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>{t('promoGuard.title')}</Title>
            <Text size="xs" c="dimmed">
              {t('promoGuard.hint')}
            </Text>
          </div>
          {guardrail && guardrail.belowFloorRows > 0 && (
            <Switch
              label={t('promoGuard.onlyBelow')}
              checked={onlyBelow}
              onChange={(e) => setOnlyBelow(e.currentTarget.checked)}
            />
          )}
        </Group>
        {!guardrail && <Text c="dimmed">{t('promoGuard.saveFirst')}</Text>}
        {guardrail?.costsHidden && <Text c="dimmed">{t('promoGuard.costsHidden')}</Text>}
        {guardrail && !guardrail.costsHidden && guardrail.belowFloorRows > 0 && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t('promoGuard.belowCount', { count: guardrail.belowFloorRows })}
          />
        )}
        {guardrail && !guardrail.costsHidden && guardrail.belowFloorRows === 0 && all.length > 0 && (
          <Alert color="teal" variant="light" title={t('promoGuard.allClear')} />
        )}
        {guardrail && guardrail.withoutFloor > 0 && (
          <Text size="sm" c="orange.8">
            {t('promoGuard.withoutFloor', { count: guardrail.withoutFloor })}
          </Text>
        )}
        {guardrail && all.length === 0 && <Text c="dimmed">{t('promoGuard.noRows')}</Text>}
        {shown.length > 0 && (
          <Table fz="sm" striped aria-label={t('promoGuard.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('promoGuard.columns.sku')}</Table.Th>
                <Table.Th>{t('promoGuard.columns.storefront')}</Table.Th>
                <Table.Th ta="right">{t('promoGuard.columns.listPrice')}</Table.Th>
                <Table.Th ta="right">{t('promoGuard.columns.effective')}</Table.Th>
                <Table.Th ta="right">{t('promoGuard.columns.floor')}</Table.Th>
                <Table.Th ta="right">{t('promoGuard.columns.margin')}</Table.Th>
                <Table.Th>{t('promoGuard.columns.stacked')}</Table.Th>
                <Table.Th ta="right">{t('promoGuard.columns.basket')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => (
                <Table.Tr
                  key={`${r.skuId}:${r.storefrontId}`}
                  aria-label={label(r)}
                  bg={r.belowFloor ? 'var(--mantine-color-red-light)' : undefined}
                >
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.skuCode}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.skuName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{storefrontName(r.storefrontId)}</Table.Td>
                  <Table.Td ta="right">{money(r.listPriceMinor, r.currency)}</Table.Td>
                  <Table.Td ta="right" fw={600} c={r.belowFloor ? 'red.8' : undefined}>
                    {money(r.effectivePriceMinor, r.currency)}
                  </Table.Td>
                  <Table.Td ta="right">{money(r.floorMinor, r.currency)}</Table.Td>
                  <Table.Td ta="right" c={r.marginBp !== null && r.marginBp < 0 ? 'red.8' : undefined}>
                    {r.marginBp === null ? '—' : formatPercentBp(r.marginBp, i18n.language)}
                  </Table.Td>
                  <Table.Td>{r.stacked.map(campaignName).join(' + ')}</Table.Td>
                  <Table.Td ta="right">{t('promoGuard.basketUnits', { count: r.basketUnits })}</Table.Td>
                  <Table.Td>
                    {r.belowFloor === null ? null : r.belowFloor ? (
                      <Badge color="red" variant="filled">
                        {t('promoGuard.belowFloor')}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('promoGuard.ok')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {rows.length > shown.length && (
          <Text size="xs" c="dimmed">
            {shown.length} / {rows.length}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
