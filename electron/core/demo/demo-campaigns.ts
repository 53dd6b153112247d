import type BetterSqlite3 from 'better-sqlite3';
import type { CampaignTerms } from '../../../shared/domain/promotions';
import { newId } from '../../../shared/logic/ids';
import { dayNumber } from './demo-calendar';
import type { DemoStorefront } from './demo-order-shape';
import type { DemoWindow } from './demo-plan';

/**
 * The demo shop's campaigns (PRODUCT.md §6), dated from the demo's own window so they always sit inside its 18
 * months: the last two 双11 满减 on Tmall, a JD store coupon in September, a Douyin live-stream flash sale on
 * the last Saturday of August (noon to midnight), Black Friday on Shopify, and the next festival still to come. The
 * order generator asks `demoCampaignAt` what runs at an order's moment and shapes the order by it (more orders
 * on the days, the discount on the lines, the code where the platform's export names codes), so each
 * evaluation compares real demo sales with the days before. Days are shop days (Asia/Shanghai), like the
 * rest of the demo calendar.
 */

export type DemoCampaignKind = 'double11' | 'jdCoupon' | 'douyinFlash' | 'bfcm' | 'upcoming';

export interface DemoCampaign {
  kind: DemoCampaignKind;
  name: string;
  platforms: string[];
  currency: string;
  terms: CampaignTerms;
  startMs: number;
  endMs: number;
  /** First and last shop day touched. */
  firstDay: number;
  lastDay: number;
  /** More orders on the campaign's days on its storefronts (× the calendar's own weight). */
  boost: number;
  keys: { codes: string[]; names: string[] };
  spendMinor: number;
  budgetMinor: number;
  notes: string;
}

/** The flash sale: 30 % off its three SKUs, the Douyin storefront's bestsellers, from noon to midnight. */
export const FLASH_OFF_BP = 3000;
export const FLASH_SKUS = 3;
/** JD's store coupon: ¥20 off an order of ¥199 or more. */
export const JD_COUPON = { minSpendMinor: 19_900, offMinor: 2_000 } as const;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The 4th Thursday of November (Thanksgiving), as a day number. */
function thanksgiving(year: number): number {
  const first = dayNumber(`${year}-11-01`);
  return first + ((4 - new Date(first * DAY_MS).getUTCDay() + 7) % 7) + 21;
}

/** The last Saturday of August, as a day number. */
function lastAugustSaturday(year: number): number {
  const last = dayNumber(`${year}-08-31`);
  return last - ((new Date(last * DAY_MS).getUTCDay() + 1) % 7);
}

/**
 * Every demo campaign for the window. A past campaign is listed only when it has ended by `now` and its
 * baseline (as many days before it) lies inside the window, so its evaluation compares demo data only.
 */
export function planDemoCampaigns(window: DemoWindow): DemoCampaign[] {
  const plans: DemoCampaign[] = [];
  const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();
  const years = [yearOf(window.lastDay) - 1, yearOf(window.lastDay)];
  const add = (c: Omit<DemoCampaign, 'startMs' | 'endMs'>, hours: [number, number] = [0, 24]) => {
    const startMs = window.dayStartMs(c.firstDay) + hours[0] * HOUR_MS;
    const endMs = window.dayStartMs(c.lastDay) + hours[1] * HOUR_MS;
    const days = c.lastDay - c.firstDay + 1;
    const past = endMs <= window.nowMs && c.firstDay - days >= window.firstDay;
    if (c.kind === 'upcoming' ? startMs > window.nowMs : past) plans.push({ ...c, startMs, endMs });
  };
  for (const y of years) {
    add({
      kind: 'double11',
      name: `${y} 双11 满减（满300减40）`,
      platforms: ['tmall'],
      currency: 'CNY',
      terms: {
        type: 'tiered',
        tiers: [
          { thresholdMinor: 10_000, offMinor: 1_000 },
          { thresholdMinor: 20_000, offMinor: 2_500 },
          { thresholdMinor: 30_000, offMinor: 4_000 },
        ],
      },
      firstDay: dayNumber(`${y}-10-31`),
      lastDay: dayNumber(`${y}-11-11`),
      boost: 1,
      // The demo's exports name the 满减 they applied: attribution matches them by name.
      keys: { codes: [], names: ['双11满100减10', '双11满200减25', '双11满300减40'] },
      spendMinor: 500_000,
      budgetMinor: 6_000_000,
      notes: '直通车 + 万相台 ¥5,000',
    });
  }
  const lastYear = (first: (y: number) => number, days: number) =>
    years
      .map((y) => first(y))
      .filter((d) => window.dayStartMs(d + days) <= window.nowMs)
      .at(-1);
  const sept = lastYear((y) => dayNumber(`${y}-09-01`), 14);
  if (sept !== undefined)
    add({
      kind: 'jdCoupon',
      name: `京东店铺券 满199减20（${new Date(sept * DAY_MS).getUTCFullYear()}年9月）`,
      platforms: ['jd'],
      currency: 'CNY',
      terms: {
        type: 'coupon',
        discount: { kind: 'amount', offMinor: JD_COUPON.offMinor },
        maxOffMinor: null,
        minSpendMinor: JD_COUPON.minSpendMinor,
        quantityIssued: 1_500,
      },
      firstDay: sept,
      lastDay: sept + 13,
      boost: 1.35,
      // JD's order export names no coupon: the window (with the discount on the order) tells.
      keys: { codes: [], names: [] },
      spendMinor: 80_000,
      budgetMinor: 1_000_000,
      notes: '京准通推广 ¥800',
    });
  const flash = lastYear(lastAugustSaturday, 1);
  if (flash !== undefined)
    add(
      {
        kind: 'douyinFlash',
        name: '抖音直播间限时抢购 7折（12:00–24:00）',
        platforms: ['douyin'],
        currency: 'CNY',
        terms: { type: 'flash', discount: { kind: 'percent', offBp: FLASH_OFF_BP }, quantityCap: 600 },
        firstDay: flash,
        lastDay: flash,
        boost: 3,
        keys: { codes: [], names: [] },
        spendMinor: 150_000,
        budgetMinor: 800_000,
        notes: '达人直播坑位费 ¥1,500',
      },
      [12, 24],
    );
  const bfcm = lastYear(thanksgiving, 5);
  if (bfcm !== undefined)
    add({
      kind: 'bfcm',
      name: 'Black Friday / Cyber Monday 25% off',
      platforms: ['shopify'],
      currency: 'USD',
      terms: { type: 'percentage', offBp: 2500 },
      firstDay: bfcm,
      lastDay: bfcm + 4,
      boost: 1,
      keys: { codes: ['BFCM25'], names: [] },
      spendMinor: 30_000,
      budgetMinor: 150_000,
      notes: 'Meta ads $300',
    });
  // The next festival still ahead (starting after tomorrow): 618's last three days or 双12.
  const year = yearOf(window.lastDay);
  const festivals = [year, year + 1].flatMap((y) => [
    { day: dayNumber(`${y}-06-16`), name: `${y} 618 满减（满199减20）` },
    { day: dayNumber(`${y}-12-10`), name: `${y} 双12 满减（满199减20）` },
  ]);
  const next = festivals.find((f) => f.day > window.lastDay + 1)!;
  add({
    kind: 'upcoming',
    name: next.name,
    platforms: ['tmall', 'jd'],
    currency: 'CNY',
    terms: {
      type: 'tiered',
      tiers: [
        { thresholdMinor: 9_900, offMinor: 800 },
        { thresholdMinor: 19_900, offMinor: 2_000 },
      ],
    },
    firstDay: next.day,
    lastDay: next.day + 2,
    boost: 1,
    keys: { codes: [], names: [] },
    spendMinor: 0,
    budgetMinor: 3_000_000,
    notes: '预热中',
  });
  return plans;
}

