import { describe, expect, it } from 'vitest';
import {
  demoCampaignAt,
  demoCampaignBoost,
  planDemoCampaigns,
} from '../../electron/core/demo/demo-campaigns';
import { dayNumber } from '../../electron/core/demo/demo-calendar';
import { demoWindow } from '../../electron/core/demo/demo-plan';

const iso = (ms: number) => new Date(ms).toISOString();
const plan = (now: string) => planDemoCampaigns(demoWindow(new Date(now), 'Asia/Shanghai'));
const summary = (now: string) =>
  plan(now).map((c) => [c.kind, c.name, iso(c.startMs), iso(c.endMs), c.platforms.join('+')]);

describe('the demo campaigns are dated from the demo window', () => {
  it('on 2026-12-01: two past 双11, JD September, Douyin August, BFCM, and 双12 ahead', () => {
    expect(summary('2026-12-01T07:30:00Z')).toEqual([
      [
        'double11',
        '2025 双11 满减（满300减40）',
        '2025-10-30T16:00:00.000Z',
        '2025-11-11T16:00:00.000Z',
        'tmall',
      ],
      [
        'double11',
        '2026 双11 满减（满300减40）',
        '2026-10-30T16:00:00.000Z',
        '2026-11-11T16:00:00.000Z',
        'tmall',
      ],
      [
        'jdCoupon',
        '京东店铺券 满199减20（2026年9月）',
        '2026-08-31T16:00:00.000Z',
        '2026-09-14T16:00:00.000Z',
        'jd',
      ],
      // The last Saturday of August 2026 is the 29th; noon to midnight Shanghai time.
      [
        'douyinFlash',
        '抖音直播间限时抢购 7折（12:00–24:00）',
        '2026-08-29T04:00:00.000Z',
        '2026-08-29T16:00:00.000Z',
        'douyin',
      ],
      // Thanksgiving 2026 is November 26: Thursday to Cyber Monday.
      [
        'bfcm',
        'Black Friday / Cyber Monday 25% off',
        '2026-11-25T16:00:00.000Z',
        '2026-11-30T16:00:00.000Z',
        'shopify',
      ],
      [
        'upcoming',
        '2026 双12 满减（满199减20）',
        '2026-12-09T16:00:00.000Z',
        '2026-12-12T16:00:00.000Z',
        'tmall+jd',
      ],
    ]);
  });

  it('mid-July 2026: 双11 2024 has no baseline inside the window, this year’s September and BFCM have not ended', () => {
    const kinds = plan('2026-07-15T07:30:00Z').map((c) => `${c.kind} ${iso(c.startMs).slice(0, 10)}`);
    expect(kinds).toEqual([
      'double11 2025-10-30',
      'jdCoupon 2025-08-31',
      'douyinFlash 2025-08-30',
      'bfcm 2025-11-26',
      'upcoming 2026-12-09',
    ]);
  });

  it('an upcoming festival starts after tomorrow: on June 15 it is 双12, on June 14 the 618 of June 16', () => {
    expect(plan('2026-06-15T02:00:00Z').at(-1)!.name).toBe('2026 双12 满减（满199减20）');
    expect(plan('2026-06-14T02:00:00Z').at(-1)!.name).toBe('2026 618 满减（满199减20）');
  });

  it('boosts only its platforms on its days, and runs only inside its hours', () => {
    const plans = plan('2026-12-01T07:30:00Z');
    const sept3 = dayNumber('2026-09-03');
    expect([demoCampaignBoost(plans, 'jd', sept3), demoCampaignBoost(plans, 'tmall', sept3)]).toEqual([
      1.35, 1,
    ]);
    expect(demoCampaignBoost(plans, 'douyin', dayNumber('2026-08-29'))).toBe(3);
    expect(demoCampaignAt(plans, 'douyin', Date.parse('2026-08-29T03:59:59Z'))).toBeNull(); // 11:59 Shanghai
    expect(demoCampaignAt(plans, 'douyin', Date.parse('2026-08-29T04:00:00Z'))?.kind).toBe('douyinFlash');
    expect(demoCampaignAt(plans, 'tmall', Date.parse('2026-11-11T15:59:59Z'))?.kind).toBe('double11');
    expect(demoCampaignAt(plans, 'tmall', Date.parse('2026-11-11T16:00:00Z'))).toBeNull();
  });
});
