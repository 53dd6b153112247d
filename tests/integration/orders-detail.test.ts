import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDetail } from '../../shared/domain/order-detail';
import type { OrderView } from '../../shared/domain/order-list';
import { value } from '../helpers/catalog-data';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';
import { orderShop, type OrderShop } from '../helpers/order-shop';
import { tempCore } from '../helpers/temp-core';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: OrderShop;

beforeAll(async () => {
  core = await tempCore('orders-detail');
  shop = await orderShop(core);
});
afterAll(async () => core.cleanup());

const get = (externalId: string) =>
  value<OrderDetail>(core.dispatch('orders', 'get', { id: shop.ids.get(externalId) }));

/** The waterfall as { step: [base, order] } for compact hand-checked expectations. */
function steps(detail: OrderDetail): Record<string, [number, number]> {
  if (!detail.profit.available) throw new Error('profit not available');
  return Object.fromEntries(detail.profit.steps.map((s) => [s.key, [s.baseMinor, s.orderMinor]]));
}

describe('orders.get', () => {
  it('shows the order, its matched lines with cost at import, customer, shipping and history', async () => {
    const d = await get('3301000000000001');
    expect(d).toMatchObject({
      externalId: '3301000000000001',
      storefront: { id: shop.tmall.id, name: '天猫旗舰店', platform: 'tmall', currency: 'CNY' },
      placedDate: '2024-03-10',
      status: 'completed',
      buyer: { name: '张伟', phone: '13800138000' },
      shipping: { name: '张伟', address: '某路 1 号', city: '杭州市', province: '浙江省' },
      amounts: { grossMinor: 10000, lineDiscountMinor: 500, orderDiscountMinor: 300, totalPaidMinor: 10200 },
      fees: [],
    });
    const red = shop.mug.skus.find((s) => s.code === 'MUG-RED')!;
    expect(d.lines).toEqual([
      {
        lineNo: 1,
        skuCode: 'MUG-RED',
        title: '陶瓷马克杯 红色',
        quantity: 2,
        unitPriceMinor: 5000,
        lineDiscountMinor: 500,
        sku: {
          id: red.id,
          code: 'MUG-RED',
          name: '红色 350ml',
          productId: shop.mug.id,
          productName: '陶瓷马克杯',
        },
        unitCostBaseMinor: 3000,
      },
    ]);
    // Orders 1 and 4 share a phone: one customer with two orders, both on this storefront.
    expect(d.customer).toMatchObject({ name: '张伟', orders: 2, otherStorefrontOrders: 0 });
    expect(d.statusHistory).toEqual([
      expect.objectContaining({ status: 'completed', refundedMinor: 0, importId: null }),
    ]);
  });

  it('computes the METRICS.md waterfall in base and order currency (fee rule, category commission)', async () => {
    const d = await get('3301000000000001');
    // Net 100 − 5 − 3 = ¥92; 家居 commission 4 % of ¥92 = 3.68, payment 0.6 % of ¥102 = 0.612 → fees 4.292;
    // profit 92 + 10 − 60 − 4.292 − 8 = 29.708 → ¥29.71 (rounded once, half away from zero).
    expect(steps(d)).toEqual({
      grossSales: [10000, 10000],
      discounts: [-800, -800],
      refunds: [0, 0],
      netSales: [9200, 9200],
      shippingIncome: [1000, 1000],
      cogs: [-6000, -6000],
      fees: [-429, -429],
      shippingCost: [-800, -800],
      grossProfit: [2971, 2971],
    });
    expect(d.profit).toMatchObject({
      feesSource: 'rule',
      shippingCostSource: 'default',
      grossMarginBp: 3229,
    });
  });

  it('converts a USD order at the rate of its date, COGS from base to order currency', async () => {
    const d = await get('#1001');
    // $25 + $5 shipping; fees 2.9 % × $30 + $0.30 = $1.17; shipping $6.50; COGS ¥80 = $11.2676…; rate 7.1.
    expect(steps(d)).toEqual({
      grossSales: [17750, 2500],
      discounts: [0, 0],
      refunds: [0, 0],
      netSales: [17750, 2500],
      shippingIncome: [3550, 500],
      cogs: [-8000, -1127],
      fees: [-831, -117],
      shippingCost: [-4615, -650],
      grossProfit: [7854, 1106],
    });
    expect(d.profit).toMatchObject({ baseCurrency: 'CNY', currency: 'USD' });
  });

  it('says which rate is missing instead of inventing a figure', async () => {
    const { ids } = writeOrders(core, shop.shopify.id, [
      parsedOrder({ externalId: '#0999', placedAt: '2023-12-20T12:00:00.000Z', currency: 'USD' }),
    ]);
    const d = await value<OrderDetail>(core.dispatch('orders', 'get', { id: ids.get('#0999') }));
    expect(d.profit).toEqual({
      available: false,
      baseCurrency: 'CNY',
      currency: 'USD',
      missingRate: { currency: 'USD', date: '2023-12-20' },
    });
  });

  it('uses imported actual fees, keeps refund history and counts the customer on other storefronts', async () => {
    const { ids } = writeOrders(core, shop.tmall.id, [
      parsedOrder({
        externalId: 'T-FEES',
        placedAt: '2024-04-01T02:00:00.000Z',
        customer: { name: 'Alice', email: 'alice@example.com' },
        lines: [orderLine({ sku: 'MUG-RED', quantity: 1, unitPriceMinor: 5000 })],
      }),
    ]);
    const id = ids.get('T-FEES')!;
    const db = core.ctx.sqlite;
    db.prepare(
      `INSERT INTO imports (id, kind, storefront_id, format, files, checksum, inserted, updated, unchanged, lines,
        warnings, actor_id, at) VALUES ('imp-1', 'fees', ?, 'tmall', '[]', 'x', 0, 1, 0, 0, 0, NULL, ?)`,
    ).run(shop.tmall.id, '2024-04-05T00:00:00.000Z');
    db.prepare(
      `INSERT INTO order_fees (order_id, import_id, kind, amount_minor, currency, source_ref)
        VALUES (?, 'imp-1', 'commission', 250, 'CNY', 'settle-1'), (?, 'imp-1', 'payment', 30, 'CNY', 'settle-1')`,
    ).run(id, id);
    db.prepare('UPDATE orders SET fees_minor = 280 WHERE id = ?').run(id);
    // The platform later reports a partial refund: the same order again, with its refund.
    writeOrders(core, shop.tmall.id, [
      parsedOrder({
        externalId: 'T-FEES',
        placedAt: '2024-04-01T02:00:00.000Z',
        customer: { name: 'Alice', email: 'alice@example.com' },
        lines: [orderLine({ sku: 'MUG-RED', quantity: 1, unitPriceMinor: 5000 })],
        refundedMinor: 1000,
      }),
    ]);
    const d = await value<OrderDetail>(core.dispatch('orders', 'get', { id }));
    expect(d.fees).toEqual([
      { kind: 'commission', amountMinor: 250, currency: 'CNY', sourceRef: 'settle-1' },
      { kind: 'payment', amountMinor: 30, currency: 'CNY', sourceRef: 'settle-1' },
    ]);
    expect(d.statusHistory.map((h) => h.refundedMinor)).toEqual([0, 1000]);
    expect(steps(d)).toMatchObject({ refunds: [-1000, -1000], fees: [-280, -280], grossProfit: [-80, -80] });
    expect(d.profit).toMatchObject({ feesSource: 'actual' });
    // Alice's e-mail ties this Tmall order to her two Shopify orders.
    expect(d.customer).toMatchObject({ orders: 3, otherStorefrontOrders: 2 });
    const shopifySide = await get('#1001');
    expect(shopifySide.customer).toMatchObject({ orders: 3, otherStorefrontOrders: 1 });
  });

  it('answers NOT_FOUND for an unknown order', async () => {
    expect(await core.dispatch('orders', 'get', { id: 'no-such-order' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('saved views', () => {
  const view = {
    name: 'Refunds this month',
    filters: { hasRefund: true, from: '2024-03-01', to: '2024-03-31' },
    sort: 'total_paid',
    direction: 'desc',
    columns: ['placedAt', 'externalId', 'refunded'],
  };

  it('saves, lists by name, replaces, refuses a taken name and deletes', async () => {
    const saved = await value<OrderView>(core.dispatch('orders', 'saveView', view));
    expect(saved).toMatchObject({ ...view, id: expect.any(String) });
    const other = await value<OrderView>(
      core.dispatch('orders', 'saveView', {
        name: 'After-sales',
        filters: { afterSales: true },
        columns: ['status'],
      }),
    );
    expect(other).toMatchObject({ sort: 'placed_at', direction: 'desc' });
    expect(
      (await value<OrderView[]>(core.dispatch('orders', 'views', undefined))).map((v) => v.name),
    ).toEqual(['After-sales', 'Refunds this month']);

    const taken = await core.dispatch('orders', 'saveView', { ...view, name: 'after-SALES' });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'name', message: 'viewNameTaken' }] },
    });

    await value(core.dispatch('orders', 'saveView', { ...view, id: saved.id, columns: ['status', 'buyer'] }));
    const views = await value<OrderView[]>(core.dispatch('orders', 'views', undefined));
    expect(views).toHaveLength(2);
    expect(views.find((v) => v.id === saved.id)!.columns).toEqual(['status', 'buyer']);

    expect(await value(core.dispatch('orders', 'deleteView', { id: other.id }))).toEqual({ id: other.id });
    expect(await value<OrderView[]>(core.dispatch('orders', 'views', undefined))).toHaveLength(1);
    expect(await core.dispatch('orders', 'deleteView', { id: other.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses unknown or repeated columns and an empty name, changing nothing', async () => {
    const before = await value<OrderView[]>(core.dispatch('orders', 'views', undefined));
    for (const bad of [
      { ...view, name: 'x', columns: ['profit'] },
      { ...view, name: 'x', columns: ['status', 'status'] },
      { ...view, name: 'x', columns: [] },
      { ...view, name: '  ' },
      { ...view, name: 'x', id: 'no-such-view' },
    ]) {
      const answer = await core.dispatch('orders', 'saveView', bad);
      expect(answer.ok).toBe(false);
    }
    expect(await value<OrderView[]>(core.dispatch('orders', 'views', undefined))).toEqual(before);
  });
});
