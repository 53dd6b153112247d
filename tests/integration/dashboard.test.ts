import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeKpis } from '../../electron/core/orders/kpis';
import type { DashboardOverview, DashboardProducts, DashboardRankings } from '../../shared/domain/dashboard';
import type { StaffMember } from '../../shared/domain/staff';
import { value, type TempCore } from '../helpers/catalog-data';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';
import { orderShop, type OrderShop } from '../helpers/order-shop';
import { tempCore } from '../helpers/temp-core';

let core: TempCore;
let shop: OrderShop;

/**
 * The order-list shop (March 2024: three valid orders on Tmall, two on Shopify US) plus orders in the two
 * comparison periods: February 2024 (previous period of March is 2024-01-30…2024-02-29) and March 2023.
 */
beforeEach(async () => {
  core = await tempCore('channeldesk-dashboard');
  shop = await orderShop(core);
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2023-01-01', rate: '6.9' }));
  writeOrders(core, shop.tmall.id, [
    parsedOrder({
      externalId: 'FEB-1',
      placedAt: '2024-02-14T04:00:00.000Z',
      customer: { name: '张伟', phone: '13800138000' },
      lines: [orderLine({ sku: 'MUG-RED', quantity: 3, unitPriceMinor: 5000 })],
    }),
    parsedOrder({
      externalId: 'MAR23-1',
      placedAt: '2023-03-08T04:00:00.000Z',
      customer: { name: '王芳', phone: '13900139000' },
      lines: [orderLine({ sku: 'LAMP-1', quantity: 1, unitPriceMinor: 16000 })],
    }),
  ]);
  writeOrders(core, shop.shopify.id, [
    parsedOrder({
      externalId: '#0900',
      placedAt: '2023-03-20T15:00:00.000Z',
      currency: 'USD',
      customer: { name: 'Bob', email: 'bob@example.com' },
      lines: [orderLine({ sku: 'MUG-BLUE', quantity: 2, unitPriceMinor: 1500 })],
    }),
  ]);
});
afterEach(() => core.cleanup());

const march = { from: '2024-03-01', to: '2024-03-31' };
const overview = (input: object) => value<DashboardOverview>(core.dispatch('dashboard', 'overview', input));
const rankings = (input: object) => value<DashboardRankings>(core.dispatch('dashboard', 'rankings', input));
const strip = <T extends object>(f: T) => {
  const { retentionBp: _r, ...rest } = f as T & { retentionBp: unknown };
  return rest;
};

