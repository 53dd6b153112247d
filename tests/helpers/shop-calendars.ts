/** Shop calendars the SLA and working-calendar tests share, with hours written the way a shop would set them. */
import type { ShopCalendar, Weekday, WorkingInterval } from '../../shared/domain/tickets';

type Week = Record<Weekday, WorkingInterval[]>;

export function weekOf(weekdayHours: WorkingInterval[], weekend: WorkingInterval[] = []): Week {
  return {
    mon: weekdayHours,
    tue: weekdayHours,
    wed: weekdayHours,
    thu: weekdayHours,
    fri: weekdayHours,
    sat: weekend,
    sun: weekend,
  };
}

export const nineToSix: WorkingInterval[] = [{ start: '09:00', end: '18:00' }];
export const withLunch: WorkingInterval[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];

export function calendar(
  timeZone: string,
  weekdayHours: WorkingInterval[],
  extra: Partial<ShopCalendar> = {},
): ShopCalendar {
  return { timeZone, week: weekOf(weekdayHours), holidays: [], extraWorkdays: [], ...extra };
}

/** Asia/Shanghai, Monday–Friday 09:00–18:00. */
export const shanghai = calendar('Asia/Shanghai', nineToSix);
/** Asia/Shanghai with a lunch break 12:00–13:30. */
export const shanghaiLunch = calendar('Asia/Shanghai', withLunch);
export const newYork = calendar('America/New_York', nineToSix);
/** Open around the clock, every day: working time is plain elapsed time, which shows DST day lengths. */
export const newYorkAllDay = calendar('America/New_York', [{ start: '00:00', end: '24:00' }], {
  week: weekOf([{ start: '00:00', end: '24:00' }], [{ start: '00:00', end: '24:00' }]),
});

/**
 * 2024 Spring Festival and National Day in mainland China (国务院办公厅 notice): 2/10–2/17 off with Sunday 2/4 and
 * Sunday 2/18 worked; 10/1–10/7 off with Sunday 9/29 and Saturday 10/12 worked. Make-up days work Monday hours.
 */
export const shanghai2024Holidays: ShopCalendar = calendar('Asia/Shanghai', nineToSix, {
  holidays: [
    ...['10', '11', '12', '13', '14', '15', '16', '17'].map((d) => `2024-02-${d}`),
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2024-10-${d}`),
  ],
  extraWorkdays: ['2024-02-04', '2024-02-18', '2024-09-29', '2024-10-12'].map((date) => ({
    date,
    worksLike: 'mon' as const,
  })),
});
