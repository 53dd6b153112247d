/**
 * The shop calendar as the setup form edits it: a weekday's hours as one line of text ("09:00-12:00,
 * 13:30-18:00"), and checkCalendar's field paths ("week.mon[1].end") as words naming the row to fix.
 */
import type { TFunction } from 'i18next';
import type { WorkingInterval } from '../../../../shared/domain/tickets';
import type { CalendarProblem } from '../../../../shared/logic/working-calendar-check';
import { translateIssue } from '../../components/notify-error';

export const formatIntervals = (intervals: readonly WorkingInterval[]): string =>
  intervals.map((i) => `${i.start}-${i.end}`).join(', ');

/** Intervals of a weekday's text; undefined when a part is not "HH:mm-HH:mm" (checkCalendar judges the times). */
export function parseIntervals(text: string): WorkingInterval[] | undefined {
  const parts = text
    .split(/[,，;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const intervals: WorkingInterval[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2}:\d{2})\s*(?:-|–|—|~|至|到)\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) return undefined;
    const pad = (clock: string) => clock.padStart(5, '0');
    intervals.push({ start: pad(m[1]!), end: pad(m[2]!) });
  }
  return intervals;
}

/** One problem as "Monday, hours 2 end: must end after it starts", in the person's language. */
export function describeProblem(
  t: TFunction,
  problem: CalendarProblem,
  dates: { holidays: readonly string[]; extraWorkdays: readonly { date: string }[] },
): string {
  const message = translateIssue(problem.key);
  const week = /^week\.(\w+)\[(\d+)\]\.(start|end)$/.exec(problem.field);
  if (week) {
    const where = `${t(`ticketSetup.weekdays.${week[1]}`)}, ${t('ticketSetup.calendar.interval', {
      n: Number(week[2]) + 1,
    })} ${t(`ticketSetup.calendar.${week[3]}`)}`;
    return `${where}: ${message}`;
  }
  const holiday = /^holidays\[(\d+)\]$/.exec(problem.field);
  if (holiday)
    return `${t('ticketSetup.calendar.holidays')} ${dates.holidays[Number(holiday[1])] ?? ''}: ${message}`;
  const extra = /^extraWorkdays\[(\d+)\]/.exec(problem.field);
  if (extra)
    return `${t('ticketSetup.calendar.extraWorkdays')} ${dates.extraWorkdays[Number(extra[1])]?.date ?? ''}: ${message}`;
  if (problem.field === 'timeZone') return `${t('ticketSetup.calendar.timeZone')}: ${message}`;
  return `${t('ticketSetup.calendar.hours')}: ${message}`;
}
