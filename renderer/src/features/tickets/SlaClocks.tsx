import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../../shared/domain/ticket-views';
import type { SlaClock, SlaClockState } from '../../../../shared/domain/tickets';
import { formatDateTime } from '../../../../shared/logic/money';
import { useShop } from '../../shop-context';
import { workingTime } from './ticket-badges';

const clockColor: Record<SlaClockState, string> = {
  met: 'teal',
  breached: 'red',
  due_soon: 'orange',
  running: 'blue',
  paused: 'yellow',
};

function Clock({ label, clock }: { label: string; clock: SlaClock | null }) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const when = (iso: string) => formatDateTime(iso, i18n.language, settings?.timezone);
  if (!clock) {
    return (
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {t('tickets.noTarget')}
        </Text>
      </div>
    );
  }
  return (
    <div role="group" aria-label={label}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Badge color={clockColor[clock.state]} variant={clock.state === 'breached' ? 'filled' : 'light'}>
          {t(`tickets.clockState.${clock.state}`)}
        </Badge>
      </Group>
      <Text size="xs">
        {clock.stoppedAt
          ? t('tickets.stoppedAt', { at: when(clock.stoppedAt) })
          : t('tickets.dueAt', { at: when(clock.dueAt) })}
      </Text>
      <Text size="xs" c={clock.remainingMs < 0 ? 'red' : 'dimmed'}>
        {clock.remainingMs < 0
          ? t('tickets.overdueBy', { time: workingTime(clock.remainingMs, t) })
          : t('tickets.remaining', { time: workingTime(clock.remainingMs, t) })}
      </Text>
    </div>
  );
}

/** Both SLA clocks in working time of the shop calendar; pending pauses them (the due moment moves on). */
export function SlaClocks({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Clock label={t('tickets.firstResponse')} clock={ticket.sla.firstResponse} />
      <Clock label={t('tickets.resolution')} clock={ticket.sla.resolution} />
      {ticket.state === 'pending' && (
        <Text size="xs" c="dimmed">
          {t('tickets.pausedNote')}
        </Text>
      )}
    </Stack>
  );
}
