import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TicketLookup } from '../../../../shared/domain/ticket-views';
import {
  ticketPriorities,
  ticketTypes,
  type TicketPriority,
  type TicketType,
} from '../../../../shared/domain/tickets';
import { formatDateTime } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useShop } from '../../shop-context';

/** An order the ticket is about, with its lines (from the order page, or looked up here). */
export interface OrderChoice {
  id: string;
  externalId: string;
  storefrontName: string;
  customerId: string | null;
  lines: { lineNo: number; title: string; skuCode: string | null; quantity: number }[];
}

interface Props {
  onClose(): void;
  /** Opened from an order's page: the order is chosen already. */
  order?: OrderChoice;
}

type Found = TicketLookup['orders'][number];

/**
 * A ticket by hand (storefront) or about an order or customer found by order id, phone or name
 * (tickets.lookup). Mounted only while open, so every opening starts empty (or from the order given).
 */
export function NewTicketDialog({ onClose, order: given }: Props) {
  const { t, i18n } = useTranslation();
  const { storefronts, settings } = useShop();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<TicketLookup>();
  const [order, setOrder] = useState<OrderChoice | undefined>(given);
  const [customer, setCustomer] = useState<{ id: string; name: string | null }>();
  const [storefrontId, setStorefrontId] = useState<string | null>(null);
  const [type, setType] = useState<TicketType>('return');
  const [priority, setPriority] = useState<TicketPriority>('normal');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [lines, setLines] = useState<Record<number, number>>({});
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!query.trim()) return;
    try {
      setFound(await api.tickets.lookup({ query: query.trim() }));
    } catch (err) {
      notifyError(err);
    }
  };
  const chooseOrder = async (o: Found) => {
    try {
      const detail = await api.orders.get({ id: o.id });
      setOrder({
        id: o.id,
        externalId: o.externalId,
        storefrontName: o.storefrontName,
        customerId: o.customerId,
        lines: detail.lines.map((l) => ({
          lineNo: l.lineNo,
          title: l.title,
          skuCode: l.skuCode,
          quantity: l.quantity,
        })),
      });
      setLines({});
    } catch (err) {
      notifyError(err);
    }
  };

  const create = async () => {
    setBusy(true);
    try {
      const chosenLines = Object.entries(lines).map(([lineNo, quantity]) => ({
        lineNo: Number(lineNo),
        quantity,
      }));
      const ticket = await api.tickets.create({
        ...(order ? { orderId: order.id } : { storefrontId: storefrontId ?? undefined }),
        ...(customer ? { customerId: customer.id } : {}),
        type,
        priority,
        subject,
        description: description.trim() || null,
        ...(order && chosenLines.length ? { lines: chosenLines } : {}),
      });
      notifySuccess(t('tickets.created', { number: ticket.number }));
      onClose();
      void navigate(`/tickets/${ticket.id}`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('tickets.createTitle')} size="lg">
      <Stack>
        {order ? (
          <Group justify="space-between">
            <Text fw={500}>
              {t('tickets.chosenOrder', { id: order.externalId, storefront: order.storefrontName })}
            </Text>
            {!given && (
              <Button variant="subtle" size="xs" onClick={() => setOrder(undefined)}>
                {t('tickets.clearChoice')}
              </Button>
            )}
          </Group>
        ) : (
          <>
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('tickets.findOrder')}
                placeholder={t('tickets.findOrderHint')}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Enter' && void find()}
                style={{ flex: 1 }}
              />
              <Button variant="default" leftSection={<IconSearch size={16} />} onClick={() => void find()}>
                {t('tickets.findButton')}
              </Button>
            </Group>
            {found && found.orders.length + found.customers.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('tickets.noFound')}
              </Text>
            )}
            {found && found.orders.length > 0 && (
              <Stack gap={4} role="list" aria-label={t('tickets.foundOrders')}>
                {found.orders.map((o) => (
                  <UnstyledButton key={o.id} role="listitem" onClick={() => void chooseOrder(o)}>
                    <Text size="sm">
                      <b>{o.externalId}</b> · {o.storefrontName} · {o.buyerName ?? '—'} ·{' '}
                      {formatDateTime(o.placedAt, i18n.language, settings?.timezone)}
                    </Text>
                  </UnstyledButton>
                ))}
              </Stack>
            )}
            {found && found.customers.length > 0 && !customer && (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t('tickets.foundCustomers')}:
                </Text>
                {found.customers.map((c) => (
                  <Button key={c.id} size="compact-sm" variant="light" onClick={() => setCustomer(c)}>
                    {c.name ?? c.phone ?? c.id}
                  </Button>
                ))}
              </Group>
            )}
            {customer && (
              <Group justify="space-between">
                <Text size="sm">{t('tickets.chosenCustomer', { name: customer.name ?? customer.id })}</Text>
                <Button variant="subtle" size="xs" onClick={() => setCustomer(undefined)}>
                  {t('tickets.clearChoice')}
                </Button>
              </Group>
            )}
            <Select
              label={t('tickets.byHand')}
              data={storefronts.filter((s) => !s.archived).map((s) => ({ value: s.id, label: s.name }))}
              value={storefrontId}
              onChange={setStorefrontId}
              searchable
            />
          </>
        )}
        <Group grow>
          <Select
            label={t('tickets.type')}
            data={ticketTypes.map((v) => ({ value: v, label: t(`tickets.types.${v}`) }))}
            value={type}
            onChange={(v) => v && setType(v as TicketType)}
            allowDeselect={false}
          />
          <Select
            label={t('tickets.priority')}
            data={ticketPriorities.map((v) => ({ value: v, label: t(`tickets.priorities.${v}`) }))}
            value={priority}
            onChange={(v) => v && setPriority(v as TicketPriority)}
            allowDeselect={false}
          />
        </Group>
        <TextInput
          label={t('tickets.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('tickets.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          rows={2}
        />
        {order && order.lines.length > 0 && (
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('tickets.linesOptional')}
            </Text>
            <Table fz="sm">
              <Table.Tbody>
                {order.lines.map((l) => {
                  const on = lines[l.lineNo] !== undefined;
                  return (
                    <Table.Tr key={l.lineNo}>
                      <Table.Td w={36}>
                        <Checkbox
                          aria-label={l.title}
                          checked={on}
                          onChange={(e) => {
                            const next = { ...lines };
                            if (e.currentTarget.checked) next[l.lineNo] = l.quantity;
                            else delete next[l.lineNo];
                            setLines(next);
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        {l.skuCode ? `${l.skuCode} · ` : ''}
                        {l.title}
                      </Table.Td>
                      <Table.Td w={110}>
                        <NumberInput
                          aria-label={`${t('tickets.quantity')} ${l.title}`}
                          size="xs"
                          min={1}
                          max={l.quantity}
                          disabled={!on}
                          value={lines[l.lineNo] ?? l.quantity}
                          onChange={(v) => on && setLines({ ...lines, [l.lineNo]: Number(v) || 1 })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void create()} loading={busy}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
