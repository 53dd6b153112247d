import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, ProductDetail, ProductSummary } from '../../shared/domain/catalog';
import type { BelowFloorListings, DashboardAlert, DashboardProducts } from '../../shared/domain/dashboard';
import type { ImportRecord } from '../../shared/domain/orders';
import type { OrderListPage } from '../../shared/domain/order-list';
import type { StaffMember } from '../../shared/domain/staff';
import type { Storefront } from '../../shared/domain/storefronts';
import {
  costOf,
  createProduct,
  createStorefront,
  shopifyFields,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';
import { tempCore } from '../helpers/temp-core';

let core: TempCore;
let tmall: Storefront;
let shopify: Storefront;
let mug: ProductDetail;

const march = { from: '2024-03-01', to: '2024-03-31' };
const alerts = (input: object) => value<DashboardAlert[]>(core.dispatch('dashboard', 'alerts', input));
const byKind = (list: DashboardAlert[], kind: DashboardAlert['kind']) => list.find((a) => a.kind === kind);

/**
 * A clean shop: stock well above reorder points, a listing priced well above its floor, profitable orders
 * with every FX rate they need, and each file imported once. It raises no alert at all.
 */
beforeEach(async () => {
  core = await tempCore('channeldesk-dashboard-alerts');
  await value(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2024-03-01', rate: '7.1' }));
  tmall = await createStorefront(core, tmallFields);
  shopify = await createStorefront(core, shopifyFields);
  mug = await createProduct(core, {
    name: '陶瓷马克杯',
    category: '家居',
    skus: [{ code: 'MUG-RED', name: '红色', stockOnHand: 500, reorderPoint: 10, cost: costOf(3000) }],
  });
  await value(
    core.dispatch('catalog', 'upsertListing', {
      skuId: mug.skus[0]!.id,
      storefrontId: tmall.id,
      priceMinor: 9900,
    }),
  );
  writeOrders(core, tmall.id, [
    parsedOrder({
      placedAt: '2024-03-05T04:00:00.000Z',
      lines: [orderLine({ sku: 'MUG-RED', quantity: 2, unitPriceMinor: 9900 })],
    }),
  ]);
  writeOrders(core, shopify.id, [
    parsedOrder({
      placedAt: '2024-03-06T15:00:00.000Z',
      currency: 'USD',
      lines: [orderLine({ sku: 'MUG-RED', quantity: 1, unitPriceMinor: 2500 })],
    }),
  ]);
  recordImport('imp-1', 'sha-clean', '2024-03-05T02:00:00.000Z');
});
afterEach(() => core.cleanup());

function recordImport(id: string, checksum: string, at: string, storefrontId = tmall.id) {
  core.ctx.sqlite
    .prepare(
      `INSERT INTO imports (id, kind, storefront_id, format, files, checksum, inserted, updated, unchanged, lines,
                            warnings, actor_id, at) VALUES (?, 'orders', ?, 'tmall', '["orders.csv"]', ?, 1, 0, 0, 1, 0, NULL, ?)`,
    )
    .run(id, storefrontId, checksum, at);
}

describe('dashboard.alerts', () => {
  it('raises nothing for a clean shop', async () => {
    expect(await alerts(march)).toEqual([]);
    expect(await alerts({ ...march, storefrontId: shopify.id })).toEqual([]);
    expect((await value<BelowFloorListings>(core.dispatch('dashboard', 'belowFloor', {}))).rows).toEqual([]);
  });

  it('raises each alert for a shop built to trigger it, and each link lists exactly those rows', async () => {
    // Low stock: one SKU under its reorder point, one out of stock.
    await createProduct(core, {
      name: '保温杯',
      skus: [
        { code: 'CUP-1', name: '白', stockOnHand: 2, reorderPoint: 5, cost: costOf(2000) },
        { code: 'CUP-2', name: '黑', stockOnHand: 0, reorderPoint: 3, cost: costOf(2000) },
      ],
    });
    // Below floor: ¥20 for a mug costing ¥30 on Shopify's sister listing (override reason given, as pricing asks).
    const lamp = await createProduct(core, {
      name: 'Desk lamp',
      category: '数码',
      skus: [{ code: 'LAMP-1', name: 'Warm', stockOnHand: 50, reorderPoint: 5, cost: costOf(8000) }],
    });
    const cheap = await value<{ id: string }>(
      core.dispatch('catalog', 'upsertListing', {
        skuId: lamp.skus[0]!.id,
        storefrontId: tmall.id,
        priceMinor: 5000,
        overrideReason: '清仓',
      }),
    );
    // Sold at a loss in March: two lamps (cost ¥80 each) at ¥50.
    writeOrders(core, tmall.id, [
      parsedOrder({
        placedAt: '2024-03-12T04:00:00.000Z',
        lines: [orderLine({ sku: 'LAMP-1', quantity: 2, unitPriceMinor: 5000 })],
      }),
    ]);
    // A file imported again in March (the first time in February), and a Shopify order before any USD rate.
    recordImport('imp-2', 'sha-again', '2024-02-20T02:00:00.000Z');
    recordImport('imp-3', 'sha-again', '2024-03-20T02:00:00.000Z', shopify.id);
    const early = writeOrders(core, shopify.id, [
      parsedOrder({
        externalId: '#EARLY',
        placedAt: '2024-02-10T15:00:00.000Z',
        currency: 'USD',
        lines: [orderLine({ sku: 'MUG-RED', quantity: 1, unitPriceMinor: 2500 })],
      }),
    ]);

    const list = await alerts(march);
    expect(list.map((a) => a.kind)).toEqual(['lowStock', 'negativeMargin', 'belowFloor', 'duplicateImport']);
    expect(list.map((a) => a.severity)).toEqual(['critical', 'warning', 'warning', 'info']);

    const low = byKind(list, 'lowStock')!;
    expect(low).toMatchObject({
      count: 2,
      params: { products: 1, outOfStock: 1 },
      link: { route: '/catalog', query: { lowStock: '1' } },
    });
    const lowPage = await value<Page<ProductSummary>>(
      core.dispatch('catalog', 'listProducts', { lowStock: true, page: 1, pageSize: 50 }),
    );
    expect(lowPage.rows.map((p) => p.name)).toEqual(['保温杯']);
    expect(lowPage.rows[0]!.lowStockSkuCount).toBe(2);

    const loss = byKind(list, 'negativeMargin')!;
    expect(loss.link).toEqual({
      route: '/dashboard/products',
      query: { from: '2024-03-01', to: '2024-03-31', loss: '1' },
    });
    const products = await value<DashboardProducts>(core.dispatch('dashboard', 'products', march));
    const losing = products.rows.filter((r) => r.grossProfitMinor! < 0);
    expect(losing.map((r) => r.skuCode)).toEqual(['LAMP-1']);
    expect(loss.count).toBe(1);
    expect(loss.params.lossMinor).toBe(losing[0]!.grossProfitMinor);

    const floor = byKind(list, 'belowFloor')!;
    expect(floor.count).toBe(1);
    expect(floor.link).toEqual({ route: '/dashboard/below-floor', query: {} });
    const below = await value<BelowFloorListings>(core.dispatch('dashboard', 'belowFloor', {}));
    expect(below.rows.map((r) => [r.listingId, r.skuCode, r.priceMinor])).toEqual([
      [cheap.id, 'LAMP-1', 5000],
    ]);
    expect(below.rows[0]!.floorMinor).toBeGreaterThan(8000);

    const dup = byKind(list, 'duplicateImport')!;
    expect(dup).toMatchObject({
      count: 1,
      params: { files: 1 },
      link: { route: '/orders/import', query: { repeated: '1' } },
    });
    const repeated = await value<Page<ImportRecord>>(
      core.dispatch('imports', 'history', { repeatedOnly: true, page: 1, pageSize: 20 }),
    );
    expect(repeated.rows.map((r) => r.id)).toEqual(['imp-3', 'imp-2']);

    // February: the Shopify order has no USD rate (the first is from March 1).
    const feb = await alerts({ from: '2024-02-01', to: '2024-02-29' });
    const fx = byKind(feb, 'fxMissing')!;
    expect(feb[0]).toBe(fx);
    expect(fx).toMatchObject({
      severity: 'critical',
      count: 1,
      params: { currency: 'USD', from: '2024-02-10', to: '2024-02-10' },
    });
    expect(fx.link).toEqual({
      route: '/orders',
      query: { from: '2024-02-10', to: '2024-02-10', storefront: shopify.id },
    });
    const orders = await value<OrderListPage>(
      core.dispatch('orders', 'list', {
        filters: {
          from: fx.link.query.from,
          to: fx.link.query.to,
          storefrontIds: [fx.link.query.storefront],
        },
        page: 1,
        pageSize: 50,
      }),
    );
    expect(orders.rows.map((o) => o.id)).toEqual([early.ids.get('#EARLY')]);

    // One storefront: only its own floors, imports and orders; stock is shared and stays.
    const onShopify = await alerts({ ...march, storefrontId: shopify.id });
    expect(onShopify.map((a) => a.kind)).toEqual(['lowStock', 'duplicateImport']);
  });

  it('shows the service role no margin or floor alerts, and refuses an unknown storefront', async () => {
    await createProduct(core, {
      name: 'Desk lamp',
      skus: [{ code: 'LAMP-1', name: 'Warm', stockOnHand: 1, reorderPoint: 5, cost: costOf(8000) }],
    });
    writeOrders(core, tmall.id, [
      parsedOrder({
        placedAt: '2024-03-12T04:00:00.000Z',
        lines: [orderLine({ sku: 'LAMP-1', quantity: 1, unitPriceMinor: 100 })],
      }),
    ]);
    // The sale took the last lamp: out of stock is urgent, so it comes first.
    expect((await alerts(march)).map((a) => a.kind)).toEqual(['lowStock', 'negativeMargin']);
    const agent = await value<StaffMember>(
      core.dispatch('staff', 'create', { name: '张客服', role: 'service' }),
    );
    await value(core.dispatch('settings', 'update', { actingStaffId: agent.id }));
    expect((await alerts(march)).map((a) => a.kind)).toEqual(['lowStock']);
    expect(await value(core.dispatch('dashboard', 'belowFloor', {}))).toEqual({
      costsHidden: true,
      rows: [],
    });
    expect(await core.dispatch('dashboard', 'alerts', { ...march, storefrontId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
