import type { ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { OrderColumn, OrderRow } from '../../../../shared/domain/order-list';
import type { OrderStatus } from '../../../../shared/domain/orders';
import { formatDateTime, formatMoney, formatNumber } from '../../../../shared/logic/money';

export interface CellContext {
  t: TFunction;
  locale: string;
  timeZone: string | undefined;
}

export const statusColor: Record<OrderStatus, string> = {
  pending_payment: 'gray',
  paid: 'blue',
  shipped: 'cyan',
  completed: 'teal',
  cancelled: 'red',
};

const text = (value: ReactNode, strong = false) => (
  <Text size="sm" truncate fw={strong ? 500 : undefined}>
    {value}
  </Text>
);

/** How each list column is drawn, and how wide it is in the row grid. */
export const orderCells: Record<
  OrderColumn,
  { width: string; render(r: OrderRow, c: CellContext): ReactNode }
> = {
  placedAt: { width: '150px', render: (r, c) => text(formatDateTime(r.placedAt, c.locale, c.timeZone)) },
  storefront: { width: 'minmax(120px, 1fr)', render: (r) => text(r.storefrontName) },
  externalId: { width: 'minmax(150px, 1.2fr)', render: (r) => text(r.externalId, true) },
  status: {
    width: '150px',
    render: (r, c) => (
      <Group gap={4} wrap="nowrap">
        <Badge color={statusColor[r.status]} variant="light">
          {c.t(`orders.statusNames.${r.status}`)}
        </Badge>
        {r.afterSales && (
          <Badge color="orange" variant="outline">
            {c.t('orders.afterSales')}
          </Badge>
        )}
      </Group>
    ),
  },
  buyer: { width: 'minmax(100px, 1fr)', render: (r, c) => text(r.buyerName ?? c.t('common.none')) },
  phone: { width: '130px', render: (r, c) => text(r.buyerPhone ?? c.t('common.none')) },
  units: { width: '60px', render: (r, c) => text(formatNumber(r.units, c.locale, 0)) },
  lines: { width: '60px', render: (r, c) => text(formatNumber(r.lineCount, c.locale, 0)) },
  gross: { width: '110px', render: (r, c) => text(formatMoney(r.grossMinor, r.currency, c.locale)) },
  discounts: { width: '100px', render: (r, c) => text(formatMoney(r.discountsMinor, r.currency, c.locale)) },
  totalPaid: {
    width: '110px',
    render: (r, c) => text(formatMoney(r.totalPaidMinor, r.currency, c.locale), true),
  },
  refunded: {
    width: '100px',
    render: (r, c) =>
      r.refundedMinor > 0 ? (
        <Text size="sm" c="red" truncate>
          {formatMoney(r.refundedMinor, r.currency, c.locale)}
        </Text>
      ) : (
        text(c.t('common.none'))
      ),
  },
  unmatched: {
    width: '90px',
    render: (r, c) =>
      r.unmatchedLines > 0 ? (
        <Badge color="orange" variant="light">
          {formatNumber(r.unmatchedLines, c.locale, 0)}
        </Badge>
      ) : (
        text(c.t('common.none'))
      ),
  },
};
