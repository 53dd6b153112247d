import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../electron/core/db/connection';
import { refreshRollups } from '../../electron/core/orders/rollups/refresh-rollups';
import { createStorefront, shopifyFields, tmallFields, type TempCore } from '../helpers/catalog-data';
import { insertCustomer, insertOrder, insertSku } from '../helpers/insert-orders';
import { expectRollupsLive } from '../helpers/rollup-checks';
import { tempCore } from '../helpers/temp-core';

/**
 * One-order writes (a ticket refund, a cancel, an order moved to another customer, a delete): refreshRollups
 * rewrites product day rows by difference, regroups only the changed items' months and recomputes first days of
 * the marked days' buyers plus those who lost the order of their first day. Each step here marks one or two
 * days and must leave every rollup table equal to a full recomputation, including rows that have to go.
 */
let core: TempCore;
beforeEach(async () => {
  core = await tempCore('channeldesk-rollups-one-order');
});
afterEach(() => core.cleanup());

const productRows = (sqlite: Sqlite, table: 'product_day_rollups' | 'product_month_rollups', item: string) =>
  sqlite.prepare(`SELECT * FROM ${table} WHERE item = ?`).all(item);
const monthRow = (sqlite: Sqlite, item: string) =>
  sqlite
    .prepare("SELECT title, units, first_day FROM product_month_rollups WHERE item = ? AND month = '2024-03'")
    .get(item);
const firstDays = (sqlite: Sqlite) =>
  Object.fromEntries(
    (
      sqlite.prepare('SELECT customer_id, first_day FROM customer_first_orders ORDER BY 1').all() as {
        customer_id: string;
        first_day: string;
      }[]
    ).map((r) => [r.customer_id, r.first_day]),
  );
const refresh = (sqlite: Sqlite) => {
  expect(refreshRollups(sqlite)).toBeGreaterThan(0);
  return expectRollupsLive(sqlite);
};

describe('rollups after one-order writes', () => {
  it('drop the day and month rows of an item whose only sale goes, and regroup month titles and first days', async () => {
    const sqlite = core.ctx.sqlite;
    const tmall = await createStorefront(core, tmallFields);
    const mug = insertSku(sqlite, 'MUG', '家居');
    const lamp = insertSku(sqlite, 'LAMP', '数码');
    const order = (day: string, skuId: string, quantity = 1) =>
      insertOrder(sqlite, {
        storefrontId: tmall.id,
        placedDate: day,
        status: 'completed',
        lines: [{ quantity, unitPriceMinor: 5000, skuId, unitCostBaseMinor: 2000 }],
      });
    const early = order('2024-03-05', mug);
    order('2024-03-05', mug, 2);
    const moved = order('2024-03-12', mug, 3);
    const onlyLamp = order('2024-03-12', lamp);
    // The largest title of the month comes from the first order; the month's first day is 03-05.
    sqlite.prepare("UPDATE order_lines SET title = 'Z 马克杯' WHERE order_id = ?").run(early);
    refresh(sqlite);
    expect(monthRow(sqlite, `sku:${mug}`)).toEqual({ title: 'Z 马克杯', units: 6, first_day: '2024-03-05' });
    expect(productRows(sqlite, 'product_month_rollups', `sku:${lamp}`)).toHaveLength(1);

    // The lamp's only order is cancelled: no day row, no month row.
    sqlite.prepare("UPDATE orders SET status = 'cancelled' WHERE id = ?").run(onlyLamp);
    refresh(sqlite);
    expect(productRows(sqlite, 'product_day_rollups', `sku:${lamp}`)).toEqual([]);
    expect(productRows(sqlite, 'product_month_rollups', `sku:${lamp}`)).toEqual([]);

    // The order with the largest title goes: the month keeps the mug with its other title and both days.
    sqlite.prepare('DELETE FROM orders WHERE id = ?').run(early);
    refresh(sqlite);
    expect(monthRow(sqlite, `sku:${mug}`)).toEqual({ title: 'Line 1', units: 5, first_day: '2024-03-05' });

    // An order moved into April (two days marked, two months): March loses its units, April gets a row.
    sqlite.prepare("UPDATE orders SET placed_date = '2024-04-02' WHERE id = ?").run(moved);
    refresh(sqlite);
    expect(monthRow(sqlite, `sku:${mug}`)).toEqual({ title: 'Line 1', units: 2, first_day: '2024-03-05' });
    expect(
      sqlite
        .prepare("SELECT units FROM product_month_rollups WHERE item = ? AND month = '2024-04'")
        .pluck()
        .get(`sku:${mug}`),
    ).toBe(3);
  });

  it('move first days with orders changing hands, keep a first day held on another storefront, drop a merged-away customer', async () => {
    const sqlite = core.ctx.sqlite;
    const tmall = await createStorefront(core, tmallFields);
    const shopify = await createStorefront(core, shopifyFields);
    const [c1, c2, c3] = ['c1', 'c2', 'c3'].map((id) => insertCustomer(sqlite, id));
    const order = (storefrontId: string, day: string, customerId: string) =>
      insertOrder(sqlite, {
        storefrontId,
        placedDate: day,
        status: 'completed',
        currency: storefrontId === shopify.id ? 'USD' : 'CNY',
        customerId,
        lines: [{ quantity: 1, unitPriceMinor: 3000 }],
      });
    const c1First = order(tmall.id, '2024-03-05', c1!);
    order(shopify.id, '2024-03-09', c1!);
    const c2Tmall = order(tmall.id, '2024-03-05', c2!);
    const c2Shopify = order(shopify.id, '2024-03-05', c2!);
    order(tmall.id, '2024-03-20', c2!);
    order(tmall.id, '2024-03-07', c3!);
    refresh(sqlite);
    expect(firstDays(sqlite)).toEqual({ c1: '2024-03-05', c2: '2024-03-05', c3: '2024-03-07' });

    // c1's first order becomes c3's (a split or merge moves one order): both first days move.
    sqlite.prepare('UPDATE orders SET customer_id = ? WHERE id = ?').run(c3, c1First);
    refresh(sqlite);
    expect(firstDays(sqlite)).toEqual({ c1: '2024-03-09', c2: '2024-03-05', c3: '2024-03-05' });

    // c2 still buys on 03-05 on Shopify when the Tmall order of that day is cancelled; then that one goes too.
    sqlite.prepare("UPDATE orders SET status = 'cancelled' WHERE id = ?").run(c2Tmall);
    refresh(sqlite);
    expect(firstDays(sqlite).c2).toBe('2024-03-05');
    sqlite.prepare("UPDATE orders SET status = 'cancelled' WHERE id = ?").run(c2Shopify);
    refresh(sqlite);
    expect(firstDays(sqlite).c2).toBe('2024-03-20');

    // c3 merged into c1: every order of c3 is c1's now, and c3 has no first day left.
    sqlite.prepare('UPDATE orders SET customer_id = ? WHERE customer_id = ?').run(c1, c3);
    refresh(sqlite);
    expect(firstDays(sqlite)).toEqual({ c1: '2024-03-05', c2: '2024-03-20' });
  });
});
