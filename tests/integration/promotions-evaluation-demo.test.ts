import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoShop } from '../../electron/core/demo/service';
import { refreshAttribution } from '../../electron/core/promotions/attribution';
import { readAttribution } from '../../electron/core/promotions/attribution-list';
import { evaluateCampaignById } from '../../electron/core/promotions/evaluation';
import type { CampaignComparison } from '../../shared/domain/promotions-evaluation';
import { tempCore } from '../helpers/temp-core';
import { value, type TempCore } from '../helpers/catalog-data';
import { allAttribution } from '../helpers/campaign-rows';

/**
 * The demo shop's campaigns (electron/core/demo/demo-campaigns.ts) against the demo's own orders: the orders
 * reflect them (more units on their days, their discounts on the lines, codes where the platform's export has
 * them), so every evaluation compares real demo sales with the days before, and attribution finds each
 * campaign by the rule its platform allows.
 */
const NOW = new Date('2026-12-01T07:30:00Z');
let core: TempCore;
let ids: Map<string, string>;
beforeAll(async () => {
  core = await tempCore('promotions-demo');
  await createDemoShop(core.ctx.db, core.ctx.sqlite, { seed: 42, orders: 5_000, now: NOW, tickets: false });
  const rows = core.ctx.sqlite.prepare('SELECT id, name FROM campaigns').all() as {
    id: string;
    name: string;
  }[];
  ids = new Map(rows.map((r) => [r.name, r.id]));
}, 180_000);
afterAll(async () => core?.cleanup());

const evaluate = (name: string) =>
  evaluateCampaignById(core.ctx.sqlite, ids.get(name)!, { now: NOW.toISOString() });

describe('demo campaigns', () => {
  it('are the two past 双11, the JD coupon, the Douyin flash sale, BFCM and the 双12 to come', () => {
    expect([...ids.keys()].sort()).toEqual(
      [
        '2025 双11 满减（满300减40）',
        '2026 双11 满减（满300减40）',
        '京东店铺券 满199减20（2026年9月）',
        '抖音直播间限时抢购 7折（12:00–24:00）',
        'Black Friday / Cyber Monday 25% off',
        '2026 双12 满减（满199减20）',
      ].sort(),
    );
  });

  it('the 双11 满减 shows real uplift, its discounts found by name, and incremental profit', () => {
    for (const year of [2025, 2026]) {
      const e = evaluate(`${year} 双11 满减（满300减40）`);
      expect(e.state).toBe('final');
      expect(e.figures.days).toBe(12);
      expect(e.figures.upliftBp!).toBeGreaterThan(0);
      expect(e.linesByRule.name).toBeGreaterThan(0);
      expect(e.linesByRule.window).toBe(0);
      expect(e.figures.discountCostMinor!).toBeGreaterThan(0);
      expect(e.figures.incrementalGrossProfitMinor!).toBeGreaterThan(0);
      expect(e.figures.roiBp).not.toBeNull();
      // The chart: 12 campaign days above the baseline's mean on average, a band from 12 baseline days.
      expect(e.series.days).toHaveLength(12);
      expect(e.series.baselineDays).toHaveLength(12);
      const mean = e.series.days.reduce((s, d) => s + d.netSalesMinor, 0) / 12;
      expect(mean).toBeGreaterThan(e.series.netSalesBand!.mean);
    }
  });

  it('the JD coupon is found by its window: each claimed order took the ¥20 coupon', () => {
    const e = evaluate('京东店铺券 满199减20（2026年9月）');
    expect(e.linesByRule.window).toBeGreaterThan(0);
    expect(e.figures.couponsUsed).toBeGreaterThan(0);
    expect(e.figures.redemptionRateBp!).toBeGreaterThan(0);
    const page = readAttribution(core.ctx.sqlite, {
      id: ids.get('京东店铺券 满199减20（2026年9月）')!,
      pageSize: 200,
    });
    const byOrder = new Map<string, number>();
    for (const r of page.rows) byOrder.set(r.orderId, (byOrder.get(r.orderId) ?? 0) + r.discountMinor);
    expect([...new Set(byOrder.values())]).toEqual([2_000]);
    expect(byOrder.size).toBe(e.figures.couponsUsed);
  });

  it('the Douyin flash sale: its SKUs at 30 % off on the lines, more units than the day before', () => {
    const id = ids.get('抖音直播间限时抢购 7折（12:00–24:00）')!;
    const e = evaluate('抖音直播间限时抢购 7折（12:00–24:00）');
    expect(e.figures.units).toBeGreaterThan(e.figures.baselineUnits);
    expect(e.linesByRule.window).toBeGreaterThan(0);
    const scope = core.ctx.sqlite
      .prepare("SELECT value FROM campaign_scope WHERE campaign_id = ? AND kind = 'sku'")
      .all(id) as { value: string }[];
    expect(scope).toHaveLength(3);
    const page = readAttribution(core.ctx.sqlite, { id, pageSize: 200 });
    for (const r of page.rows) {
      expect(scope.map((s) => s.value)).toContain(r.skuId);
      expect(r.discountMinor).toBeGreaterThan(0);
    }
  });

  it('Black Friday is found by its code on Shopify, in USD orders converted to the base currency', () => {
    const id = ids.get('Black Friday / Cyber Monday 25% off')!;
    const e = evaluate('Black Friday / Cyber Monday 25% off');
    expect([e.baseCurrency, e.linesByRule.window]).toEqual(['CNY', 0]);
    expect(e.linesByRule.code).toBeGreaterThan(0);
    const page = readAttribution(core.ctx.sqlite, { id, pageSize: 200 });
    expect(page.rows.every((r) => r.currency === 'USD' && r.promotionCodes.includes('BFCM25'))).toBe(true);
    expect(e.figures.upliftBp!).toBeGreaterThan(0);
  });

  it('the 双12 is still to come; compare puts campaigns side by side through the API', async () => {
    expect(evaluate('2026 双12 满减（满199减20）').state).toBe('upcoming');
    const names = ['2025 双11 满减（满300减40）', '2026 双11 满减（满300减40）'];
    const side = await value<CampaignComparison>(
      core.dispatch('promotions', 'compare', { ids: names.map((n) => ids.get(n)!) }),
    );
    expect(side.campaigns.map((c) => c.name)).toEqual(names);
    const refused = await core.dispatch('promotions', 'compare', { ids: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('attribution is idempotent: a full re-run writes the very same rows', () => {
    const before = allAttribution(core.ctx.sqlite);
    expect(before.length).toBeGreaterThan(100);
    refreshAttribution(core.ctx.sqlite);
    expect(allAttribution(core.ctx.sqlite)).toEqual(before);
  });
});
