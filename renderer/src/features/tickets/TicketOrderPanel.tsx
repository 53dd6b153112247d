import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketDetail, TicketLookup } from '../../../../shared/domain/ticket-views';
import { formatDateTime, formatMoney } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import { statusColor } from '../orders/order-cells';
import { isFinal, type TicketAction } from './use-ticket-action';

/** Finds orders of the ticket's storefront by id, phone or name and links one (tickets.link). */
function LinkOrder({ ticket, action }: { ticket: TicketDetail; action: TicketAction }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<TicketLookup['orders']>();
  const find = async () => {
    if (!query.trim()) return;
    try {
      setFound((await api.tickets.lookup({ query: query.trim(), storefrontId: ticket.storefrontId })).orders);
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('tickets.noOrder')}
      </Text>
      {!isFinal(ticket) && (
        <>
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('tickets.linkOrder')}
              placeholder={t('tickets.findOrderHint')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && void find()}
              style={{ flex: 1 }}
            />
            <Button variant="default" onClick={() => void find()}>
              {t('tickets.findButton')}
            </Button>
          </Group>
          {found?.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('tickets.noFound')}
            </Text>
          )}
          {found?.map((o) => (
            <Group key={o.id} justify="space-between">
              <Text size="sm">
                <b>{o.externalId}</b> · {o.buyerName ?? '—'}
              </Text>
              <Button
                size="compact-sm"
                loading={action.busy === 'link'}
                onClick={() =>
                  void action.run(
                    'link',
                    () => api.tickets.link({ id: ticket.id, orderId: o.id }),
                    t('tickets.linked'),
                  )
                }
              >
                {t('tickets.linkButton')} {o.externalId}
              </Button>
            </Group>
          ))}
        </>
      )}
    </Stack>
  );
}

/** The order behind the ticket (summary, lines, link to its page), or a way to link one; then the customer. */
export function TicketOrderPanel({ ticket, action }: { ticket: TicketDetail; action: TicketAction }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const order = ticket.order;
  const locale = i18n.language;
  if (!order) return <LinkOrder ticket={ticket} action={action} />;
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  const onTicket = new Map(ticket.lines.map((l) => [l.lineNo, l.quantity]));
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="xs">
          <Anchor component={Link} to={`/orders/${order.id}`} fw={600}>
            {order.externalId}
          </Anchor>
          <Badge color={statusColor[order.status]} variant="light">
            {t(`orders.statusNames.${order.status}`)}
          </Badge>
        </Group>
        <Button component={Link} to={`/orders/${order.id}`} size="compact-sm" variant="light">
          {t('tickets.openOrder')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('tickets.placed', { at: formatDateTime(order.placedAt, locale, settings?.timezone) })} ·{' '}
        {[order.buyerName, order.buyerPhone].filter(Boolean).join(' · ')}
      </Text>
      <Text size="sm">
        {t('tickets.paidRefunded', {
          paid: money(order.totalPaidMinor),
          refunded: money(order.refundedMinor),
          refundable: money(order.refundableMinor),
        })}
      </Text>
      <Table fz="xs" aria-label={t('tickets.lines')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.line.sku')}</Table.Th>
            <Table.Th>{t('tickets.line.title')}</Table.Th>
            <Table.Th ta="right">{t('tickets.line.quantity')}</Table.Th>
            <Table.Th ta="right">{t('tickets.line.price')}</Table.Th>
            <Table.Th ta="right">{t('tickets.line.onTicket')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.lines.map((l) => (
            <Table.Tr key={l.lineNo}>
              <Table.Td>{l.skuCode ?? t('common.none')}</Table.Td>
              <Table.Td>{l.title}</Table.Td>
              <Table.Td ta="right">{l.quantity}</Table.Td>
              <Table.Td ta="right">{money(l.unitPriceMinor)}</Table.Td>
              <Table.Td ta="right">{onTicket.get(l.lineNo) ?? t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function TicketCustomer({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const c = ticket.customer;
  if (!c) {
    return (
      <Text size="sm" c="dimmed">
        {ticket.customerName ?? t('tickets.noCustomer')}
      </Text>
    );
  }
  return (
    <Group justify="space-between">
      <div>
        <Text fw={500}>{c.name ?? ticket.customerName ?? t('common.none')}</Text>
        <Text size="xs" c="dimmed">
          {[c.phone, c.email].filter(Boolean).join(' · ') || t('common.none')}
        </Text>
      </div>
      <Button component={Link} to={`/customers/${c.id}`} size="compact-sm" variant="light">
        {t('tickets.openCustomer')}
      </Button>
    </Group>
  );
}
