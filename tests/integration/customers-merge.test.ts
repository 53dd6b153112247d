import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerMergeResult, CustomerSplitResult } from '../../shared/domain/customers';
import { count, value } from '../helpers/catalog-data';
import { parsedOrder, writeOrders } from '../helpers/order-builders';
import {
  customerOf,
  customerShop,
  getCustomer,
  importOrders,
  listCustomers,
  type CustomerShop,
} from '../helpers/customer-shop';

let shop: CustomerShop;
afterEach(async () => shop?.core.cleanup());

interface AuditRow {
  entity_id: string;
  action: string;
  detail: string;
}
const audit = (): AuditRow[] =>
  shop.core.ctx.sqlite
    .prepare("SELECT entity_id, action, detail FROM audit_log WHERE entity = 'customer' ORDER BY id")
    .all() as AuditRow[];

const tables = ['customers', 'customer_identities', 'customer_stats', 'audit_log'];
const counts = () => Object.fromEntries(tables.map((t) => [t, count(shop.core, t)]));
const identities = (customerId: string) =>
  (
    shop.core.ctx.sqlite
      .prepare('SELECT kind, value FROM customer_identities WHERE customer_id = ? ORDER BY kind, value')
      .all(customerId) as { kind: string; value: string }[]
  ).map((i) => `${i.kind}:${i.value}`);

/** 王芳 on Tmall (phone) and "Fang W" on Shopify (e-mail): one person the import could not link. */
async function twoOfOne() {
  shop = await customerShop('customer-merge');
  const { core, tmall, shopify } = shop;
  const tm = importOrders(core, tmall.id, [
    {
      externalId: 'TM-1',
      placedAt: '2024-05-01T02:00:00.000Z',
      customer: { name: '王芳', phone: '13500135000' },
    },
  ]);
  const sp = importOrders(core, shopify.id, [
    {
      externalId: '#1',
      currency: 'USD',
      placedAt: '2024-06-02T02:00:00.000Z',
      customer: { name: 'Fang W', email: 'fang@example.com' },
    },
  ]);
  return {
    tmOrder: tm.get('TM-1')!,
    spOrder: sp.get('#1')!,
    target: customerOf(core, tm.get('TM-1')!),
    source: customerOf(core, sp.get('#1')!),
  };
}

const merge = (input: object) => shop.core.dispatch('customers', 'merge', input);
const split = (input: object) => shop.core.dispatch('customers', 'split', input);

describe('manual merge', () => {
  it('moves orders and identities to the target in one audited step, and a re-import keeps it', async () => {
    const { target, source, spOrder } = await twoOfOne();
    const result = await value<CustomerMergeResult>(merge({ targetId: target, sourceIds: [source] }));
    expect(result).toMatchObject({ mergedIds: [source], ordersMoved: 1, identitiesMoved: 1 });
    expect(result.customer).toMatchObject({ id: target, name: '王芳', email: 'fang@example.com', orders: 2 });
    expect(result.customer.storefronts).toBe(2);
    expect(identities(target)).toEqual(['email:fang@example.com', 'phone:13500135000']);
    expect(await shop.core.dispatch('customers', 'get', { id: source })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(count(shop.core, 'customers')).toBe(1);
    expect(count(shop.core, 'customer_stats')).toBe(1);

    const rows = audit();
    expect(rows.map((r) => [r.entity_id, r.action])).toEqual([
      [source, 'mergedInto'],
      [target, 'merge'],
    ]);
    expect(JSON.parse(rows[0]!.detail)).toMatchObject({
      targetId: target,
      before: { id: source, name: 'Fang W', email: 'fang@example.com' },
      moved: { orders: 1, customer_identities: 1 },
    });

    // The same Shopify order again with a new status keeps its (merged) customer; a new order by e-mail
    // finds the target through the moved identity.
    const again = importOrders(shop.core, shop.shopify.id, [
      { externalId: '#1', currency: 'USD', status: 'shipped', customer: { email: 'fang@example.com' } },
      { externalId: '#2', currency: 'USD', customer: { email: 'FANG@example.com' } },
    ]);
    expect(again.get('#1')).toBe(spOrder);
    expect(customerOf(shop.core, spOrder)).toBe(target);
    expect(customerOf(shop.core, again.get('#2')!)).toBe(target);
    expect((await getCustomer(shop.core, target)).orders).toBe(3);
  });

  it('refuses unknown customers, merging into itself and repeated ids, and changes nothing', async () => {
    const { target, source } = await twoOfOne();
    const before = counts();
    expect(await merge({ targetId: target, sourceIds: [source, 'nobody'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', params: { entity: 'customer', id: 'nobody' } },
    });
    expect(await merge({ targetId: target, sourceIds: [target] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'sourceIds', message: 'mergeIntoItself' }] },
    });
    expect(await merge({ targetId: target, sourceIds: [source, source] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'sourceIds', message: 'idRepeated' }] },
    });
    expect(await merge({ targetId: target, sourceIds: [] })).toMatchObject({ ok: false });
    expect(counts()).toEqual(before);
    expect(customerOf(shop.core, (await getCustomer(shop.core, source)).orderPage.rows[0]!.id)).toBe(source);
  });
});

