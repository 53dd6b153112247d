/**
 * What is wrong with a shop calendar, each problem naming its field, so a settings form or an import can say
 * exactly what to fix. Keys follow the validation-key convention (translated by the renderer).
 */
import { weekdays, type ShopCalendar, type WorkingInterval } from '../domain/tickets';
import { dayNumber } from './zoned-wall-time';

export interface CalendarProblem {
  /** Path of the field: 'timeZone', 'week.mon[1].end', 'holidays[3]', 'extraWorkdays[0].date'. */
  field: string;
  key:
    | 'timeZone'
    | 'time'
    | 'intervalOrder'
    | 'intervalOverlap'
    | 'date'
    | 'duplicateDate'
    | 'holidayIsWorkday'
    | 'workdayWithoutHours'
    | 'noWorkingHours';
}

/** 'HH:mm' → minutes after midnight; '24:00' only where an interval ends. Null when malformed. */
export function parseClock(text: string, isEnd: boolean): number | null {
  if (isEnd && text === '24:00') return 1440;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function intervalProblems(field: string, intervals: readonly WorkingInterval[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  let previousEnd = -1;
  intervals.forEach((interval, i) => {
    const start = parseClock(interval.start, false);
    const end = parseClock(interval.end, true);
    if (start === null) problems.push({ field: `${field}[${i}].start`, key: 'time' });
    if (end === null) problems.push({ field: `${field}[${i}].end`, key: 'time' });
    if (start === null || end === null) return;
    if (end <= start) problems.push({ field: `${field}[${i}].end`, key: 'intervalOrder' });
    // Intervals are listed in the order of the day and never touch each other's time.
    else if (start < previousEnd) problems.push({ field: `${field}[${i}].start`, key: 'intervalOverlap' });
    previousEnd = Math.max(previousEnd, end);
  });
  return problems;
}

export function checkCalendar(calendar: ShopCalendar): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  if (!isTimeZone(calendar.timeZone)) problems.push({ field: 'timeZone', key: 'timeZone' });
  for (const day of weekdays) problems.push(...intervalProblems(`week.${day}`, calendar.week[day] ?? []));
  // Without any weekly hours a due moment could be searched for forever.
  if (weekdays.every((day) => (calendar.week[day] ?? []).length === 0))
    problems.push({ field: 'week', key: 'noWorkingHours' });

  const holidays = new Set<string>();
  calendar.holidays.forEach((date, i) => {
    if (dayNumber(date) === null) problems.push({ field: `holidays[${i}]`, key: 'date' });
    else if (holidays.has(date)) problems.push({ field: `holidays[${i}]`, key: 'duplicateDate' });
    holidays.add(date);
  });
  const workdays = new Set<string>();
  calendar.extraWorkdays.forEach((extra, i) => {
    const field = `extraWorkdays[${i}]`;
    if (dayNumber(extra.date) === null) problems.push({ field: `${field}.date`, key: 'date' });
    else if (workdays.has(extra.date)) problems.push({ field: `${field}.date`, key: 'duplicateDate' });
    else if (holidays.has(extra.date)) problems.push({ field: `${field}.date`, key: 'holidayIsWorkday' });
    workdays.add(extra.date);
    if (!weekdays.includes(extra.worksLike) || (calendar.week[extra.worksLike] ?? []).length === 0)
      problems.push({ field: `${field}.worksLike`, key: 'workdayWithoutHours' });
  });
  return problems;
}
