import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { OrderDetail } from '../../../../shared/domain/order-detail';
import { formatDateTime, formatMoney, formatNumber } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { ProfitWaterfall } from './ProfitWaterfall';
import { OrderTicketsSection } from '../tickets/OrderTicketsSection';
import { statusColor } from './order-cells';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder radius="md">
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function LinesTable({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const money = (minor: number) => formatMoney(minor, order.currency, i18n.language);
  const costsHidden = !order.profit.available && 'hidden' in order.profit;
  return (
    <Table aria-label={t('orders.lines')} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('orders.line.sku')}</Table.Th>
          <Table.Th>{t('orders.line.title')}</Table.Th>
          <Table.Th ta="right">{t('orders.line.quantity')}</Table.Th>
          <Table.Th ta="right">{t('orders.line.price')}</Table.Th>
          <Table.Th ta="right">{t('orders.line.discount')}</Table.Th>
          {!costsHidden && <Table.Th ta="right">{t('orders.line.cost')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.lines.map((l) => (
          <Table.Tr key={l.lineNo}>
            <Table.Td>
              {l.sku ? (
                <Anchor component={Link} to={`/catalog/${l.sku.productId}`}>
                  {l.sku.code}
                </Anchor>
              ) : (
                <Group gap={4}>
                  <Text size="sm">{l.skuCode ?? t('common.none')}</Text>
                  <Badge color="orange" variant="light" size="sm">
                    {t('orders.unmatchedLine')}
                  </Badge>
                </Group>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{l.title}</Text>
              {l.sku && (
                <Text size="xs" c="dimmed">
                  {l.sku.productName} · {l.sku.name}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(l.quantity, i18n.language, 0)}</Table.Td>
            <Table.Td ta="right">{money(l.unitPriceMinor)}</Table.Td>
            <Table.Td ta="right">
              {l.lineDiscountMinor ? money(l.lineDiscountMinor) : t('common.none')}
            </Table.Td>
            {!costsHidden && (
              <Table.Td ta="right">
                {l.unitCostBaseMinor === null || !settings
                  ? t('common.none')
                  : formatMoney(l.unitCostBaseMinor, settings.baseCurrency, i18n.language)}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Amounts({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, order.currency, i18n.language);
  const a = order.amounts;
  const rows: [string, string][] = [
    [t('orders.steps.grossSales'), money(a.grossMinor)],
    [t('orders.steps.discounts'), money(a.lineDiscountMinor + a.orderDiscountMinor)],
    [t('orders.platformDiscount'), money(a.platformDiscountMinor)],
    [t('orders.steps.shippingIncome'), money(a.shippingIncomeMinor)],
    [t('orders.tax'), money(a.taxMinor)],
    [t('orders.totalPaidLabel'), money(a.totalPaidMinor)],
    [t('orders.steps.refunds'), money(a.refundedMinor)],
  ];
  return (
    <Table fz="sm" aria-label={t('orders.amounts')}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td>{label}</Table.Td>
            <Table.Td ta="right">{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One order: lines, customer, shipping, amounts, profit waterfall, status history and fees. */
export function OrderDetailPage() {
  const { orderId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const detail = useApiQuery(() => api.orders.get({ id: orderId }), [orderId], 'orders');
  const order = detail.data;
  const locale = i18n.language;
  const when = (iso: string) => formatDateTime(iso, locale, settings?.timezone);

  const back = (
    <Button
      component={Link}
      to="/orders"
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      w="fit-content"
    >
      {t('orders.back')}
    </Button>
  );
  if (!order) {
    return (
      <Stack>
        {back}
        {detail.loading ? (
          <Loader aria-label={t('common.loading')} />
        ) : (
          <Text c="dimmed">{t('orders.notFound')}</Text>
        )}
      </Stack>
    );
  }
  const ship = order.shipping;
  const address = [ship.address, ship.city, ship.province, ship.zip, ship.country].filter(Boolean).join(', ');
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  // The service role gets no costs or profit from orders.get: leave their sections out.
  const costsHidden = !order.profit.available && 'hidden' in order.profit;
  // Without fees the last card holds only promotion codes and the note: none of them, no card.
  const showFees = !costsHidden || order.promotionCodes.length > 0 || !!order.note;

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('orders.orderTitle', { id: order.externalId })}</Title>
          <Text c="dimmed" size="sm">
            {order.storefront.name} · {t('orders.placed', { at: when(order.placedAt) })}
            {order.paidAt ? ` · ${t('orders.paid', { at: when(order.paidAt) })}` : ''}
          </Text>
        </div>
        <Group gap="xs">
          <Badge size="lg" color={statusColor[order.status]} variant="light">
            {t(`orders.statusNames.${order.status}`)}
          </Badge>
          {order.afterSales && (
            <Badge size="lg" color="orange" variant="outline">
              {t('orders.afterSales')}
            </Badge>
          )}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, lg: costsHidden ? 1 : 2 }}>
        {!costsHidden && (
          <Section title={t('orders.profit')}>
            <ProfitWaterfall profit={order.profit} />
          </Section>
        )}
        <Stack>
          <Section title={t('orders.customer')}>
            {order.customer ? (
              <Group justify="space-between">
                <div>
                  <Text fw={500}>{order.customer.name ?? order.buyer.name ?? t('common.none')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('orders.customerOrders', {
                      count: order.customer.orders,
                      other: order.customer.otherStorefrontOrders,
                    })}
                  </Text>
                </div>
                <Button component={Link} to={`/customers/${order.customer.id}`} variant="light">
                  {t('orders.openCustomer')}
                </Button>
              </Group>
            ) : (
              <Text c="dimmed">{t('orders.noCustomer')}</Text>
            )}
            <Text size="sm" mt="sm">
              {t('orders.buyer')}:{' '}
              {[order.buyer.name, order.buyer.phone, order.buyer.email].filter(Boolean).join(' · ') ||
                t('common.none')}
            </Text>
          </Section>
          <Section title={t('orders.shipping')}>
            {address || ship.name ? (
              <Stack gap={2}>
                <Text size="sm">{[ship.name, ship.phone].filter(Boolean).join(' · ')}</Text>
                <Text size="sm">{address}</Text>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('orders.noAddress')}
              </Text>
            )}
          </Section>
          <Section title={t('orders.amounts')}>
            <Amounts order={order} />
          </Section>
        </Stack>
      </SimpleGrid>

      <Section title={t('orders.lines')}>
        <LinesTable order={order} />
      </Section>

      <OrderTicketsSection order={order} />

      <SimpleGrid cols={{ base: 1, md: showFees ? 2 : 1 }}>
        <Section title={t('orders.history')}>
          <Timeline active={order.statusHistory.length - 1} bulletSize={14} lineWidth={2}>
            {order.statusHistory.map((h, i) => (
              <Timeline.Item key={i} title={t(`orders.statusNames.${h.status}`)}>
                <Text size="xs" c="dimmed">
                  {when(h.at)}
                  {h.refundedMinor > 0
                    ? ` · ${t('orders.refundedAmount', { amount: money(h.refundedMinor, order.currency) })}`
                    : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Section>
        {showFees && (
          <Section title={costsHidden ? t('orders.note') : t('orders.fees')}>
            {costsHidden ? null : order.fees.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('orders.feesByRule')}
              </Text>
            ) : (
              <Table fz="sm" aria-label={t('orders.feesActual')}>
                <Table.Tbody>
                  {order.fees.map((f, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{f.kind}</Table.Td>
                      <Table.Td c="dimmed">{f.sourceRef}</Table.Td>
                      <Table.Td ta="right">{money(f.amountMinor, f.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {(order.promotionCodes.length > 0 || order.note) && (
              <Stack gap={2} mt="sm">
                {order.promotionCodes.length > 0 && (
                  <Text size="sm">
                    {t('orders.promotionCodes')}: {order.promotionCodes.join(', ')}
                  </Text>
                )}
                {order.note && (
                  <Text size="sm">
                    {t('orders.note')}: {order.note}
                  </Text>
                )}
              </Stack>
            )}
          </Section>
        )}
      </SimpleGrid>
    </Stack>
  );
}