describe('manual split', () => {
  it('moves the chosen orders to a new customer with the identities only they use', async () => {
    shop = await customerShop('customer-split');
    const { core, tmall, jd } = shop;
    // Two people sharing one phone (a family): the e-mail and the JD buyer id belong to the second one.
    const ids = importOrders(core, tmall.id, [
      {
        externalId: 'TM-1',
        placedAt: '2024-05-01T02:00:00.000Z',
        customer: { name: '赵一', phone: '13300133000' },
      },
      {
        externalId: 'TM-2',
        placedAt: '2024-05-09T02:00:00.000Z',
        customer: { name: '赵二', phone: '13300133000', email: 'zhao2@example.com' },
      },
    ]);
    const jdIds = importOrders(core, jd.id, [
      {
        externalId: 'JD-1',
        placedAt: '2024-05-20T02:00:00.000Z',
        customer: { name: '赵二', buyerId: 'zhao2' },
      },
    ]);
    const original = customerOf(core, ids.get('TM-1')!);
    // The JD buyer id is not linked yet: merge first, as the person would.
    await value(merge({ targetId: original, sourceIds: [customerOf(core, jdIds.get('JD-1')!)] }));
    expect(identities(original)).toEqual(['buyer:jd:zhao2', 'email:zhao2@example.com', 'phone:13300133000']);

    const result = await value<CustomerSplitResult>(
      split({ customerId: original, orderIds: [ids.get('TM-2'), jdIds.get('JD-1')] }),
    );
    expect(result).toMatchObject({ fromId: original, ordersMoved: 2, identitiesMoved: 2 });
    const created = result.customer;
    expect(created).toMatchObject({ name: '赵二', email: 'zhao2@example.com', phone: null, orders: 2 });
    expect(identities(created.id)).toEqual(['buyer:jd:zhao2', 'email:zhao2@example.com']);
    // The shared phone still proves TM-1 is the original customer's: it stays.
    expect(identities(original)).toEqual(['phone:13300133000']);
    const left = await getCustomer(core, original);
    expect(left).toMatchObject({ orders: 1, email: null, phone: '13300133000' });
    expect(left.orderPage.rows.map((o) => o.externalId)).toEqual(['TM-1']);

    const rows = audit().filter((r) => r.action.startsWith('split'));
    expect(rows.map((r) => [r.entity_id, r.action])).toEqual([
      [original, 'split'],
      [created.id, 'splitFrom'],
    ]);
    expect(JSON.parse(rows[0]!.detail)).toMatchObject({
      customerId: created.id,
      orderIds: [ids.get('TM-2'), jdIds.get('JD-1')],
    });

    // A later JD order by that buyer id follows the new customer.
    const { ids: later } = writeOrders(core, jd.id, [
      parsedOrder({ externalId: 'JD-2', customer: { buyerId: 'zhao2' } }),
    ]);
    expect(customerOf(core, later.get('JD-2')!)).toBe(created.id);
    expect((await listCustomers(core)).total).toBe(2);
  });

  it('refuses to move every order, or orders of someone else, and changes nothing', async () => {
    const { target, tmOrder, spOrder } = await twoOfOne();
    const before = counts();
    expect(await split({ customerId: target, orderIds: [tmOrder] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'splitEverything' },
    });
    expect(await split({ customerId: target, orderIds: [spOrder] })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'orderOfOtherCustomer',
        params: { value: spOrder },
        issues: [{ path: 'orderIds.0', message: 'orderOfOtherCustomer' }],
      },
    });
    expect(await split({ customerId: 'nobody', orderIds: [tmOrder] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await split({ customerId: target, orderIds: [tmOrder, tmOrder] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'orderIds', message: 'idRepeated' }] },
    });
    expect(counts()).toEqual(before);
    expect(customerOf(shop.core, tmOrder)).toBe(target);
  });
});
