import { Badge, Group, Text } from '@mantine/core';
import { IconAlarm, IconClockExclamation } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { TicketSummary } from '../../../../shared/domain/ticket-views';
import type { TicketPriority, TicketState } from '../../../../shared/domain/tickets';
import { formatDateTime } from '../../../../shared/logic/money';

export const stateColor: Record<TicketState, string> = {
  new: 'blue',
  open: 'cyan',
  pending: 'yellow',
  resolved: 'teal',
  closed: 'gray',
  merged: 'gray',
};

export const priorityColor: Record<TicketPriority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

/** "2 h 05 min" of working time; the sign is the caller's business (remaining vs overdue). */
export function workingTime(ms: number, t: TFunction): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? t('tickets.hours', { h, m: String(m).padStart(2, '0') }) : t('tickets.minutes', { m });
}

export function StateBadge({
  ticket,
  t,
}: {
  ticket: Pick<TicketSummary, 'state' | 'pendingReason'>;
  t: TFunction;
}) {
  return (
    <Badge color={stateColor[ticket.state]} variant="light" style={{ textTransform: 'none' }}>
      {t(`tickets.states.${ticket.state}`)}
      {ticket.state === 'pending' && ticket.pendingReason
        ? ` · ${t(`tickets.pendingReasons.${ticket.pendingReason}`)}`
        : ''}
    </Badge>
  );
}

export function PriorityBadge({ priority, t }: { priority: TicketPriority; t: TFunction }) {
  return (
    <Badge color={priorityColor[priority]} variant={priority === 'urgent' ? 'filled' : 'outline'}>
      {t(`tickets.priorities.${priority}`)}
    </Badge>
  );
}

/** The nearest running deadline of a ticket: whichever clock is still running and due first. */
export function nextDue(ticket: TicketSummary): string | null {
  const running = [ticket.sla.firstResponse, ticket.sla.resolution].filter((c) => c && c.stoppedAt === null);
  const due = running.map((c) => c!.dueAt).sort();
  return due[0] ?? null;
}

/**
 * The SLA cell: an "Overdue" (red) or "Due soon" (orange) badge with an icon and a word, never colour alone,
 * then the due moment in the shop's zone.
 */
export function SlaFlag({
  ticket,
  t,
  locale,
  timeZone,
}: {
  ticket: TicketSummary;
  t: TFunction;
  locale: string;
  timeZone: string | undefined;
}) {
  const due = nextDue(ticket);
  return (
    <Group gap={4} wrap="nowrap">
      {ticket.flag === 'overdue' && (
        <Badge color="red" variant="filled" leftSection={<IconClockExclamation size={12} />}>
          {t('tickets.flag.overdue')}
        </Badge>
      )}
      {ticket.flag === 'due_soon' && (
        <Badge color="orange" variant="light" leftSection={<IconAlarm size={12} />}>
          {t('tickets.flag.due_soon')}
        </Badge>
      )}
      {due && ticket.state !== 'pending' && (
        <Text size="xs" c="dimmed" truncate>
          {t('tickets.dueIn', { at: formatDateTime(due, locale, timeZone) })}
        </Text>
      )}
    </Group>
  );
}
