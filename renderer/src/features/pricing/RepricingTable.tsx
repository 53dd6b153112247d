import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepricingRow } from '../../../../shared/domain/pricing';
import { formatMoney, formatPercentBp } from '../../../../shared/logic/money';

/** The preview diff: old → new price and margin per listing; below-floor rows in red, skipped ones say why. */
export function RepricingTable({ rows }: { rows: RepricingRow[] }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number | null, currency: string) =>
    minor === null ? '—' : formatMoney(minor, currency, i18n.language);
  const percent = (bp: number | null) => (bp === null ? '—' : formatPercentBp(bp, i18n.language));
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('repricing.sku')}</Table.Th>
          <Table.Th>{t('repricing.storefront')}</Table.Th>
          <Table.Th>{t('repricing.oldPrice')}</Table.Th>
          <Table.Th>{t('repricing.newPrice')}</Table.Th>
          <Table.Th>{t('repricing.marginBefore')}</Table.Th>
          <Table.Th>{t('repricing.marginAfter')}</Table.Th>
          <Table.Th>{t('repricing.floor')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr
            key={r.listingId}
            data-below-floor={r.belowFloor || undefined}
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
            <Table.Td>{r.storefrontName}</Table.Td>
            <Table.Td>{money(r.oldPriceMinor, r.currency)}</Table.Td>
            <Table.Td
              c={r.belowFloor ? 'red' : undefined}
              fw={r.newPriceMinor !== r.oldPriceMinor ? 600 : 400}
            >
              {r.skipReason ? (
                <Text size="sm" c="dimmed">
                  {t(`repricing.skip.${r.skipReason}`)}
                </Text>
              ) : (
                money(r.newPriceMinor, r.currency)
              )}
            </Table.Td>
            <Table.Td>{percent(r.marginBeforeBp)}</Table.Td>
            <Table.Td>{percent(r.marginAfterBp)}</Table.Td>
            <Table.Td>{money(r.floorMinor, r.currency)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
