import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeKpis } from '../../electron/core/orders/kpis';
import { readDailySeries } from '../../electron/core/orders/rollups/daily-series';
import { readProductProfit } from '../../electron/core/orders/rollups/product-profit';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';
import { orderShop, type OrderShop } from '../helpers/order-shop';
import { tempCore } from '../helpers/temp-core';
import { value, type TempCore } from '../helpers/catalog-data';

/**
 * The daily series and product profit of the small order shop (tests/helpers/order-shop.ts), worked out by
 * hand. March 2024, Asia/Shanghai days, CNY base, USD at 7.1:
 *   03-05 Shopify #1002: MUG-RED $12 + MUG-BLUE $12 → net ¥170.40; fees 2.9 % × $24 + 30¢ = $0.996 → ¥7.0716;
 *         $6.50 shipping → ¥46.15; cogs ¥60 → gross profit ¥57.1784, split ¥28.5892 per line.
 *   03-10 Tmall 2 × ¥50 MUG-RED (¥5 line, ¥3 order discount, ¥10 shipping in, paid ¥102): net ¥92; fees
 *         4 % × ¥92 + 0.6 % × ¥102 = ¥4.292; shipping ¥8; cogs ¥60 → ¥29.708. MUG-BLUE ¥50 fully refunded:
 *         net 0; fees 4 % × ¥50 + 0.6 % × ¥50 = ¥2.30; shipping ¥8; cogs ¥30 → −¥40.30.
 *   03-12 Shopify #1001 LAMP-1 $25 + $5 shipping in: net ¥177.50; fees 2.9 % × $30 + 30¢ = $1.17 → ¥8.307;
 *         shipping ¥46.15; cogs ¥80 → ¥78.543.
 *   03-20 Tmall 2 × ¥150 LAMP-1 (数码, 5 %): net ¥300; fees ¥15 + ¥1.80; shipping ¥8; cogs ¥160 → ¥115.20.
 */
let core: TempCore;
let shop: OrderShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-rollup-figures');
  shop = await orderShop(core);
});
afterEach(() => core.cleanup());

const march = { from: '2024-03-01', to: '2024-03-31' };
const april = { from: '2024-04-01', to: '2024-04-30' };

/**
 * April: two Tmall orders whose order-level amounts must be allocated to lines.
 *   04-02: MUG-RED ¥60 (家居 4 %), LAMP-1 ¥30 (5 %), unmatched GIFT-BOX ¥10 (5 %), ¥10 order discount, paid ¥90.
 *          Shares 0.6 / 0.3 / 0.1. MUG-RED: net ¥54, fees 4 % × 54 + 0.6 % × 90 × 0.6 = ¥2.484, shipping ¥4.80,
 *          cogs ¥30 → ¥16.716. LAMP-1: net ¥27, fees ¥1.35 + ¥0.162, shipping ¥2.40, cogs ¥80 → −¥56.912.
 *          GIFT-BOX: net ¥9, fees ¥0.45 + ¥0.054, shipping ¥0.80, no cost → ¥7.696. Order: −¥32.50.
 *   04-03: LAMP-1 ¥30 + MUG-BLUE ¥10, ¥4 refunded, ¥2 actual fees imported. Shares 0.75 / 0.25.
 *          LAMP-1: net ¥27, fees ¥1.50, shipping ¥6, cogs ¥80 → −¥60.50. MUG-BLUE: net ¥9, fees ¥0.50,
 *          shipping ¥2, cogs ¥30 → −¥23.50. Order: −¥84.
 */
function aprilOrders(): void {
  writeOrders(core, shop.tmall.id, [
    parsedOrder({
      externalId: 'A-0402',
      placedAt: '2024-04-02T04:00:00.000Z',
      status: 'completed',
      lines: [
        orderLine({ sku: 'MUG-RED', title: '马克杯', quantity: 1, unitPriceMinor: 6000 }),
        orderLine({ sku: 'LAMP-1', title: '台灯', quantity: 1, unitPriceMinor: 3000 }),
        orderLine({ sku: 'GIFT-BOX', title: '礼盒', quantity: 1, unitPriceMinor: 1000 }),
      ],
      orderDiscountMinor: 1000,
    }),
    parsedOrder({
      externalId: 'A-0403',
      placedAt: '2024-04-03T04:00:00.000Z',
      status: 'completed',
      lines: [
        orderLine({ sku: 'LAMP-1', title: '台灯', quantity: 1, unitPriceMinor: 3000 }),
        orderLine({ sku: 'MUG-BLUE', title: '马克杯', quantity: 1, unitPriceMinor: 1000 }),
      ],
      refundedMinor: 400,
      feesMinor: 200,
    }),
  ]);
}

