import { useState } from 'react';
import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { notifySuccess } from '../../components/notify-error';
import { notifyTicketError } from './use-ticket-action';
import { useShop } from '../../shop-context';

interface Props {
  ids: string[];
  onDone(): void;
}

/**
 * Assign or close the selected tickets. Both are all or nothing on the server: a refusal (a closed ticket in
 * the selection, an archived assignee) changes none of them and its message is shown as the API gives it.
 */
export function TicketBulkBar({ ids, onDone }: Props) {
  const { t } = useTranslation();
  const { staff } = useShop();
  const [assignee, setAssignee] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<{ changed: number }>, message: string) => {
    setBusy(true);
    try {
      const result = await work();
      notifySuccess(t(message, { count: result.changed }));
      onDone();
    } catch (err) {
      notifyTicketError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-blue-light)">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('tickets.selected', { count: ids.length })}
        </Text>
        <Group gap="xs">
          <Select
            aria-label={t('tickets.bulkAssignTo')}
            placeholder={t('tickets.bulkAssignTo')}
            data={staff.filter((s) => !s.archived).map((s) => ({ value: s.id, label: s.name }))}
            value={assignee}
            onChange={setAssignee}
            size="xs"
            w={180}
          />
          <Button
            size="xs"
            disabled={!assignee}
            loading={busy}
            onClick={() =>
              void run(() => api.tickets.bulkAssign({ ids, assigneeId: assignee }), 'tickets.bulkAssigned')
            }
          >
            {t('tickets.bulkAssign')}
          </Button>
          <Button
            size="xs"
            color="gray"
            variant="light"
            loading={busy}
            onClick={() =>
              modals.openConfirmModal({
                title: t('tickets.bulkClose'),
                children: <Text size="sm">{t('tickets.bulkCloseConfirm', { count: ids.length })}</Text>,
                labels: { confirm: t('tickets.bulkClose'), cancel: t('common.cancel') },
                onConfirm: () => void run(() => api.tickets.bulkClose({ ids }), 'tickets.bulkClosed'),
              })
            }
          >
            {t('tickets.bulkClose')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