/** The campaign shaping an order of this platform at this moment, if any (the plans never overlap per platform). */
export function demoCampaignAt(
  plans: readonly DemoCampaign[],
  platform: string,
  ms: number,
): DemoCampaign | null {
  for (const c of plans) if (c.platforms.includes(platform) && ms >= c.startMs && ms < c.endMs) return c;
  return null;
}

/** How many times the usual orders a storefront gets on a shop day. */
export function demoCampaignBoost(plans: readonly DemoCampaign[], platform: string, day: number): number {
  let boost = 1;
  for (const c of plans)
    if (c.platforms.includes(platform) && day >= c.firstDay && day <= c.lastDay) boost *= c.boost;
  return boost;
}

/** The flash sale's SKUs: the Douyin storefront's most popular listings. */
export function flashSkuIds(sf: DemoStorefront): Set<string> {
  const weights = sf.listings.map((l, i) => ({ l, w: sf.popularity[i]! - (i ? sf.popularity[i - 1]! : 0) }));
  weights.sort((a, b) => b.w - a.w || (a.l.skuId < b.l.skuId ? -1 : 1));
  return new Set(weights.slice(0, FLASH_SKUS).map((x) => x.l.skuId));
}

/** Stores the campaigns as activated (scheduled: the clock makes them active or ended), with their scope. */
export function writeDemoCampaigns(
  sqlite: BetterSqlite3.Database,
  plans: readonly DemoCampaign[],
  storefronts: readonly DemoStorefront[],
  at: string,
): number {
  const campaign = sqlite.prepare(
    `INSERT INTO campaigns (id, name, type, goal, state, currency, terms, stacks_with, start_at, end_at,
       budget_minor, spend_minor, notes, activated_at, cancelled_at, created_by, created_at, updated_at)
     VALUES (?, ?, ?, 'sales', 'scheduled', ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
  );
  const link = sqlite.prepare('INSERT INTO campaign_storefronts (campaign_id, storefront_id) VALUES (?, ?)');
  const scope = sqlite.prepare("INSERT INTO campaign_scope (campaign_id, kind, value) VALUES (?, 'sku', ?)");
  const key = sqlite.prepare('INSERT INTO campaign_keys (campaign_id, kind, value) VALUES (?, ?, ?)');
  for (const c of plans) {
    const id = newId();
    const start = new Date(c.startMs).toISOString();
    // Planned and activated a week ahead (or now, for one starting sooner).
    const planned = new Date(Math.min(c.startMs - 7 * DAY_MS, Date.parse(at))).toISOString();
    const end = new Date(c.endMs).toISOString();
    const terms = JSON.stringify(c.terms);
    campaign.run(
      id,
      c.name,
      c.terms.type,
      c.currency,
      terms,
      start,
      end,
      c.budgetMinor,
      c.spendMinor,
      c.notes,
      planned,
      planned,
      planned,
    );
    for (const sf of storefronts.filter((s) => c.platforms.includes(s.platform))) {
      link.run(id, sf.id);
      if (c.kind === 'douyinFlash') for (const skuId of flashSkuIds(sf)) scope.run(id, skuId);
    }
    for (const code of c.keys.codes) key.run(id, 'code', code);
    for (const name of c.keys.names) key.run(id, 'name', name);
  }
  return plans.length;
}