describe('readDailySeries', () => {
  it('gives one point per day with each day rounded once, zeros on days without valid orders', () => {
    const points = readDailySeries(core.ctx.sqlite, march);
    expect(points).toHaveLength(31);
    expect(points[0]).toEqual({
      day: '2024-03-01',
      orders: 0,
      units: 0,
      netSalesMinor: 0,
      grossProfitMinor: 0,
    });
    const busy = points.filter((p) => p.orders > 0);
    expect(busy).toEqual([
      { day: '2024-03-05', orders: 1, units: 2, netSalesMinor: 17_040, grossProfitMinor: 5_718 },
      // ¥29.708 − ¥40.30 = −¥10.592
      { day: '2024-03-10', orders: 2, units: 3, netSalesMinor: 9_200, grossProfitMinor: -1_059 },
      { day: '2024-03-12', orders: 1, units: 1, netSalesMinor: 17_750, grossProfitMinor: 7_854 },
      { day: '2024-03-20', orders: 1, units: 2, netSalesMinor: 30_000, grossProfitMinor: 11_520 },
    ]);
    // The month's figures are the same sums: kpis rounds the month once (¥240.3294).
    const kpis = computeKpis(core.ctx.sqlite, march).total;
    expect(kpis.grossProfitMinor).toBe(24_033);
    expect(points.reduce((s, p) => s + p.netSalesMinor, 0)).toBe(kpis.netSalesMinor);
    expect(points.reduce((s, p) => s + p.orders, 0)).toBe(kpis.orders);
  });

  it('filters one storefront, and refuses an unknown one', () => {
    const points = readDailySeries(core.ctx.sqlite, { ...march, storefrontId: shop.shopify.id });
    expect(points.filter((p) => p.orders > 0).map((p) => [p.day, p.grossProfitMinor])).toEqual([
      ['2024-03-05', 5_718],
      ['2024-03-12', 7_854],
    ]);
    expect(() => readDailySeries(core.ctx.sqlite, { ...march, storefrontId: 'nope' })).toThrow(/nope/);
  });
});

