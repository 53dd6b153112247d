import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketSetupPatch } from '../../../../shared/api/schemas/tickets';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { CannedRepliesAdmin } from './CannedRepliesAdmin';
import { QueueThresholdsForm } from './QueueThresholdsForm';
import { ShopCalendarForm } from './ShopCalendarForm';
import { SlaPolicyGrid } from './SlaPolicyGrid';
import { useCanEditSetup } from './use-can-edit-setup';

/**
 * /tickets/setup: SLA targets per type × priority, the shop calendar, queue thresholds and canned replies.
 * Each section saves its own part (saveSetup takes any of them) and is keyed by what was saved, so it starts
 * afresh from the stored setup after a save or a change made elsewhere.
 */
export function TicketSetupPage() {
  const { t } = useTranslation();
  const canEdit = useCanEditSetup();
  const setup = useApiQuery(() => api.tickets.setup(), [], 'tickets');

  const save = async (patch: TicketSetupPatch) => {
    try {
      await api.tickets.saveSetup(patch);
      notifySuccess(t('ticketSetup.saved'));
      await setup.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  const data = setup.data;
  return (
    <Stack>
      <div>
        <Title order={2}>{t('ticketSetup.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('ticketSetup.subtitle')}
        </Text>
      </div>
      {!canEdit && <Alert color="gray">{t('ticketSetup.readOnly')}</Alert>}
      {!data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <SlaPolicyGrid
            key={JSON.stringify(data.rules)}
            rules={data.rules}
            readOnly={!canEdit}
            onSave={(rules) => save({ rules })}
          />
          <ShopCalendarForm
            key={JSON.stringify(data.calendar)}
            calendar={data.calendar}
            readOnly={!canEdit}
            onSave={(calendar) => save({ calendar })}
          />
          <QueueThresholdsForm
            key={JSON.stringify([data.dueSoon, data.pendingTooLongHours])}
            dueSoon={data.dueSoon}
            pendingTooLongHours={data.pendingTooLongHours}
            readOnly={!canEdit}
            onSave={(patch) => save(patch)}
          />
          {/* Agents write the replies they paste; the policy above stays the owner's. */}
          <CannedRepliesAdmin />
        </>
      )}
    </Stack>
  );
}
