import { useState } from 'react';
import { Anchor, Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketDetail } from '../../../../shared/domain/ticket-views';
import {
  pendingReasons,
  ticketPriorities,
  ticketTransitions,
  ticketTypes,
  type PendingReason,
  type TicketPriority,
  type TicketType,
} from '../../../../shared/domain/tickets';
import { formatDateTime } from '../../../../shared/logic/money';
import { api } from '../../api';
import { useShop } from '../../shop-context';
import { PriorityBadge, StateBadge } from './ticket-badges';
import { isFinal, type TicketAction } from './use-ticket-action';

/** The number of the ticket this one was merged into, as its merged_into event recorded it. */
const mergedIntoNumber = (ticket: TicketDetail): string => {
  const event = ticket.events.findLast((e) => e.kind === 'merged_into');
  const to = event?.to as { number?: number } | undefined;
  return to?.number === undefined ? '—' : String(to.number);
};

interface Props {
  ticket: TicketDetail;
  action: TicketAction;
}

/** Ref, subject, state with only the transitions allowed from it (pending asks who it waits on), assignee, type, priority. */
export function TicketHeader({ ticket, action }: Props) {
  const { t, i18n } = useTranslation();
  const { staff, settings } = useShop();
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState<PendingReason>('customer');
  const final = isFinal(ticket);
  const allowed = ticketTransitions[ticket.state].filter((s) => s !== 'merged');
  // A pending ticket may also change who it waits on.
  const moves = ticket.state === 'pending' ? [...allowed, 'pending' as const] : allowed;
  const id = ticket.id;
  const acting = settings?.actingStaffId ?? null;

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>
            {t('tickets.ticketTitle', { number: ticket.number })} · {ticket.subject}
          </Title>
          <Text c="dimmed" size="sm">
            {ticket.storefrontName}
            {ticket.externalRef ? ` · ${t('tickets.externalRef', { ref: ticket.externalRef })}` : ''} ·{' '}
            {t('tickets.createdAt', {
              at: formatDateTime(ticket.createdAt, i18n.language, settings?.timezone),
            })}
          </Text>
        </div>
        <Group gap="xs">
          <StateBadge ticket={ticket} t={t} />
          <PriorityBadge priority={ticket.priority} t={t} />
        </Group>
      </Group>
      {ticket.state === 'merged' && ticket.mergedInto && (
        <Text size="sm">
          {t('tickets.mergedInto', { number: mergedIntoNumber(ticket) })} ·{' '}
          <Anchor component={Link} to={`/tickets/${ticket.mergedInto}`}>
            {t('tickets.openTarget')}
          </Anchor>
        </Text>
      )}
      <Group gap="xs" align="flex-end" wrap="wrap">
        {moves.length > 0 && (
          <Group gap={6} role="group" aria-label={t('tickets.moveTo')}>
            {moves.map((to) => (
              <Button
                key={to}
                size="xs"
                variant={to === 'resolved' ? 'filled' : 'light'}
                color={to === 'resolved' ? 'teal' : to === 'pending' ? 'yellow' : undefined}
                loading={action.busy === `to-${to}`}
                onClick={() =>
                  to === 'pending'
                    ? setAskReason(true)
                    : void action.run(`to-${to}`, () => api.tickets.transition({ id, to }))
                }
              >
                {t(`tickets.transitions.${to}`)}
              </Button>
            ))}
          </Group>
        )}
        <Select
          label={t('tickets.assignee')}
          size="xs"
          data={staff
            .filter((s) => !s.archived || s.id === ticket.assigneeId)
            .map((s) => ({ value: s.id, label: s.name }))}
          value={ticket.assigneeId}
          onChange={(assigneeId) => void action.run('assign', () => api.tickets.assign({ id, assigneeId }))}
          placeholder={t('tickets.unassigned')}
          clearable
          disabled={final}
          w={170}
        />
        {acting && ticket.assigneeId !== acting && !final && (
          <Button
            size="xs"
            variant="default"
            loading={action.busy === 'take'}
            onClick={() => void action.run('take', () => api.tickets.assign({ id, assigneeId: acting }))}
          >
            {t('tickets.takeIt')}
          </Button>
        )}
        <Select
          label={t('tickets.type')}
          size="xs"
          data={ticketTypes.map((v) => ({ value: v, label: t(`tickets.types.${v}`) }))}
          value={ticket.type}
          onChange={(v) =>
            v && void action.run('type', () => api.tickets.update({ id, type: v as TicketType }))
          }
          allowDeselect={false}
          disabled={final}
          w={150}
        />
        <Select
          label={t('tickets.priority')}
          size="xs"
          data={ticketPriorities.map((v) => ({ value: v, label: t(`tickets.priorities.${v}`) }))}
          value={ticket.priority}
          onChange={(v) =>
            v && void action.run('priority', () => api.tickets.update({ id, priority: v as TicketPriority }))
          }
          allowDeselect={false}
          disabled={final}
          w={120}
        />
      </Group>
      <Modal opened={askReason} onClose={() => setAskReason(false)} title={t('tickets.pendingTitle')}>
        <Stack>
          <Select
            label={t('tickets.pendingReason')}
            data={pendingReasons.map((r) => ({ value: r, label: t(`tickets.pendingReasons.${r}`) }))}
            value={reason}
            onChange={(v) => v && setReason(v as PendingReason)}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAskReason(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="yellow"
              loading={action.busy === 'to-pending'}
              onClick={() =>
                void action
                  .run('to-pending', () =>
                    api.tickets.transition({ id, to: 'pending', pendingReason: reason }),
                  )
                  .then((ok) => ok && setAskReason(false))
              }
            >
              {t('common.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
