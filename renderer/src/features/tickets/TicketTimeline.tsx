import { Badge, Group, Paper, Text, Timeline } from '@mantine/core';
import {
  IconArrowMerge,
  IconCash,
  IconLink,
  IconMessage,
  IconNote,
  IconPackage,
  IconPencil,
  IconPoint,
  IconTag,
  IconUser,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TicketDetail, TicketEvent, TicketEventKind } from '../../../../shared/domain/ticket-views';
import { formatDateTime, formatMoney } from '../../../../shared/logic/money';
import { useShop } from '../../shop-context';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const units = (v: unknown): number =>
  (Array.isArray(obj(v).lines) ? (obj(v).lines as Obj[]) : []).reduce(
    (s, l) => s + Number(l.quantity ?? 0),
    0,
  );

const icons: Partial<Record<TicketEventKind, typeof IconPoint>> = {
  reply: IconMessage,
  note: IconNote,
  assigned: IconUser,
  tags: IconTag,
  edited: IconPencil,
  linked: IconLink,
  refund: IconCash,
  restocked: IconPackage,
  reshipped: IconPackage,
  merged_into: IconArrowMerge,
  merged_from: IconArrowMerge,
};

/** One event as a sentence in the person's language (what changed, from what to what). */
export function eventText(
  e: TicketEvent,
  ticket: TicketDetail,
  t: TFunction,
  locale: string,
  staffName: (id: string) => string,
): string {
  const state = (v: unknown) => {
    const o = obj(v);
    const name = t(`tickets.states.${String(o.state)}`);
    return o.pendingReason ? `${name} (${t(`tickets.pendingReasons.${String(o.pendingReason)}`)})` : name;
  };
  switch (e.kind) {
    case 'state':
      return t('tickets.events.state', { from: state(e.from), to: state(e.to) });
    case 'assigned':
      return typeof e.to === 'string'
        ? t('tickets.events.assigned', { to: staffName(e.to) })
        : t('tickets.events.unassignedEvent');
    case 'tags':
      return t('tickets.events.tags', { to: (Array.isArray(e.to) ? e.to : []).join(', ') || '—' });
    case 'root_cause':
      return t('tickets.events.root_cause', { to: e.to ? t(`tickets.rootCauses.${String(e.to)}`) : '—' });
    case 'edited':
      return t('tickets.events.edited', {
        fields: Object.entries(obj(e.to))
          .map(([k, v]) =>
            k === 'type'
              ? `${t('tickets.type')}: ${t(`tickets.types.${String(v)}`)}`
              : k === 'priority'
                ? `${t('tickets.priority')}: ${t(`tickets.priorities.${String(v)}`)}`
                : t(`tickets.${k === 'subject' ? 'subject' : 'description'}`),
          )
          .join(', '),
      });
    case 'linked': {
      const orderId = String(obj(e.to).orderId ?? '');
      return t('tickets.events.linked', {
        order: ticket.order?.id === orderId ? ticket.order.externalId : orderId,
      });
    }
    case 'refund': {
      const to = obj(e.to);
      return t('tickets.events.refund', {
        amount: formatMoney(Number(to.amountMinor ?? 0), String(to.currency ?? ticket.currency), locale),
      });
    }
    case 'goods_returned':
      return t('tickets.events.goods_returned', {
        to: t(e.to === true ? 'tickets.goodsReturnedYes' : 'tickets.goodsReturnedNo'),
      });
    case 'restocked':
      return t('tickets.events.restocked', { count: units(e.to) });
    case 'reshipped': {
      const tracking = obj(e.to).trackingNo;
      return t('tickets.events.reshipped', {
        count: units(e.to),
        tracking: tracking ? ` · ${String(tracking)}` : '',
      });
    }
    case 'merged_into':
    case 'merged_from':
      return t(`tickets.events.${e.kind}`, { number: String(obj(e.to).number ?? '') });
    default:
      return t(`tickets.events.${e.kind}`);
  }
}

/** Every event of the ticket, oldest first, with who and when; replies and internal notes show their text. */
export function TicketTimeline({ ticket }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation();
  const { staff, settings } = useShop();
  const staffName = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  return (
    <Timeline
      bulletSize={22}
      lineWidth={2}
      active={ticket.events.length - 1}
      aria-label={t('tickets.timeline')}
    >
      {ticket.events.map((e) => {
        const Icon = icons[e.kind] ?? IconPoint;
        const internal = e.kind === 'note';
        return (
          <Timeline.Item
            key={e.id}
            bullet={<Icon size={12} />}
            color={internal ? 'yellow' : e.kind === 'reply' ? 'blue' : 'gray'}
            title={
              <Group gap={6}>
                <Text size="sm" fw={500}>
                  {e.actorName ?? t('tickets.system')}
                </Text>
                <Text size="sm">{eventText(e, ticket, t, i18n.language, staffName)}</Text>
                {internal && (
                  <Badge size="xs" color="yellow" variant="filled">
                    {t('tickets.internal')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at, i18n.language, settings?.timezone)}
            </Text>
            {e.body && (
              <Paper
                mt={4}
                p="xs"
                radius="sm"
                withBorder
                bg={internal ? 'var(--mantine-color-yellow-light)' : 'var(--mantine-color-blue-light)'}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.body}
                </Text>
              </Paper>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
