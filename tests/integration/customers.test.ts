import { afterEach, describe, expect, it } from 'vitest';
import { count } from '../helpers/catalog-data';
import { orderLine } from '../helpers/order-builders';
import {
  customerOf,
  customerShop,
  daysAgo,
  getCustomer,
  importOrders,
  listCustomers,
  type CustomerShop,
} from '../helpers/customer-shop';

let shop: CustomerShop;
afterEach(async () => shop?.core.cleanup());

const mug = (quantity: number, unitPriceMinor: number, lineDiscountMinor = 0) =>
  orderLine({ sku: 'MUG', quantity, unitPriceMinor, lineDiscountMinor });
const pen = (quantity: number, unitPriceMinor: number) => orderLine({ sku: 'PEN', quantity, unitPriceMinor });

describe('one customer across storefronts', () => {
  it('merges buyers by phone, e-mail and platform buyer id across storefronts', async () => {
    shop = await customerShop();
    const { core, tmall, shopify, jd } = shop;
    const a = importOrders(core, tmall.id, [
      { externalId: 'TM-1', customer: { name: '张三', phone: '13800138000', buyerId: 'zhangsan88' } },
    ]);
    // The same phone written the international way, plus an e-mail: the same person.
    const b = importOrders(core, shopify.id, [
      {
        externalId: '#1001',
        currency: 'USD',
        placedAt: '2024-03-12T02:00:00.000Z',
        customer: { name: 'San Zhang', phone: '+86 138-0013-8000', email: 'San@Example.com' },
      },
    ]);
    // Only the e-mail (any case) links this JD order; only the buyer id links the second Tmall one.
    const c = importOrders(core, jd.id, [
      { externalId: 'JD-1', placedAt: '2024-03-14T02:00:00.000Z', customer: { email: 'san@example.com' } },
    ]);
    const d = importOrders(core, tmall.id, [
      { externalId: 'TM-2', placedAt: '2024-03-16T02:00:00.000Z', customer: { buyerId: 'zhangsan88' } },
    ]);
    const id = customerOf(core, a.get('TM-1')!);
    for (const ids of [b, c, d]) expect(customerOf(core, [...ids.values()][0]!)).toBe(id);
    expect(count(core, 'customers')).toBe(1);

    const detail = await getCustomer(core, id);
    expect(detail.identities.map((i) => `${i.kind}:${i.value}`)).toEqual([
      'phone:13800138000',
      'email:san@example.com',
      'buyer:taobao:zhangsan88',
    ]);
    expect(detail.orders).toBe(4);
    expect(detail.storefronts).toBe(3);
    expect(detail.orderPage.rows.map((o) => [o.externalId, o.storefrontName])).toEqual([
      ['TM-2', '天猫旗舰店'],
      ['JD-1', '京东自营'],
      ['#1001', 'Shopify US'],
      ['TM-1', '天猫旗舰店'],
    ]);
    const second = await getCustomer(core, id, { page: 2, pageSize: 3 });
    expect(second.orderPage).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.orderPage.rows.map((o) => o.externalId)).toEqual(['TM-1']);
  });

  it('merges two known customers when one order carries both their identities, and their figures follow', async () => {
    shop = await customerShop();
    const { core, tmall, jd } = shop;
    importOrders(core, tmall.id, [{ externalId: 'TM-1', customer: { name: '周一', phone: '13100131000' } }]);
    importOrders(core, jd.id, [
      { externalId: 'JD-1', customer: { name: 'Zhou', email: 'zhou@example.com' } },
    ]);
    expect((await listCustomers(core)).total).toBe(2);
    importOrders(core, jd.id, [
      { externalId: 'JD-2', customer: { phone: '13100131000', email: 'zhou@example.com' } },
    ]);
    const list = await listCustomers(core);
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ name: '周一', orders: 3, storefronts: 2, monetaryMinor: 30000 });
    expect(count(core, 'customer_stats')).toBe(1);
    expect(count(core, 'customer_storefronts')).toBe(2);
  });

  it('never merges on masked phones, e-mails or buyer ids', async () => {
    shop = await customerShop();
    const { core, tmall, jd } = shop;
    const masked = { name: '李**', phone: '138****1234', email: 'l***@qq.com', buyerId: 'l***' };
    const ids = importOrders(core, tmall.id, [
      { externalId: 'TM-1', customer: masked },
      { externalId: 'TM-2', customer: masked },
    ]);
    const other = importOrders(core, jd.id, [{ externalId: 'JD-1', customer: masked }]);
    const customers = new Set(
      [ids.get('TM-1'), ids.get('TM-2'), other.get('JD-1')].map((o) => customerOf(core, o!)),
    );
    expect(customers.size).toBe(3);
    expect(count(core, 'customer_identities')).toBe(0);
    const list = await listCustomers(core, { search: '138' });
    expect(list.total).toBe(0);
  });

  it('buyer ids only match within one platform family (Tmall and Taobao share accounts)', async () => {
    shop = await customerShop();
    const { core, tmall, jd } = shop;
    const a = importOrders(core, tmall.id, [{ externalId: 'TM-1', customer: { buyerId: 'lucky' } }]);
    const b = importOrders(core, jd.id, [{ externalId: 'JD-1', customer: { buyerId: 'lucky' } }]);
    expect(customerOf(core, a.get('TM-1')!)).not.toBe(customerOf(core, b.get('JD-1')!));
  });
});