describe('dashboard.overview on a small shop', () => {
  it('carries computeKpis of the period, the previous period and the same dates last year, with MoM and YoY', async () => {
    const o = await overview(march);
    const now = computeKpis(core.ctx.sqlite, march);
    const before = computeKpis(core.ctx.sqlite, { from: '2024-01-30', to: '2024-02-29' });
    const yearAgo = computeKpis(core.ctx.sqlite, { from: '2023-03-01', to: '2023-03-31' });
    expect(o.previousPeriod).toEqual({ from: '2024-01-30', to: '2024-02-29' });
    expect(o.lastYearPeriod).toEqual({ from: '2023-03-01', to: '2023-03-31' });
    expect(o.current).toEqual(now.total);
    expect(o.previous).toEqual(before.total);
    expect(o.lastYear).toEqual(yearAgo.total);
    expect(o.comparisonGaps).toEqual([]);
    // The shop is real: five valid March orders (the cancelled and unpaid ones are earlier), one in February, two in March 2023.
    expect([o.current.orders, o.previous!.orders, o.lastYear!.orders]).toEqual([5, 1, 2]);
    expect(o.changes.orders).toEqual({ momBp: 40_000, yoyBp: 15_000 });
    const net = (n: number, d: number) => Math.round(((n - d) / d) * 10_000);
    expect(o.changes.netSalesMinor.momBp).toBe(net(now.total.netSalesMinor, before.total.netSalesMinor));
    expect(o.changes.grossProfitMinor.yoyBp).toBe(
      net(now.total.grossProfitMinor, yearAgo.total.grossProfitMinor),
    );
    expect(o.costsHidden).toBe(false);
    expect(o.hasOrders).toBe(true);
    expect(o.service).toEqual({
      available: false,
      openTickets: null,
      overdue: null,
      slaMetRateBp: null,
      csat: null,
      nps: null,
    });
  });

  it('draws one point per day of both periods, adding up to the period figures', async () => {
    const o = await overview(march);
    expect(o.series).toHaveLength(31);
    expect(o.previousSeries).toHaveLength(31);
    expect(o.series[0]!.day).toBe('2024-03-01');
    expect(o.previousSeries[0]!.day).toBe('2024-01-30');
    expect(o.series.reduce((s, p) => s + p.orders, 0)).toBe(o.current.orders);
    // Each day is rounded once; with whole-fen amounts here the sums match exactly.
    expect(o.series.reduce((s, p) => s + p.netSalesMinor, 0)).toBe(o.current.netSalesMinor);
    expect(o.previousSeries.find((p) => p.day === '2024-02-14')!.orders).toBe(1);
  });

  it('compares storefronts and ranks products by gross profit; one storefront narrows everything', async () => {
    const o = await overview(march);
    const now = computeKpis(core.ctx.sqlite, march);
    expect(o.storefronts.map((s) => s.name)).toEqual(now.storefronts.map((s) => s.name));
    const tmall = o.storefronts.find((s) => s.storefrontId === shop.tmall.id)!;
    expect(strip(tmall.figures)).toEqual(
      strip(now.storefronts.find((s) => s.storefrontId === shop.tmall.id)!),
    );
    const ranked = await rankings(march);
    expect(ranked).toMatchObject({
      ranking: 'grossProfit',
      storefrontId: null,
      period: march,
      costsHidden: false,
    });
    expect(ranked.topProducts.map((p) => p.skuCode)).toEqual(['LAMP-1', 'MUG-RED', 'MUG-BLUE']);
    expect(ranked.bottomProducts).toEqual([]);
    const profits = ranked.topProducts.map((p) => p.grossProfitMinor!);
    expect([...profits].sort((a, b) => b - a)).toEqual(profits);

    const one = await overview({ ...march, storefrontId: shop.shopify.id });
    expect(one.current).toEqual(
      computeKpis(core.ctx.sqlite, { ...march, storefrontId: shop.shopify.id }).total,
    );
    expect(one.current.orders).toBe(2);
    expect(one.storefronts.map((s) => s.storefrontId)).toEqual([shop.shopify.id]);
    expect(one.lastYear!.orders).toBe(1);
  });

  it('keeps the period when a comparison period lacks an FX rate, and says which one', async () => {
    writeOrders(core, shop.shopify.id, [
      parsedOrder({
        externalId: '#0001',
        placedAt: '2022-03-10T15:00:00.000Z',
        currency: 'USD',
        lines: [orderLine({ sku: 'LAMP-1', quantity: 1, unitPriceMinor: 2000 })],
      }),
    ]);
    const o = await overview({ from: '2023-03-01', to: '2023-03-31' });
    expect(o.current.orders).toBe(2);
    expect(o.lastYear).toBeNull();
    expect(o.comparisonGaps).toEqual(['lastYear']);
    expect(o.changes.orders.yoyBp).toBeNull();
    // The period itself without a rate is refused with the currency and date named.
    const failed = await core.dispatch('dashboard', 'overview', { from: '2022-03-01', to: '2022-03-31' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', key: 'fxRateMissing' } });
  });

  it('shows a shop without orders as empty, and refuses bad input without touching anything', async () => {
    const empty = await tempCore('channeldesk-dashboard-empty');
    try {
      const o = await value<DashboardOverview>(empty.dispatch('dashboard', 'overview', march));
      expect(o.hasOrders).toBe(false);
      expect(o.current.orders).toBe(0);
      expect(o.changes.netSalesMinor).toEqual({ momBp: null, yoyBp: null });
      expect(o.series.every((p) => p.netSalesMinor === 0)).toBe(true);
    } finally {
      await empty.cleanup();
    }
    expect(
      await core.dispatch('dashboard', 'overview', { from: '2024-03-31', to: '2024-03-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'to', message: 'periodOrder' }] },
    });
    expect(
      await core.dispatch('dashboard', 'overview', { from: '1990-01-01', to: '2024-03-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'to', message: 'periodTooLong' }] },
    });
    expect(await core.dispatch('dashboard', 'overview', { ...march, storefrontId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('service role', () => {
  it('sees sales and customer figures but no cost, fee, profit or margin anywhere', async () => {
    const agent = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '张客服', role: 'service' }),
    );
    await value(core.dispatch('settings', 'update', { actingStaffId: agent.id }));
    const o = await overview(march);
    const now = computeKpis(core.ctx.sqlite, march).total;
    expect(o.costsHidden).toBe(true);
    expect(o.current.netSalesMinor).toBe(now.netSalesMinor);
    expect(o.current.buyers).toBe(now.buyers);
    for (const figures of [o.current, o.previous!, o.lastYear!, ...o.storefronts.map((s) => s.figures)]) {
      expect(figures).toMatchObject({
        cogsMinor: null,
        feesMinor: null,
        shippingCostMinor: null,
        grossProfitMinor: null,
        grossMarginBp: null,
      });
    }
    expect(o.changes.grossProfitMinor).toEqual({ momBp: null, yoyBp: null });
    expect(o.series.every((p) => p.grossProfitMinor === null)).toBe(true);
    expect(o.storefronts.every((s) => s.grossProfitMomBp === null)).toBe(true);
    const ranked = await rankings(march);
    expect(ranked.ranking).toBe('netSales');
    expect(ranked.costsHidden).toBe(true);
    expect(ranked.topProducts.every((p) => p.grossProfitMinor === null && p.cogsMinor === null)).toBe(true);
    const products = await value<DashboardProducts>(core.dispatch('dashboard', 'products', march));
    expect(products.costsHidden).toBe(true);
    expect(products.rows.every((p) => p.grossProfitMinor === null && p.feesMinor === null)).toBe(true);
    expect(JSON.stringify(o)).not.toContain(String(now.grossProfitMinor));

    // The owner taking over sees them again.
    const owner = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '王店长', role: 'owner' }),
    );
    await value(core.dispatch('settings', 'update', { actingStaffId: owner.id }));
    expect((await overview(march)).current.grossProfitMinor).toBe(now.grossProfitMinor);
  });
});
