import { useState } from 'react';
import {
  Button,
  Checkbox,
  Divider,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../../shared/domain/ticket-views';
import { currencyExponent, formatDateTime, formatMoney, toMinor } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { useShop } from '../../shop-context';
import { isFinal, type TicketAction } from './use-ticket-action';

type Picked = Record<number, number>;

/** Which order lines (and how many of each) a restock or reship moves; starts from the ticket's own lines. */
function LinePicker({
  ticket,
  value,
  onChange,
  label,
}: {
  ticket: TicketDetail;
  value: Picked;
  onChange(v: Picked): void;
  label: string;
}) {
  const { t } = useTranslation();
  const lines = ticket.order?.lines ?? [];
  return (
    <Table fz="xs" aria-label={label}>
      <Table.Tbody>
        {lines.map((l) => {
          const on = value[l.lineNo] !== undefined;
          return (
            <Table.Tr key={l.lineNo}>
              <Table.Td w={30}>
                <Checkbox
                  size="xs"
                  aria-label={`${label}: ${l.title}`}
                  checked={on}
                  onChange={(e) => {
                    const next = { ...value };
                    if (e.currentTarget.checked) next[l.lineNo] = l.quantity;
                    else delete next[l.lineNo];
                    onChange(next);
                  }}
                />
              </Table.Td>
              <Table.Td>
                {l.skuCode ? `${l.skuCode} · ` : ''}
                {l.title}
              </Table.Td>
              <Table.Td w={90}>
                <NumberInput
                  size="xs"
                  aria-label={`${t('tickets.quantity')} ${l.title}`}
                  min={1}
                  max={l.quantity}
                  disabled={!on}
                  value={value[l.lineNo] ?? l.quantity}
                  onChange={(v) => on && onChange({ ...value, [l.lineNo]: Number(v) || 1 })}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

const asLines = (picked: Picked) =>
  Object.entries(picked).map(([lineNo, quantity]) => ({ lineNo: Number(lineNo), quantity }));

/**
 * Refund (typed in the order's currency, sent in minor units), goods returned yes/no, restock on receipt and a
 * zero-price reship. All need the order; the server checks amounts and lines and refuses with a message.
 */
export function ResolutionPanel({ ticket, action }: { ticket: TicketDetail; action: TicketAction }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const initial = Object.fromEntries(ticket.lines.map((l) => [l.lineNo, l.quantity])) as Picked;
  const [amount, setAmount] = useState('');
  const [restockLines, setRestockLines] = useState<Picked>(initial);
  const [reshipLines, setReshipLines] = useState<Picked>(initial);
  const [tracking, setTracking] = useState('');
  const order = ticket.order;
  if (!order) {
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.needsOrder')}
      </Text>
    );
  }
  const final = isFinal(ticket);
  const currency = order.currency;
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const id = ticket.id;

  const refund = () => {
    const minor = toMinor(amount, currency);
    if (minor === null || minor <= 0) {
      notifyError(new Error(t('tickets.refundInvalid', { digits: currencyExponent(currency) })));
      return;
    }
    void action
      .run(
        'refund',
        () => api.tickets.refund({ id, amountMinor: minor }),
        t('tickets.refundDone', { amount: money(minor) }),
      )
      .then((ok) => ok && setAmount(''));
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('tickets.refundAmount', { currency })}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          inputMode="decimal"
          disabled={final}
          style={{ flex: 1 }}
        />
        <Button
          color="red"
          variant="light"
          disabled={final || !amount.trim()}
          loading={action.busy === 'refund'}
          onClick={refund}
        >
          {t('tickets.refundButton')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('tickets.refundedSoFar', { amount: money(ticket.refundMinor) })} ·{' '}
        {t('tickets.paidRefunded', {
          paid: money(order.totalPaidMinor),
          refunded: money(order.refundedMinor),
          refundable: money(order.refundableMinor),
        })}
      </Text>
      <Divider />
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('tickets.goodsReturned')}
        </Text>
        <SegmentedControl
          aria-label={t('tickets.goodsReturned')}
          size="xs"
          disabled={final}
          value={ticket.goodsReturned === null ? '' : ticket.goodsReturned ? 'yes' : 'no'}
          onChange={(v) =>
            void action.run('returned', () => api.tickets.setGoodsReturned({ id, returned: v === 'yes' }))
          }
          data={[
            { value: 'yes', label: t('tickets.goodsReturnedYes') },
            { value: 'no', label: t('tickets.goodsReturnedNo') },
          ]}
        />
      </Group>
      {ticket.goodsReturned && (
        <div>
          <Text size="sm" fw={500}>
            {t('tickets.restock')}
          </Text>
          {ticket.restockedAt ? (
            <Text size="xs" c="teal">
              {t('tickets.restocked', {
                at: formatDateTime(ticket.restockedAt, i18n.language, settings?.timezone),
              })}
            </Text>
          ) : (
            <>
              <LinePicker
                ticket={ticket}
                value={restockLines}
                onChange={setRestockLines}
                label={t('tickets.restock')}
              />
              <Group justify="flex-end">
                <Button
                  size="xs"
                  disabled={final}
                  loading={action.busy === 'restock'}
                  onClick={() => {
                    const lines = asLines(restockLines);
                    void action.run('restock', () =>
                      api.tickets.restock({ id, ...(lines.length ? { lines } : {}) }),
                    );
                  }}
                >
                  {t('tickets.restockButton')}
                </Button>
              </Group>
            </>
          )}
        </div>
      )}
      <Divider />
      <div>
        <Text size="sm" fw={500}>
          {t('tickets.reship')}
        </Text>
        <LinePicker
          ticket={ticket}
          value={reshipLines}
          onChange={setReshipLines}
          label={t('tickets.reship')}
        />
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('tickets.trackingNo')}
            size="xs"
            value={tracking}
            onChange={(e) => setTracking(e.currentTarget.value)}
            disabled={final}
            style={{ flex: 1 }}
          />
          <Button
            size="xs"
            variant="light"
            disabled={final}
            loading={action.busy === 'reship'}
            onClick={() => {
              const lines = asLines(reshipLines);
              void action
                .run(
                  'reship',
                  () =>
                    api.tickets.reship({
                      id,
                      ...(lines.length ? { lines } : {}),
                      trackingNo: tracking.trim() || null,
                    }),
                  t('tickets.reshipDone'),
                )
                .then((ok) => ok && setTracking(''));
            }}
          >
            {t('tickets.reshipButton')}
          </Button>
        </Group>
      </div>
    </Stack>
  );
}