describe('customer figures', () => {
  it('sums valid orders in the base currency at the order date rate, with gross profit after fees', async () => {
    shop = await customerShop();
    const { core, tmall, shopify } = shop;
    const phone = '13900139000';
    importOrders(core, tmall.id, [
      {
        // 13,800 − 500 line − 300 order discount = 13,000; commission 4 % (家居) of 13,000 = 520;
        // payment 0.6 % of 13,000 paid = 78; shipping ¥8.00; COGS 2 × ¥20.00: profit 7,602.
        externalId: 'TM-1',
        placedAt: '2024-05-01T02:00:00.000Z',
        status: 'completed',
        lines: [mug(2, 6900, 500)],
        orderDiscountMinor: 300,
        customer: { name: '王五', phone },
      },
      {
        externalId: 'TM-2',
        placedAt: '2024-06-01T02:00:00.000Z',
        status: 'cancelled',
        lines: [mug(5, 6900)],
        customer: { name: '王五', phone },
      },
    ]);
    importOrders(core, shopify.id, [
      {
        // $12.99 − $1.00 = 1,199 ¢ at 7.2 (rate of 2024-06-01) = 8,632.8 fen. Profit in USD: 1,199 − 200 refund
        // + 500 shipping − 2.9 % of 1,699 paid (49.271) = 1,449.729 ¢ → 10,438.0488 fen; minus (30 ¢ fee +
        // 650 ¢ shipping) × 7.2 = 4,896 and COGS 500: 5,042.0488 fen.
        externalId: '#1001',
        currency: 'USD',
        placedAt: '2024-06-20T15:00:00.000Z',
        lines: [pen(1, 1299)],
        orderDiscountMinor: 100,
        shippingIncomeMinor: 500,
        refundedMinor: 200,
        customer: { name: 'Wang Wu', phone: `+86${phone}` },
      },
      {
        // EUR has no rate at all: the order counts, its money cannot be converted.
        externalId: '#1002',
        currency: 'EUR',
        placedAt: '2024-06-21T15:00:00.000Z',
        lines: [pen(1, 1000)],
        customer: { phone },
      },
    ]);
    const [row] = (await listCustomers(core)).rows;
    expect(row).toMatchObject({
      name: '王五',
      phone,
      orders: 3,
      firstOrderAt: '2024-05-01T02:00:00.000Z',
      lastOrderAt: '2024-06-21T15:00:00.000Z',
      monetaryMinor: 21633, // 13,000 + 8,632.8, rounded once
      grossProfitMinor: 12644, // 7,602 + 5,042.0488
      unconvertedOrders: 1,
      storefronts: 2,
      // Every order is more than 365 days old: no scores, and the tier of a customer gone quiet.
      rfm: null,
      tier: 'lost',
    });
    const detail = await getCustomer(core, row!.id);
    expect(detail.repurchase).toBe(true);
    // Mean gap between 3 valid orders: (June 21 15:00 − May 1 02:00) = 51.54 days ÷ 2 gaps.
    expect(detail.purchaseCycleDays).toBe(25.8);
    expect(detail.baseCurrency).toBe('CNY');
    expect(detail.orderPage.rows.find((o) => o.externalId === 'TM-2')).toMatchObject({ valid: false });
  });

  it('has no purchase cycle and no repurchase with a single valid order, and no tier without any', async () => {
    shop = await customerShop();
    const { core, jd } = shop;
    importOrders(core, jd.id, [
      { externalId: 'A-1', placedAt: daysAgo(3), customer: { phone: '13700000001' } },
      { externalId: 'A-2', placedAt: daysAgo(2), status: 'cancelled', customer: { phone: '13700000001' } },
      {
        externalId: 'B-1',
        placedAt: daysAgo(1),
        status: 'pending_payment',
        customer: { phone: '13700000002' },
      },
    ]);
    const one = (await listCustomers(core, { search: '13700000001' })).rows[0]!;
    const detail = await getCustomer(core, one.id);
    expect(detail).toMatchObject({ orders: 1, purchaseCycleDays: null, repurchase: false, recencyDays: 3 });
    const none = (await listCustomers(core, { search: '13700000002' })).rows[0]!;
    expect(none).toMatchObject({ orders: 0, monetaryMinor: 0, tier: null, rfm: null, lastOrderAt: null });
  });
});

