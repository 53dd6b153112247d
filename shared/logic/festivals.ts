/**
 * The shopping festivals a shop plans campaigns around, with their dates for any year, for the promotions
 * calendar. Lunar festivals (春节, 元宵, 七夕) come from lunar-javascript; the rest are fixed dates or weekday
 * rules. A festival has its day and the selling window around it (618's season, 年货节's weeks before 春节);
 * windows the platforms set afresh each year are marked `approximate` and say so, rather than looking exact.
 */
import { Lunar } from 'lunar-javascript';
import type { Language } from '../domain/settings';
import { addDays } from './metrics';

export const festivalIds = [
  'newYearGoods',
  'springFestival',
  'lantern',
  'womensDay',
  'mid618',
  'primeDay',
  'qixi',
  'backToSchool',
  'double11',
  'blackFriday',
  'cyberMonday',
  'double12',
  'christmas',
] as const;
export type FestivalId = (typeof festivalIds)[number];

export interface Festival {
  id: FestivalId;
  year: number;
  /** The festival's own day ('YYYY-MM-DD'); for a window without one day (Prime Day), its first day. */
  day: string;
  /** The selling window, both ends counted; equal to `day` for a festival of one day. */
  from: string;
  to: string;
  /** True when the platform announces the window each year and these dates are a usual window, not the real one. */
  approximate: boolean;
  /** Where the festival is a selling occasion: Chinese platforms, or Western marketplaces. */
  market: 'cn' | 'intl';
}

type Texts = Record<Language, string>;

const names: Record<FestivalId, Texts> = {
  newYearGoods: { 'zh-CN': '年货节', en: 'New Year goods festival' },
  springFestival: { 'zh-CN': '春节', en: 'Spring Festival' },
  lantern: { 'zh-CN': '元宵节', en: 'Lantern Festival' },
  womensDay: { 'zh-CN': '38节', en: "Women's Day (3.8)" },
  mid618: { 'zh-CN': '618', en: '618 mid-year sale' },
  primeDay: { 'zh-CN': 'Prime Day', en: 'Prime Day' },
  qixi: { 'zh-CN': '七夕', en: "Qixi (Chinese Valentine's Day)" },
  backToSchool: { 'zh-CN': '开学季', en: 'Back to school' },
  double11: { 'zh-CN': '双11', en: "Singles' Day (11.11)" },
  blackFriday: { 'zh-CN': '黑色星期五', en: 'Black Friday' },
  cyberMonday: { 'zh-CN': '网络星期一', en: 'Cyber Monday' },
  double12: { 'zh-CN': '双12', en: '12.12' },
  christmas: { 'zh-CN': '圣诞节', en: 'Christmas' },
};

/** Why an approximate window is shown as it is (the calendar shows this beside the name). */
const approximateNotes: Partial<Record<FestivalId, Texts>> = {
  newYearGoods: {
    'zh-CN': '平台每年公布日期；此处为春节前四周的常见窗口',
    en: 'Platforms announce the dates each year; shown as the usual four weeks before Spring Festival',
  },
  mid618: {
    'zh-CN': '618 当天确定；预热期由平台每年公布，此处为 6 月 1 日起的常见窗口',
    en: 'The day is fixed; platforms announce the run-up each year, shown here from 1 June',
  },
  primeDay: {
    'zh-CN': '亚马逊每年公布日期（通常在 7 月）；此处为估计窗口',
    en: 'Amazon announces the dates each year (usually in July); shown as an approximate window',
  },
  backToSchool: {
    'zh-CN': '没有固定日期；此处为 8 月中旬至 9 月上旬的常见窗口',
    en: 'No fixed dates; shown as the usual mid-August to early-September window',
  },
  double11: {
    'zh-CN': '11 月 11 日确定；预售期由平台每年公布，此处为 11 月 1 日起的常见窗口',
    en: 'The day is fixed; platforms announce the pre-sale each year, shown here from 1 November',
  },
};

export const festivalName = (id: FestivalId, language: Language): string => names[id][language];
export const festivalNote = (id: FestivalId, language: Language): string | null =>
  approximateNotes[id]?.[language] ?? null;

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
const lunarToSolar = (year: number, month: number, day: number): string =>
  Lunar.fromYmd(year, month, day).getSolar().toYmd();

/** The nth (1-based) `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return ymd(year, month, 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7);
}

/** Every festival of a Gregorian year (1901–2099, lunar-javascript's range), in date order. */
export function festivalsOfYear(year: number): Festival[] {
  const make = (
    id: FestivalId,
    day: string,
    window: { from?: string; to?: string } = {},
    market: Festival['market'] = 'cn',
  ): Festival => ({
    id,
    year,
    day,
    from: window.from ?? day,
    to: window.to ?? day,
    approximate: id in approximateNotes,
    market,
  });
  const springFestival = lunarToSolar(year, 1, 1);
  // Thanksgiving is the 4th Thursday of November; Black Friday the day after, Cyber Monday three days later.
  const blackFriday = addDays(nthWeekday(year, 11, 4, 4), 1);
  const list = [
    make('newYearGoods', addDays(springFestival, -28), {
      from: addDays(springFestival, -28),
      to: addDays(springFestival, -1),
    }),
    make('springFestival', springFestival),
    make('lantern', lunarToSolar(year, 1, 15)),
    make('womensDay', ymd(year, 3, 8), { from: ymd(year, 3, 1) }),
    make('mid618', ymd(year, 6, 18), { from: ymd(year, 6, 1) }),
    make('primeDay', ymd(year, 7, 8), { to: ymd(year, 7, 17) }, 'intl'),
    make('qixi', lunarToSolar(year, 7, 7)),
    make('backToSchool', ymd(year, 8, 15), { to: ymd(year, 9, 10) }),
    make('double11', ymd(year, 11, 11), { from: ymd(year, 11, 1) }),
    make('blackFriday', blackFriday, {}, 'intl'),
    make('cyberMonday', addDays(blackFriday, 3), {}, 'intl'),
    make('double12', ymd(year, 12, 12)),
    make('christmas', ymd(year, 12, 25), {}, 'intl'),
  ];
  return list.sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * Festivals whose window touches the days from..to (both 'YYYY-MM-DD', counted), in date order. 年货节 of a
 * year starts in the December before, so the year before `from` is read too.
 */
export function festivalsBetween(from: string, to: string): Festival[] {
  const first = Number(from.slice(0, 4)) - 1;
  const last = Number(to.slice(0, 4));
  const out: Festival[] = [];
  for (let year = first; year <= last; year++)
    for (const f of festivalsOfYear(year)) if (f.to >= from && f.from <= to) out.push(f);
  return out.sort((a, b) => a.from.localeCompare(b.from) || a.day.localeCompare(b.day));
}
