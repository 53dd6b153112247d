import { zoneOffsetMinutes } from '../../../shared/logic/dates';
import { dayNumber, dayWeight, isoDay, type DemoMarket } from './demo-calendar';

/** The demo covers this many calendar months, the current one (up to the moment it is created) included. */
export const DEMO_MONTHS = 18;

const DAY_MS = 86_400_000;

/**
 * Each platform's share of the shop's orders and how it grew over the 18 months (factor at the start and at
 * the end): Douyin's live selling and the new Shopify store ramp up, JD stays flat.
 */
const storefrontMix: Record<string, { share: number; start: number; end: number }> = {
  tmall: { share: 0.34, start: 0.85, end: 1.15 },
  jd: { share: 0.22, start: 0.95, end: 1.05 },
  pinduoduo: { share: 0.2, start: 0.85, end: 1.15 },
  douyin: { share: 0.15, start: 0.5, end: 1.5 },
  shopify: { share: 0.09, start: 0.4, end: 1.6 },
};
const otherMix = { share: 0.1, start: 1, end: 1 };

export interface DemoWindow {
  firstDay: number;
  lastDay: number;
  /** YYYY-MM of every month in the window, oldest first. */
  months: string[];
  nowMs: number;
  /** UTC instant of the shop-local midnight starting `day`. */
  dayStartMs(day: number): number;
}

/** From the first day of the month 17 months before `now`'s month up to `now`, in the shop's time zone. */
export function demoWindow(now: Date, shopTimezone: string): DemoWindow {
  const nowMs = now.getTime();
  const local = new Date(nowMs + zoneOffsetMinutes(nowMs, shopTimezone) * 60_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const first = new Date(Date.UTC(y, m - (DEMO_MONTHS - 1), 1));
  const months: string[] = [];
  for (let i = 0; i < DEMO_MONTHS; i++) {
    months.push(
      new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1)).toISOString().slice(0, 7),
    );
  }
  // Reading a zone's offset goes through Intl (microseconds): once per day, not once per order.
  const starts = new Map<number, number>();
  return {
    firstDay: Math.floor(first.getTime() / DAY_MS),
    lastDay: dayNumber(local.toISOString().slice(0, 10)),
    months,
    nowMs,
    dayStartMs: (day) => {
      let start = starts.get(day);
      if (start === undefined) {
        const guess = day * DAY_MS;
        start = guess - zoneOffsetMinutes(guess, shopTimezone) * 60_000;
        starts.set(day, start);
      }
      return start;
    },
  };
}

export interface PlannedStorefront {
  platform: string;
  market: DemoMarket;
}

/**
 * How many orders each storefront gets on each day: shares × growth × the day's festival weight × a little
 * day-to-day noise, rounded cumulatively so the counts add up to exactly `total`. When there are enough
 * orders, each storefront first gets one order in each month (on its busiest day) so no month is empty.
 * `boost` multiplies a storefront's day (the demo's campaigns, demo-campaigns.ts). Returns
 * counts[storefront][day - firstDay].
 */
export function planDailyCounts(
  storefronts: PlannedStorefront[],
  window: DemoWindow,
  total: number,
  rnd: () => number,
  boost: (platform: string, day: number) => number = () => 1,
): Int32Array[] {
  const days = window.lastDay - window.firstDay + 1;
  const todayShare = Math.max(0, (window.nowMs - window.dayStartMs(window.lastDay)) / DAY_MS);
  const weights = storefronts.map((sf) => {
    const mix = storefrontMix[sf.platform] ?? otherMix;
    const w = new Float64Array(days);
    for (let i = 0; i < days; i++) {
      const t = days > 1 ? i / (days - 1) : 1;
      const noise = 0.85 + rnd() * 0.3;
      w[i] =
        mix.share *
        (mix.start + (mix.end - mix.start) * t) *
        dayWeight(window.firstDay + i, sf.market) *
        boost(sf.platform, window.firstDay + i) *
        noise;
    }
    w[days - 1]! *= todayShare;
    return w;
  });
  const counts = storefronts.map(() => new Int32Array(days));
  let left = total;
  if (total >= 2 * storefronts.length * window.months.length) {
    for (let s = 0; s < storefronts.length; s++) {
      let best = -1;
      for (let i = 0; i < days; i++) {
        const month = isoDay(window.firstDay + i).slice(0, 7);
        const nextMonth = i + 1 < days ? isoDay(window.firstDay + i + 1).slice(0, 7) : '';
        if (best < 0 || weights[s]![i]! > weights[s]![best]!) best = i;
        if (nextMonth !== month) {
          counts[s]![best]!++;
          left--;
          best = -1;
        }
      }
    }
  }
  let sum = 0;
  for (const w of weights) for (const x of w) sum += x;
  let cumulative = 0;
  let given = 0;
  for (let s = 0; s < storefronts.length; s++) {
    for (let i = 0; i < days; i++) {
      cumulative += weights[s]![i]!;
      const upTo = sum > 0 ? Math.round((cumulative / sum) * left) : 0;
      counts[s]![i]! += upTo - given;
      given = upTo;
    }
  }
  return counts;
}
