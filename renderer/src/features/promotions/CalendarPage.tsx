import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { CampaignSummary } from '../../../../shared/domain/promotions';
import { localDate } from '../../../../shared/logic/dates';
import { formatDate } from '../../../../shared/logic/money';
import { isMonth } from '../../../../shared/logic/months';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { useShop } from '../../shop-context';
import { calendarRange, calendarViews, stepRange, type CalendarView } from './calendar-layout';
import { CalendarGrid } from './CalendarGrid';
import { shiftWindow, windowDays } from './campaign-time';

/** /promotions/calendar?view=month|quarter&month=YYYY-MM — campaigns per storefront with the festivals marked. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { settings, storefronts } = useShop();
  const [params, setParams] = useSearchParams();
  const timeZone = settings?.timezone ?? 'Asia/Shanghai';
  const today = localDate(new Date().toISOString(), timeZone);
  const view: CalendarView = (calendarViews as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as CalendarView)
    : 'month';
  const asked = params.get('month') ?? '';
  const range = calendarRange(view, isMonth(asked) ? asked : today.slice(0, 7));
  const list = useApiQuery(
    () => api.promotions.list({ from: range.from, to: range.to }),
    [range.from, range.to],
    'promotions',
  );
  const campaigns = (list.data ?? []).filter((c) => c.state !== 'cancelled');
  const rows = storefronts.filter(
    (s) => !s.archived || campaigns.some((c) => c.storefrontIds.includes(s.id)),
  );
  const go = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(changes)) next.set(k, v);
        return next;
      },
      { replace: true },
    );

  const move = async (c: CampaignSummary, days: number) => {
    const next = shiftWindow(c.startAt, c.endAt, days, timeZone);
    try {
      await api.promotions.move({ id: c.id, ...next });
      const d = windowDays(next.startAt, next.endAt, timeZone);
      notifySuccess(
        t('promoCalendar.moved', {
          name: c.name,
          from: formatDate(d.first, i18n.language),
          to: formatDate(d.last, i18n.language),
        }),
      );
      await list.reload();
    } catch (err) {
      // Refused (below floor, ended, a role without rights): the bar snaps back and the message says why.
      notifyError(err);
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={4}>{t('promoCalendar.title')}</Title>
            <Text size="xs" c="dimmed">
              {t('promoCalendar.hint')} {t('promoCalendar.moveHint')}
            </Text>
          </div>
          <Group gap="xs">
            <SegmentedControl
              aria-label={t('promoCalendar.title')}
              data={calendarViews.map((v) => ({ value: v, label: t(`promoCalendar.views.${v}`) }))}
              value={view}
              onChange={(v) => go({ view: v })}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('promoCalendar.previous')}
              onClick={() => go({ month: stepRange(range, -1) })}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
            <Button variant="default" onClick={() => go({ month: today.slice(0, 7) })}>
              {t('promoCalendar.today')}
            </Button>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('promoCalendar.next')}
              onClick={() => go({ month: stepRange(range, 1) })}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Group>
        </Group>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('promoCalendar.noStorefronts')}</Text>
        ) : (
          <CalendarGrid
            range={range}
            storefronts={rows}
            campaigns={campaigns}
            today={today}
            timeZone={timeZone}
            onMove={move}
            onOpen={(c) => void navigate(`/promotions/${c.id}`)}
          />
        )}
      </Stack>
    </Paper>
  );
}
