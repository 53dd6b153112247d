import { afterEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/api';
import {
  FIRST_CALLS_MAX_AGE_MS,
  dropFirstCalls,
  peekFirstCall,
  sendFirstCalls,
  takeFirstCall,
} from '../../renderer/src/first-calls';
import {
  dashboardAddress,
  dropFirstDashboard,
  sendFirstDashboardCalls,
  takeFirstDashboard,
} from '../../renderer/src/features/dashboard/first-overview';
import { dashboardQueryOf, dashboardView } from '../../renderer/src/features/dashboard/use-dashboard-period';
import { fakeBridge } from './fake-bridge';
import { settings } from './catalog-fixtures';

const FIRST = ['recovery.status', 'demo.status', 'settings.get', 'storefronts.list', 'staff.list'];
const named = (fake: ReturnType<typeof fakeBridge>, call: string) =>
  fake.calls.filter((c) => c.call === call);

function start(answers: Parameters<typeof fakeBridge>[0] = {}) {
  const fake = fakeBridge({
    'settings.get': () => ({ ok: true, value: { ...settings, timezone: 'Asia/Shanghai' } }),
    'demo.status': () => ({ ok: true, value: { empty: false, isDemo: true } }),
    'dashboard.overview': (input) => ({ ok: true, value: { asked: input } }),
    ...answers,
  });
  setBridgeForTests(fake.bridge);
  return fake;
}

afterEach(() => {
  dropFirstCalls();
  dropFirstDashboard();
  setBridgeForTests(undefined);
});

describe('the first calls of a window', () => {
  it('sends the five together and hands each answer out once; the next ask goes to the core', async () => {
    const fake = start();
    sendFirstCalls();
    expect(fake.calls.map((c) => c.call)).toEqual(FIRST);

    const early = takeFirstCall('settings.get');
    expect((await early).timezone).toBe('Asia/Shanghai');
    expect(named(fake, 'settings.get')).toHaveLength(1);
    await takeFirstCall('settings.get');
    expect(named(fake, 'settings.get')).toHaveLength(2);
  });

  it('asks anew once the early answers are too old or were dropped, and asks at once when none were sent', async () => {
    const fake = start();
    const sentAt = Date.now();
    sendFirstCalls(sentAt);
    await takeFirstCall('staff.list', sentAt + FIRST_CALLS_MAX_AGE_MS + 1);
    expect(named(fake, 'staff.list')).toHaveLength(2);
    dropFirstCalls();
    expect(peekFirstCall('demo.status')).toBeUndefined();
    await takeFirstCall('demo.status');
    expect(named(fake, 'demo.status')).toHaveLength(2);
  });

  it('keeps a refusal for whoever takes it, without an unhandled rejection meanwhile', async () => {
    start({
      'settings.get': () => ({
        ok: false,
        error: { code: 'INTERNAL', message: 'The database is being restored', key: 'restoring' },
      }),
    });
    sendFirstCalls();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeFirstCall('settings.get')).rejects.toThrow('The database is being restored');
  });
});

describe("the dashboard's first calls", () => {
  it('reads the dashboard and the start page from the address, and no other page', () => {
    expect(dashboardAddress('#/dashboard?from=2024-11-01&to=2024-11-30')).toMatchObject({ start: false });
    expect(dashboardAddress('#/dashboard?from=2024-11-01')!.params.get('from')).toBe('2024-11-01');
    expect(dashboardAddress('')).toMatchObject({ start: true });
    expect(dashboardAddress('#/')).toMatchObject({ start: true });
    expect(dashboardAddress('#/dashboard/products')).toBeNull();
    expect(dashboardAddress('#/orders')).toBeNull();
  });

  it('asks for the addressed period once settings are in, and the page takes the answers under its key once', async () => {
    const fake = start();
    sendFirstCalls();
    sendFirstDashboardCalls('#/dashboard?from=2024-11-01&to=2024-11-30&storefront=sf-1');
    await expect.poll(() => named(fake, 'dashboard.rankings')).toHaveLength(1);
    const query = { from: '2024-11-01', to: '2024-11-30', storefrontId: 'sf-1' };
    expect(named(fake, 'dashboard.overview').map((c) => c.input)).toEqual([query]);

    const key = JSON.stringify(query);
    expect(
      takeFirstDashboard('overview', JSON.stringify({ ...query, storefrontId: 'sf-2' })),
    ).toBeUndefined();
    expect(await takeFirstDashboard('overview', key)).toEqual({ asked: query });
    expect(takeFirstDashboard('overview', key)).toBeUndefined();
    expect(takeFirstDashboard('alerts', key)).toBeDefined();
    expect(named(fake, 'dashboard.rankings').map((c) => c.input)).toEqual([query]);
    expect(takeFirstDashboard('rankings', key)).toBeDefined();
    expect(takeFirstDashboard('rankings', key)).toBeUndefined();
  });

  it("asks for this month of the shop's time zone on the start page, and nothing when the shop is empty", async () => {
    const fake = start();
    sendFirstCalls();
    sendFirstDashboardCalls('');
    await expect.poll(() => named(fake, 'dashboard.overview')).toHaveLength(1);
    const { from, to } = named(fake, 'dashboard.overview')[0]!.input as { from: string; to: string };
    expect(from).toBe(`${to.slice(0, 7)}-01`);

    dropFirstCalls();
    const empty = start({ 'demo.status': () => ({ ok: true, value: { empty: true, isDemo: false } }) });
    sendFirstCalls();
    sendFirstDashboardCalls('#/');
    await takeFirstCall('demo.status');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(named(empty, 'dashboard.overview')).toEqual([]);
  });

  it('sends nothing for another page or when the first calls were not sent', async () => {
    const fake = start();
    sendFirstDashboardCalls('#/dashboard');
    sendFirstCalls();
    sendFirstDashboardCalls('#/orders');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(named(fake, 'dashboard.overview')).toEqual([]);
  });
});

describe('the dashboard view of an address', () => {
  const now = '2026-12-01T02:00:00.000Z'; // 10:00 on 1 December in Shanghai, still 30 November in New York
  it("is this month of the shop's zone by default, a preset or a valid custom range otherwise", () => {
    const none = new URLSearchParams();
    expect(dashboardView(none, 'Asia/Shanghai', now).period).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
    expect(dashboardView(none, 'America/New_York', now).period).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const last = dashboardView(new URLSearchParams('preset=lastMonth'), 'Asia/Shanghai', now);
    expect(last).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' },
      preset: 'lastMonth',
      storefrontId: null,
    });
    const custom = dashboardView(
      new URLSearchParams('from=2024-11-01&to=2024-11-30&storefront=s'),
      'UTC',
      now,
    );
    expect(custom).toEqual({
      period: { from: '2024-11-01', to: '2024-11-30' },
      preset: 'custom',
      storefrontId: 's',
    });
    const backwards = dashboardView(
      new URLSearchParams('from=2024-11-30&to=2024-11-01'),
      'Asia/Shanghai',
      now,
    );
    expect(backwards.preset).toBe('thisMonth');
  });

  it('gives the calls their input without a storefront when all are shown', () => {
    expect(dashboardQueryOf({ period: { from: 'a', to: 'b' }, storefrontId: null })).toEqual({
      from: 'a',
      to: 'b',
    });
    expect(dashboardQueryOf({ period: null, storefrontId: 's' })).toBeNull();
  });
});