describe('RFM scores and value tiers', () => {
  /** recency days of the last order, number of orders (¥100.00 each, 10 days apart before the last one). */
  const people: Record<string, [number, number]> = {
    A: [5, 5],
    B: [20, 1],
    C: [30, 2],
    D: [100, 4],
    E: [200, 3],
    F: [400, 1],
  };

  async function rfmShop() {
    shop = await customerShop('rfm');
    const orders = Object.entries(people).flatMap(([who, [recency, n]], p) =>
      Array.from({ length: n }, (_, i) => ({
        externalId: `${who}-${i}`,
        placedAt: daysAgo(recency + 10 * i),
        lines: [orderLine({ sku: 'PEN', quantity: 1, unitPriceMinor: 10000 })],
        customer: { name: `Customer ${who}`, phone: `1360000000${p}` },
      })),
    );
    importOrders(shop.core, shop.jd.id, orders);
  }

  const byName = async (query: object = {}) =>
    new Map((await listCustomers(shop.core, query)).rows.map((r) => [r.name!.slice(-1), r] as const));

  it('scores each of R, F and M by quintile over customers active in the last 365 days', async () => {
    await rfmShop();
    const rows = await byName();
    const scores = Object.fromEntries([...rows].map(([k, r]) => [k, r.rfm && Object.values(r.rfm).join('')]));
    // Five active customers with distinct values score 1…5; F bought 400 days ago and is not ranked.
    expect(scores).toEqual({ A: '555', B: '411', C: '322', D: '244', E: '133', F: null });
    const tiers = Object.fromEntries([...rows].map(([k, r]) => [k, r.tier]));
    expect(tiers).toEqual({
      A: 'high_value',
      B: 'potential',
      C: 'low_value',
      D: 'at_risk',
      E: 'at_risk',
      F: 'lost',
    });
    expect((await listCustomers(shop.core, { tier: 'at_risk' })).rows.map((r) => r.name)).toEqual([
      'Customer D',
      'Customer E',
    ]);
  });

  it('re-ranks everyone when one customer changes, and once a day as the calendar moves', async () => {
    await rfmShop();
    // B buys five more times today: 6 orders, more than anyone, and the most recent.
    importOrders(
      shop.core,
      shop.jd.id,
      Array.from({ length: 5 }, (_, i) => ({
        externalId: `B-new-${i}`,
        placedAt: daysAgo(0),
        lines: [orderLine({ sku: 'PEN', quantity: 1, unitPriceMinor: 10000 })],
        customer: { phone: '13600000001' },
      })),
    );
    let rows = await byName();
    expect(rows.get('B')!.rfm).toEqual({ recency: 5, frequency: 5, monetary: 5 });
    expect(rows.get('A')!.rfm).toEqual({ recency: 4, frequency: 4, monetary: 4 });
    expect(rows.get('B')!.tier).toBe('high_value');

    // A ranking from another day is redone on the next read (recency moves with the date).
    shop.core.ctx.sqlite.prepare("UPDATE customer_stats_state SET ranked_on = '2000-01-01'").run();
    shop.core.ctx.sqlite.prepare('UPDATE customer_stats SET recency_score = 1, tier = ?').run('lost');
    rows = await byName();
    expect(rows.get('B')!.rfm).toEqual({ recency: 5, frequency: 5, monetary: 5 });
    expect(rows.get('F')!.tier).toBe('lost');
  });
});

