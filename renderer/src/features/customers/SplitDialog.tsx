import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../../shared/domain/customers';
import { formatDateTime, formatMoney } from '../../../../shared/logic/money';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';

interface Props {
  customer: CustomerDetail;
  opened: boolean;
  timeZone?: string;
  onClose(): void;
  /** Called with the new customer's id. */
  onSplit(customerId: string): void;
}

/** Chooses orders of this page to move to a new customer (customers.split); at least one order must stay. */
export function SplitDialog({ customer, opened, timeZone, onClose, onSplit }: Props) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const orders = customer.orderPage.rows;
  const everything = chosen.size >= customer.orderPage.total;

  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const split = async () => {
    setBusy(true);
    try {
      const result = await api.customers.split({ customerId: customer.id, orderIds: [...chosen] });
      notifySuccess(t('customers.splitDone', { orders: result.ordersMoved }));
      setChosen(new Set());
      onSplit(result.customer.id);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.splitTitle')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('customers.splitHint')}
        </Text>
        <Stack gap={6}>
          {orders.map((o) => (
            <Checkbox
              key={o.id}
              checked={chosen.has(o.id)}
              onChange={() => toggle(o.id)}
              label={[
                o.externalId,
                o.storefrontName,
                formatDateTime(o.placedAt, i18n.language, timeZone),
                formatMoney(o.amountMinor, o.currency, i18n.language),
                o.buyerName,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={chosen.size === 0 || everything} loading={busy} onClick={() => void split()}>
            {t('customers.splitConfirm', { count: chosen.size })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
