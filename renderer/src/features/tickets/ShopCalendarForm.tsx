import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  weekdays,
  type ExtraWorkday,
  type ShopCalendar,
  type Weekday,
  type WorkingInterval,
} from '../../../../shared/domain/tickets';
import { checkCalendar } from '../../../../shared/logic/working-calendar-check';
import { CalendarDateList } from './CalendarDateList';
import { describeProblem, formatIntervals, parseIntervals } from './calendar-text';

/** What the form sends: a ShopCalendar with plain arrays, as the saveSetup schema takes it. */
export interface CalendarDraft {
  timeZone: string;
  week: Record<Weekday, WorkingInterval[]>;
  holidays: string[];
  extraWorkdays: ExtraWorkday[];
}

/**
 * Working weekdays and hours, holidays and 调休 make-up days, and the zone the hours are in. Checked here
 * with the same checkCalendar the core runs, so every problem names its row before anything is sent.
 */
export function ShopCalendarForm({
  calendar,
  readOnly,
  onSave,
}: {
  calendar: ShopCalendar;
  readOnly: boolean;
  onSave(calendar: CalendarDraft): Promise<void>;
}) {
  const { t } = useTranslation();
  const [timeZone, setTimeZone] = useState(calendar.timeZone);
  const [hours, setHours] = useState<Record<Weekday, string>>(
    () =>
      Object.fromEntries(weekdays.map((d) => [d, formatIntervals(calendar.week[d])])) as Record<
        Weekday,
        string
      >,
  );
  const [holidays, setHolidays] = useState<string[]>([...calendar.holidays]);
  const [extraWorkdays, setExtraWorkdays] = useState<ExtraWorkday[]>([...calendar.extraWorkdays]);
  const [worksLike, setWorksLike] = useState<Weekday>('mon');
  const [saving, setSaving] = useState(false);

  const week = Object.fromEntries(weekdays.map((d) => [d, parseIntervals(hours[d])])) as Record<
    Weekday,
    ReturnType<typeof parseIntervals>
  >;
  const unreadable = weekdays.filter((d) => week[d] === undefined);
  const draft: CalendarDraft = {
    timeZone: timeZone.trim(),
    week: Object.fromEntries(weekdays.map((d) => [d, week[d] ?? []])) as CalendarDraft['week'],
    holidays,
    extraWorkdays,
  };
  const problems = [
    ...unreadable.map((d) => `${t(`ticketSetup.weekdays.${d}`)}: ${t('ticketSetup.calendar.badHours')}`),
    ...checkCalendar(draft).map((p) => describeProblem(t, p, draft)),
  ];

  const addHoliday = (date: string) => setHolidays((list) => [...new Set([...list, date])].sort());
  // A make-up day added again replaces the earlier one (it can work like another weekday now).
  const addExtra = (date: string) =>
    setExtraWorkdays((list) =>
      [...list.filter((e) => e.date !== date), { date, worksLike }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    );
  const save = async () => {
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('ticketSetup.calendar.title')}>
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('ticketSetup.calendar.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('ticketSetup.calendar.hint')}
          </Text>
        </div>
        <TextInput
          label={t('ticketSetup.calendar.timeZone')}
          value={timeZone}
          readOnly={readOnly}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
          w={260}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('ticketSetup.calendar.hours')}{' '}
            <Text span size="xs" c="dimmed">
              {t('ticketSetup.calendar.hoursHint')}
            </Text>
          </Text>
          {weekdays.map((d) => (
            <Group key={d} gap="sm" wrap="nowrap">
              <Text size="sm" w={90}>
                {t(`ticketSetup.weekdays.${d}`)}
              </Text>
              <TextInput
                size="xs"
                w={280}
                aria-label={`${t(`ticketSetup.weekdays.${d}`)} ${t('ticketSetup.calendar.hours')}`}
                value={hours[d]}
                readOnly={readOnly}
                error={week[d] === undefined}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  setHours((h) => ({ ...h, [d]: next }));
                }}
              />
            </Group>
          ))}
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CalendarDateList
            title={t('ticketSetup.calendar.holidays')}
            empty={t('ticketSetup.calendar.noHolidays')}
            dates={holidays.map((date) => ({ date, label: date }))}
            readOnly={readOnly}
            inputLabel={t('ticketSetup.calendar.holidayDate')}
            placeholder="2026-10-01"
            addLabel={t('ticketSetup.calendar.addHoliday')}
            onAdd={addHoliday}
            onRemove={(date) => setHolidays((list) => list.filter((x) => x !== date))}
          />
          <CalendarDateList
            title={t('ticketSetup.calendar.extraWorkdays')}
            empty={t('ticketSetup.calendar.noExtraWorkdays')}
            dates={extraWorkdays.map((e) => ({
              date: e.date,
              label: `${e.date} → ${t(`ticketSetup.weekdays.${e.worksLike}`)}`,
            }))}
            color="grape"
            readOnly={readOnly}
            inputLabel={t('ticketSetup.calendar.extraDate')}
            placeholder="2026-09-28"
            addLabel={t('ticketSetup.calendar.addExtra')}
            onAdd={addExtra}
            onRemove={(date) => setExtraWorkdays((list) => list.filter((x) => x.date !== date))}
          >
            <Select
              size="xs"
              w={120}
              aria-label={t('ticketSetup.calendar.worksLike')}
              value={worksLike}
              allowDeselect={false}
              onChange={(v) => v && setWorksLike(v as Weekday)}
              data={weekdays.map((d) => ({ value: d, label: t(`ticketSetup.weekdays.${d}`) }))}
            />
          </CalendarDateList>
        </SimpleGrid>
        {problems.length > 0 && (
          <Alert color="red" title={t('ticketSetup.calendar.problems')}>
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {!readOnly && (
          <Group justify="flex-end">
            <Button onClick={() => void save()} disabled={problems.length > 0} loading={saving}>
              {t('ticketSetup.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