describe('customer list', () => {
  async function listShop() {
    shop = await customerShop('customer-list');
    const { core, tmall, shopify, jd } = shop;
    importOrders(core, tmall.id, [
      {
        externalId: 'T1',
        placedAt: daysAgo(50),
        lines: [pen(1, 3000)],
        customer: { name: '张三', phone: '13800138000' },
      },
      {
        externalId: 'T2',
        placedAt: daysAgo(40),
        lines: [pen(1, 3000)],
        customer: { name: '张三', phone: '13800138000' },
      },
      {
        externalId: 'T3',
        placedAt: daysAgo(30),
        lines: [pen(1, 9000)],
        customer: { name: '张伟', phone: '13912345678' },
      },
    ]);
    importOrders(core, shopify.id, [
      {
        externalId: '#1',
        currency: 'USD',
        placedAt: daysAgo(10),
        lines: [pen(1, 1000)],
        customer: { name: 'Sam Smith', email: 'Sam@Example.com' },
      },
    ]);
    importOrders(core, jd.id, [
      {
        externalId: 'J1',
        placedAt: daysAgo(5),
        lines: [pen(1, 500)],
        customer: { name: 'samuel', phone: '13800000000' },
      },
    ]);
    return shop;
  }
  const names = async (query: object) => (await listCustomers(shop.core, query)).rows.map((r) => r.name);

  it('finds customers by name (any case), phone or e-mail prefix', async () => {
    await listShop();
    expect(await names({ search: '张' })).toEqual(['张伟', '张三']);
    expect(await names({ search: 'SAM' })).toEqual(['Sam Smith', 'samuel']);
    expect(await names({ search: '138 0013' })).toEqual(['张三']);
    expect(await names({ search: '+86 138' })).toEqual(['张三', 'samuel']);
    expect(await names({ search: 'sam@ex' })).toEqual(['Sam Smith']);
    expect(await names({ search: 'nobody' })).toEqual([]);
    // A search is a prefix, not a substring: the middle of a phone matches nothing.
    expect(await names({ search: '0013800' })).toEqual([]);
  });

  it('sorts by money, last order or orders, filters by storefront, and pages', async () => {
    await listShop();
    // Money in CNY: 张伟 9,000; 张三 6,000; Sam $10.00 × 7.2 = 7,200; samuel 500.
    expect(await names({})).toEqual(['张伟', 'Sam Smith', '张三', 'samuel']);
    expect(await names({ direction: 'asc' })).toEqual(['samuel', '张三', 'Sam Smith', '张伟']);
    expect(await names({ sort: 'lastOrder' })).toEqual(['samuel', 'Sam Smith', '张伟', '张三']);
    expect((await names({ sort: 'orders' }))[0]).toBe('张三');
    expect(await names({ storefrontId: shop.tmall.id })).toEqual(['张伟', '张三']);
    const page = await listCustomers(shop.core, { page: 2, pageSize: 3 });
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3, baseCurrency: 'CNY' });
    expect(page.rows.map((r) => r.name)).toEqual(['samuel']);
  });

  it('refuses bad queries with the field named, and pages of more than 200', async () => {
    await listShop();
    const bad = async (query: object) => {
      const result = await shop.core.dispatch('customers', 'list', { page: 1, pageSize: 50, ...query });
      return result.ok ? null : result.error;
    };
    expect(await bad({ pageSize: 201 })).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'pageSize', message: 'pageSize' }],
    });
    expect(await bad({ tier: 'vip' })).toMatchObject({ issues: [{ path: 'tier', message: 'customerTier' }] });
    expect(await bad({ sort: 'name' })).toMatchObject({
      issues: [{ path: 'sort', message: 'customerSort' }],
    });
    const missing = await shop.core.dispatch('customers', 'get', { id: 'nobody' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
