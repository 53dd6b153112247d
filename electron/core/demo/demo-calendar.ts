/**
 * The demo shop's calendar: which days sell more (and why), so the dashboard shows the shopping festivals a
 * real Chinese shop lives by (618, 双11, 双12, 年货节 and the 春节 standstill) and, for the USD store, Prime Day,
 * Black Friday / Cyber Monday and the Christmas run-up. Days are whole days numbered from 1970-01-01
 * (`dayNumber`), which keeps the per-day arithmetic cheap for a million orders.
 */

export type DemoMarket = 'cn' | 'us';

/** A promotion day that brings seller discounts (满减 tiers, discount codes) with it. */
export type FestivalTag = '618' | '双11' | '双12' | '年货节' | '38节' | 'BFCM' | 'PRIMEDAY' | 'HOLIDAY';

const DAY_MS = 86_400_000;

export const dayNumber = (isoDate: string): number => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 春节 (lunar new year's day): the calendar moves every year, so it is a table, not a rule. */
const springFestival: Record<number, string> = {
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

/** Prime Day as Amazon ran it; later years follow its usual shape (the second Tuesday of July and the day after). */
const primeDays: Record<number, string[]> = {
  2023: ['2023-07-11', '2023-07-12'],
  2024: ['2024-07-16', '2024-07-17'],
  2025: ['2025-07-08', '2025-07-09', '2025-07-10', '2025-07-11'],
};

interface DayFacts {
  year: number;
  month: number;
  date: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

function factsOf(day: number): DayFacts {
  const d = new Date(day * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    date: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** The nth (1-based) given weekday of a month, as a day number. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = Math.floor(Date.UTC(year, month - 1, 1) / DAY_MS);
  const shift = (weekday - new Date(first * DAY_MS).getUTCDay() + 7) % 7;
  return first + shift + (n - 1) * 7;
}

function isPrimeDay(day: number, year: number): boolean {
  const listed = primeDays[year];
  if (listed) return listed.includes(isoDay(day));
  const tuesday = nthWeekday(year, 7, 2, 2);
  return day === tuesday || day === tuesday + 1;
}

/** Days from 春节 (negative before it), or null when the table does not cover the year. */
function daysFromSpringFestival(day: number, year: number): number | null {
  // Late-December days belong to the run-up to next year's festival.
  const festival = springFestival[day - dayNumber(`${year}-01-01`) > 300 ? year + 1 : year];
  return festival === undefined ? null : day - dayNumber(festival);
}

/** How busy a day is for a Chinese storefront, relative to an ordinary weekday (1). */
export function cnDayWeight(day: number): number {
  const { year, month, date, weekday } = factsOf(day);
  let w = weekday === 0 || weekday === 6 ? 1.15 : 1;
  const sf = daysFromSpringFestival(day, year);
  if (sf !== null) {
    // 年货节 stocks the new-year table; then couriers stop (快递停运) and the country is at home.
    if (sf >= -25 && sf <= -10) w *= 1.3;
    else if (sf >= -9 && sf <= -1) w *= 0.55;
    else if (sf >= 0 && sf <= 7) w *= 0.3;
    else if (sf >= 8 && sf <= 14) w *= 0.7;
  }
  if (month === 3 && date >= 5 && date <= 8) w *= date === 8 ? 1.8 : 1.2;
  if (month === 5 && date >= 25) w *= 1.2;
  if (month === 6 && date <= 20) w *= date === 18 ? 5 : date >= 16 && date <= 17 ? 2 : date > 18 ? 1.2 : 1.5;
  if (month === 7 || month === 8) w *= 0.9;
  if (month === 10 && date <= 7) w *= 0.85;
  if (month === 10 && date >= 20) w *= date === 31 ? 1.8 : 1.15;
  if (month === 11 && date <= 13) w *= date === 11 ? 6.5 : date <= 3 ? 2.2 : date <= 10 ? 1.6 : 1.2;
  if (month === 12 && date >= 10 && date <= 12) w *= date === 12 ? 3 : 1.3;
  return w;
}

/** How busy a day is for the USD storefront (US shoppers), relative to an ordinary weekday (1). */
export function usDayWeight(day: number): number {
  const { year, month, date, weekday } = factsOf(day);
  let w = weekday === 1 ? 1.08 : weekday === 0 ? 1.05 : weekday === 6 ? 0.92 : 1;
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const fromThanksgiving = day - thanksgiving;
  if (fromThanksgiving >= 0 && fromThanksgiving <= 4) w *= [1.8, 4, 2, 2, 3.5][fromThanksgiving]!;
  else if (month === 11 && fromThanksgiving < 0) w *= 1.2;
  else if (month === 12) w *= date <= 18 ? 1.35 : date <= 22 ? 1.1 : date <= 26 ? 0.6 : 0.85;
  if (month === 1) w *= 0.8;
  if (month === 8 && date >= 15) w *= 1.1;
  if (month === 7 && isPrimeDay(day, year)) w *= 2.2;
  return w;
}

export const dayWeight = (day: number, market: DemoMarket): number =>
  market === 'cn' ? cnDayWeight(day) : usDayWeight(day);

/** The promotion running on a day, if any: it decides the seller discounts orders get that day. */
export function festivalOf(day: number, market: DemoMarket): FestivalTag | null {
  const { year, month, date } = factsOf(day);
  if (market === 'us') {
    const fromThanksgiving = day - nthWeekday(year, 11, 4, 4);
    if (fromThanksgiving >= 0 && fromThanksgiving <= 4) return 'BFCM';
    if (month === 7 && isPrimeDay(day, year)) return 'PRIMEDAY';
    if (month === 12 && date <= 18) return 'HOLIDAY';
    return null;
  }
  if (month === 6 && date <= 18) return '618';
  if ((month === 10 && date === 31) || (month === 11 && date <= 11)) return '双11';
  if (month === 12 && date >= 10 && date <= 12) return '双12';
  if (month === 3 && date >= 5 && date <= 8) return '38节';
  const sf = daysFromSpringFestival(day, year);
  if (sf !== null && sf >= -25 && sf <= -10) return '年货节';
  return null;
}

/** The festival's big day, when sales open at midnight (双11 at 00:00 on the 11th, 618 on the 18th). */
export function isMidnightRushDay(day: number): boolean {
  const { month, date } = factsOf(day);
  return (month === 11 && date === 11) || (month === 6 && date === 18);
}

/** Orders per hour of the day (shop time) for Chinese shoppers: a late-evening peak after work. */
export const cnHourWeights = [
  2.2, 1.2, 0.6, 0.35, 0.25, 0.3, 0.6, 1.2, 2, 2.8, 3.3, 3.4, 3.6, 3.4, 3.3, 3.3, 3.4, 3.3, 3.4, 4, 4.8, 5.4,
  5.2, 3.8,
];

/** US shoppers' local hours (evening peak), moved to Asia/Shanghai hours (+16 h against US Pacific time). */
export const usHourWeights = (() => {
  const local = [
    1.5, 0.9, 0.6, 0.4, 0.4, 0.6, 1.2, 2, 2.8, 3.3, 3.5, 3.6, 3.8, 3.6, 3.4, 3.3, 3.3, 3.4, 3.8, 4.2, 4.4, 4,
    3.2, 2.3,
  ];
  return local.map((_, shopHour) => local[(shopHour + 8) % 24]!);
})();
