import { useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrderDetail } from '../../../../shared/domain/order-detail';
import { formatDateTime, formatMoney } from '../../../../shared/logic/money';
import { useShop } from '../../shop-context';
import { NewTicketDialog } from './NewTicketDialog';
import { StateBadge } from './ticket-badges';

/** The order page's "Linked tickets": each ticket about the order, and a new one prefilled from it. */
export function OrderTicketsSection({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const [creating, setCreating] = useState(false);
  const title = t('tickets.orderSection');
  return (
    <Card withBorder radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{title}</Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setCreating(true)}
        >
          {t('tickets.createFromOrder')}
        </Button>
      </Group>
      {order.tickets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tickets.orderNoTickets')}
        </Text>
      ) : (
        <Stack gap={6}>
          {order.tickets.map((ticket) => (
            <Group key={ticket.id} gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/tickets/${ticket.id}`} fw={600}>
                #{ticket.number}
              </Anchor>
              <StateBadge ticket={{ state: ticket.state, pendingReason: null }} t={t} />
              <Text size="sm">{t(`tickets.types.${ticket.type}`)}</Text>
              <Text size="sm" truncate style={{ flex: 1 }}>
                {ticket.subject}
              </Text>
              {ticket.refundMinor > 0 && (
                <Text size="sm" c="red">
                  {t('tickets.refundOnTicket', {
                    amount: formatMoney(ticket.refundMinor, order.currency, i18n.language),
                  })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(ticket.createdAt, i18n.language, settings?.timezone)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {creating && (
        <NewTicketDialog
          onClose={() => setCreating(false)}
          order={{
            id: order.id,
            externalId: order.externalId,
            storefrontName: order.storefront.name,
            customerId: order.customer?.id ?? null,
            lines: order.lines.map((l) => ({
              lineNo: l.lineNo,
              title: l.title,
              skuCode: l.skuCode,
              quantity: l.quantity,
            })),
          }}
        />
      )}
    </Card>
  );
}
