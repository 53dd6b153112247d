import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardProductRow } from '../../../../shared/domain/dashboard';
import { figureText, linkTo } from './dashboard-format';

/**
 * Products with their period figures; a SKU links to its orders of the period. Cost and profit columns are
 * left out for the service role (the API sends them as null anyway).
 */
export function ProductTable({
  rows,
  label,
  currency,
  costsHidden,
  period,
  storefrontId,
  withCosts = false,
}: {
  rows: DashboardProductRow[];
  label: string;
  currency: string;
  costsHidden: boolean;
  period: { from: string; to: string };
  storefrontId: string | null;
  /** Also the cost of goods and fees (the full products page). */
  withCosts?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const text = (key: string, v: number | null) => figureText(key, v, currency, i18n.language);
  if (!rows.length)
    return (
      <Text c="dimmed" size="sm">
        {t('dashboard.noProducts')}
      </Text>
    );
  return (
    <Table fz="sm" striped aria-label={label} style={{ whiteSpace: 'nowrap' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.columns.sku')}</Table.Th>
          <Table.Th>{t('dashboard.columns.product')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.columns.units')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.columns.netSales')}</Table.Th>
          {!costsHidden && withCosts && <Table.Th ta="right">{t('dashboard.columns.cogs')}</Table.Th>}
          {!costsHidden && withCosts && <Table.Th ta="right">{t('dashboard.columns.fees')}</Table.Th>}
          {!costsHidden && <Table.Th ta="right">{t('dashboard.columns.grossProfit')}</Table.Th>}
          {!costsHidden && <Table.Th ta="right">{t('dashboard.columns.margin')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.skuId ?? `code:${r.skuCode}`}>
            <Table.Td>
              {r.skuId ? (
                <Anchor
                  component={Link}
                  size="sm"
                  to={linkTo('/orders', {
                    skuId: r.skuId,
                    from: period.from,
                    to: period.to,
                    ...(storefrontId ? { storefront: storefrontId } : {}),
                  })}
                >
                  {r.skuCode}
                </Anchor>
              ) : (
                r.skuCode
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'normal' }}>{r.title}</Table.Td>
            <Table.Td ta="right">{text('units', r.units)}</Table.Td>
            <Table.Td ta="right">{text('netSalesMinor', r.netSalesMinor)}</Table.Td>
            {!costsHidden && withCosts && <Table.Td ta="right">{text('cogsMinor', r.cogsMinor)}</Table.Td>}
            {!costsHidden && withCosts && <Table.Td ta="right">{text('feesMinor', r.feesMinor)}</Table.Td>}
            {!costsHidden && (
              <Table.Td ta="right" c={(r.grossProfitMinor ?? 0) < 0 ? 'red.7' : undefined}>
                {text('grossProfitMinor', r.grossProfitMinor)}
              </Table.Td>
            )}
            {!costsHidden && <Table.Td ta="right">{text('grossMarginBp', r.grossMarginBp)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