describe('readProductProfit', () => {
  it('allocates order-level amounts to lines pro rata and sums per SKU across storefronts and currencies', () => {
    const rows = readProductProfit(core.ctx.sqlite, march);
    expect(rows).toEqual([
      {
        skuId: shop.lamp.skus[0]!.id,
        skuCode: 'LAMP-1',
        title: 'Desk lamp Warm white',
        units: 3,
        netSalesMinor: 47_750,
        cogsMinor: 24_000,
        feesMinor: 2_511, // ¥16.80 + ¥8.307
        grossProfitMinor: 19_374, // ¥115.20 + ¥78.543
        grossMarginBp: 4_057,
      },
      {
        skuId: shop.mug.skus.find((s) => s.code === 'MUG-RED')!.id,
        skuCode: 'MUG-RED',
        title: '陶瓷马克杯 红色 350ml',
        units: 3,
        netSalesMinor: 17_720,
        cogsMinor: 9_000,
        feesMinor: 783, // ¥4.292 + ¥3.5358
        grossProfitMinor: 5_830, // ¥29.708 + ¥28.5892
        grossMarginBp: 3_290,
      },
      {
        skuId: shop.mug.skus.find((s) => s.code === 'MUG-BLUE')!.id,
        skuCode: 'MUG-BLUE',
        title: '陶瓷马克杯 蓝色 350ml',
        units: 2,
        netSalesMinor: 8_520,
        cogsMinor: 6_000,
        feesMinor: 584, // ¥2.30 + ¥3.5358
        grossProfitMinor: -1_171, // −¥40.30 + ¥28.5892
        grossMarginBp: -1_375,
      },
    ]);
    // Σ products = the kpis gross profit (here exactly; in general up to one rounding per row).
    expect(rows.reduce((s, r) => s + r.grossProfitMinor, 0)).toBe(
      computeKpis(core.ctx.sqlite, march).total.grossProfitMinor,
    );
  });

  it('splits discounts, refunds, actual fees and shipping by line net; unmatched lines group by their code', () => {
    aprilOrders();
    const rows = readProductProfit(core.ctx.sqlite, { ...april, storefrontId: shop.tmall.id });
    expect(rows.map((r) => [r.skuCode, r.skuId === null, r.title, r.units, r.netSalesMinor])).toEqual([
      ['MUG-RED', false, '陶瓷马克杯 红色 350ml', 1, 5_400],
      ['GIFT-BOX', true, '礼盒', 1, 900],
      ['MUG-BLUE', false, '陶瓷马克杯 蓝色 350ml', 1, 900],
      ['LAMP-1', false, 'Desk lamp Warm white', 2, 5_400],
    ]);
    expect(
      rows.map((r) => [r.skuCode, r.cogsMinor, r.feesMinor, r.grossProfitMinor, r.grossMarginBp]),
    ).toEqual([
      ['MUG-RED', 3_000, 248, 1_672, 3_096], // ¥2.484, ¥16.716
      ['GIFT-BOX', 0, 50, 770, 8_551], // ¥0.504, ¥7.696
      ['MUG-BLUE', 3_000, 50, -2_350, -26_111],
      ['LAMP-1', 16_000, 301, -11_741, -21_743], // ¥1.512 + ¥1.50, −¥56.912 − ¥60.50
    ]);
    // kpis: −¥32.50 − ¥84 = −¥116.50; the rows, each rounded once, add up to −¥116.49.
    const kpis = computeKpis(core.ctx.sqlite, { ...april, storefrontId: shop.tmall.id }).total;
    expect(kpis.grossProfitMinor).toBe(-11_650);
    const total = rows.reduce((s, r) => s + r.grossProfitMinor, 0);
    expect(total).toBe(-11_649);
    expect(Math.abs(total - kpis.grossProfitMinor)).toBeLessThanOrEqual(rows.length / 2);
    expect(readDailySeries(core.ctx.sqlite, april).filter((p) => p.orders > 0)).toEqual([
      { day: '2024-04-02', orders: 1, units: 3, netSalesMinor: 9_000, grossProfitMinor: -3_250 },
      { day: '2024-04-03', orders: 1, units: 2, netSalesMinor: 3_600, grossProfitMinor: -8_400 },
    ]);
  });

  it('converts each day at the rate in force that day, and names a day without one', async () => {
    // From 03-10 USD is 7.3: #1001 (03-12) converts at it, #1002 (03-05) still at 7.1. #1001 at 7.3:
    // ¥182.50 + ¥36.50 − ¥80 − $1.17 × 7.3 − $6.50 × 7.3 = ¥83.009, so LAMP-1 makes ¥115.20 + ¥83.009.
    await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-03-10', rate: '7.3' }));
    const rows = readProductProfit(core.ctx.sqlite, march);
    expect(rows.find((r) => r.skuCode === 'LAMP-1')!.grossProfitMinor).toBe(19_821);
    expect(rows.find((r) => r.skuCode === 'MUG-RED')!.grossProfitMinor).toBe(5_830);
    const kpis = computeKpis(core.ctx.sqlite, march).total.grossProfitMinor;
    const total = rows.reduce((s, r) => s + r.grossProfitMinor, 0);
    expect(Math.abs(total - kpis)).toBeLessThanOrEqual(rows.length / 2);

    writeOrders(core, shop.shopify.id, [
      parsedOrder({
        externalId: '#0900',
        placedAt: '2023-12-01T04:00:00.000Z',
        currency: 'USD',
        status: 'paid',
      }),
    ]);
    const december = { from: '2023-12-01', to: '2023-12-31' };
    expect(() => readProductProfit(core.ctx.sqlite, december)).toThrow(
      /No FX rate for USD on or before 2023-12-01/,
    );
    expect(() => readDailySeries(core.ctx.sqlite, december)).toThrow(
      /No FX rate for USD on or before 2023-12-01/,
    );
  });

  it('is empty for a period without valid orders', () => {
    expect(readProductProfit(core.ctx.sqlite, { from: '2024-02-01', to: '2024-02-29' })).toEqual([]);
  });
});
