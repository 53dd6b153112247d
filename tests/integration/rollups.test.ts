import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFeeFiles } from '../../electron/core/orders/import/run-fee-import';
import { importOrderFiles, type ImportIo } from '../../electron/core/orders/import/run-order-import';
import { computeKpis } from '../../electron/core/orders/kpis';
import { refreshRollups } from '../../electron/core/orders/rollups/refresh-rollups';
import type { Storefront } from '../../shared/domain/storefronts';
import { costOf, createProduct, createStorefront, value, type TempCore } from '../helpers/catalog-data';
import { dirtyMarks, expectRollupsLive, rollupRows } from '../helpers/rollup-checks';
import { SHOPIFY_HEADER, shopifyRows } from '../helpers/shopify-export';
import { tempCore } from '../helpers/temp-core';

/**
 * The daily rollups (migration 0008) through the real import pipeline: after every kind of write — imports,
 * re-imports that update orders, fee imports, status changes, deletes, commission changes — the stored rows
 * equal a live recomputation from orders, and a rolled-back import changes none of them.
 */
const fixtures = path.join(__dirname, '../fixtures/orders');
const io: ImportIo = { progress: () => {}, cancelled: false };
let core: TempCore;
afterEach(async () => core?.cleanup());

const usFees = (commissionRateBp: number, categoryCommissions: { category: string; rateBp: number }[]) => ({
  commissionRateBp,
  paymentFeeRateBp: 290,
  fixedFeeMinor: 30,
  shippingCostMinor: 650,
  categoryCommissions,
});

/** USD shop; Amazon US has a category override (洗护 8 %), so it also keeps commission rows. */
async function shop(): Promise<{ amazon: Storefront; shopify: Storefront }> {
  core = await tempCore('channeldesk-rollups');
  await value(core.dispatch('settings', 'update', { baseCurrency: 'USD', timezone: 'Asia/Shanghai' }));
  await value(core.dispatch('fx', 'add', { currency: 'CNY', date: '2024-01-01', rate: '0.14' }));
  await createProduct(core, {
    name: 'Soap bar',
    category: '洗护',
    skus: [
      { code: 'SOAP-CED', name: 'Cedar', cost: costOf(450) },
      { code: 'SOAP-LAV', name: 'Lavender', cost: costOf(420) },
    ],
  });
  await createProduct(core, {
    name: 'Mug',
    category: '家居',
    skus: [{ code: 'MUG-WHT', name: 'White', cost: costOf(500) }],
  });
  const amazon = await createStorefront(core, {
    name: 'Amazon US',
    platform: 'amazon',
    currency: 'USD',
    timezone: 'America/Los_Angeles',
    role: 'core',
    feeRules: usFees(1500, [{ category: '洗护', rateBp: 800 }]),
  });
  const shopify = await createStorefront(core, {
    name: 'Shopify US',
    platform: 'shopify',
    currency: 'USD',
    timezone: 'America/New_York',
    role: 'pilot',
    feeRules: usFees(0, []),
  });
  return { amazon, shopify };
}

async function importOrders(sf: Storefront, ...files: string[]) {
  const r = await importOrderFiles(
    core.ctx.sqlite,
    {
      storefrontId: sf.id,
      files: files.map((f) => (path.isAbsolute(f) ? f : path.join(fixtures, f))),
      format: 'auto',
    },
    io,
  );
  expect(r.errors).toEqual([]);
  return r;
}

const sqlite = () => core.ctx.sqlite;
const daySum = (column: string): number =>
  (sqlite().prepare(`SELECT coalesce(sum(${column}), 0) AS n FROM order_day_rollups`).get() as { n: number })
    .n;

describe('daily rollups', () => {
  it('match a live recomputation after imports, re-imports and fee imports, with no marks left', async () => {
    const { amazon, shopify } = await shop();
    await importOrders(amazon, 'amazon-all-orders.txt');
    await importOrders(shopify, 'shopify-orders.csv');
    const first = expectRollupsLive(sqlite());
    expect(first.commission_day_rollups!.length).toBeGreaterThan(0);
    expect(first.product_day_rollups!.length).toBeGreaterThan(0);

    const update = await importOrders(shopify, 'shopify-orders-update.csv');
    expect(update.updated).toBeGreaterThan(0);
    expect(expectRollupsLive(sqlite())).not.toEqual(first);

    expect(daySum('actual_fees')).toBe(0);
    const fees = await importFeeFiles(
      sqlite(),
      { storefrontId: amazon.id, files: [path.join(fixtures, 'amazon-settlement.txt')] },
      io,
    );
    expect(fees.errors).toEqual([]);
    await importFeeFiles(
      sqlite(),
      { storefrontId: shopify.id, files: [path.join(fixtures, 'shopify-payments.csv')] },
      io,
    );
    expectRollupsLive(sqlite());
    // Actual fees now replace the fee rule for the orders they name.
    const actual = sqlite()
      .prepare('SELECT sum(fees_minor) AS n FROM orders WHERE fees_minor IS NOT NULL AND status IN (?, ?, ?)')
      .get('paid', 'shipped', 'completed') as { n: number };
    expect(actual.n).not.toBe(0);
    expect(daySum('actual_fees')).toBe(actual.n);
  });

  it('follow refunds, cancellations, day moves and deletes, and recompute on read when a writer forgot', async () => {
    const { amazon, shopify } = await shop();
    await importOrders(amazon, 'amazon-all-orders.txt');
    await importOrders(shopify, 'shopify-orders.csv');
    const before = computeKpis(sqlite(), { from: '2025-11-01', to: '2025-12-31' }).total;
    const [a, b, c] = sqlite()
      .prepare(
        "SELECT id, placed_date FROM orders WHERE status IN ('paid', 'shipped', 'completed') ORDER BY seq LIMIT 3",
      )
      .all() as { id: string; placed_date: string }[];
    const run = (text: string, ...params: unknown[]) =>
      sqlite()
        .prepare(text)
        .run(...params);
    run('UPDATE orders SET refunded_minor = refunded_minor + 100 WHERE id = ?', a!.id);
    run("UPDATE orders SET status = 'cancelled' WHERE id = ?", b!.id);
    run("UPDATE orders SET placed_date = '2025-12-31' WHERE id = ?", c!.id);
    expect(dirtyMarks(sqlite()).map((m) => m.day)).toEqual(
      expect.arrayContaining([a!.placed_date, b!.placed_date, c!.placed_date, '2025-12-31']),
    );
    // computeKpis refreshes first: a raw writer that forgot refreshRollups still gets current figures.
    const after = computeKpis(sqlite(), { from: '2025-11-01', to: '2025-12-31' }).total;
    expect(after.refundsMinor).toBe(before.refundsMinor + 100);
    expect(after.orders).toBe(before.orders - 1);
    expectRollupsLive(sqlite());

    run('DELETE FROM order_lines WHERE order_id = ?', a!.id);
    run('DELETE FROM order_status_history WHERE order_id = ?', a!.id);
    run('DELETE FROM stock_movements WHERE ref = ?', `order:${a!.id}`);
    run('DELETE FROM orders WHERE id = ?', a!.id);
    expect(dirtyMarks(sqlite())).toHaveLength(1);
    expect(refreshRollups(sqlite())).toBe(1);
    expectRollupsLive(sqlite());
    expect(computeKpis(sqlite(), { from: '2025-11-01', to: '2025-12-31' }).total.orders).toBe(
      before.orders - 2,
    );
    // Orders that are in no sum (pending, cancelled) mark nothing when they change.
    run("UPDATE orders SET refunded_minor = 5 WHERE status IN ('pending_payment', 'cancelled')");
    expect(dirtyMarks(sqlite())).toEqual([]);
  });

  it('recompute a storefront when its category commissions change, and not when it is saved unchanged', async () => {
    const { amazon } = await shop();
    await importOrders(amazon, 'amazon-all-orders.txt');
    const month = { from: '2025-11-01', to: '2025-12-31', storefrontId: amazon.id };
    const at8 = computeKpis(sqlite(), month).total.feesMinor;
    const weighted = () =>
      (sqlite().prepare('SELECT sum(weighted) AS n FROM commission_day_rollups').get() as { n: number }).n;
    const before = weighted();

    await value(core.dispatch('storefronts', 'update', { id: amazon.id, patch: { name: 'Amazon US' } }));
    expect(dirtyMarks(sqlite())).toEqual([]);

    await value(
      core.dispatch('storefronts', 'update', {
        id: amazon.id,
        patch: { feeRules: usFees(1500, [{ category: '洗护', rateBp: 1000 }]) },
      }),
    );
    expect(dirtyMarks(sqlite())).toEqual([{ storefront_id: amazon.id, day: '*' }]);
    const at10 = computeKpis(sqlite(), month).total.feesMinor;
    expect(at10).toBeGreaterThan(at8);
    expectRollupsLive(sqlite());
    expect(weighted()).toBeGreaterThan(before);

    // A product moving into an overridden category changes which rate its lines pay.
    const mug = sqlite().prepare("SELECT product_id FROM skus WHERE code = 'SOAP-LAV'").get() as {
      product_id: string;
    };
    sqlite().prepare("UPDATE products SET category = '杂货' WHERE id = ?").run(mug.product_id);
    expect(dirtyMarks(sqlite())).toEqual([{ storefront_id: amazon.id, day: '*' }]);
    refreshRollups(sqlite());
    expectRollupsLive(sqlite());
    expect(weighted()).toBeGreaterThan(0);
  });

  it('a rolled-back import leaves every rollup row as it was', async () => {
    const { shopify } = await shop();
    const file = (name: string, rows: string[][]): string => {
      const p = path.join(core.dir, name);
      fs.writeFileSync(p, [SHOPIFY_HEADER, ...rows].map((r) => r.join(',')).join('\n'));
      return p;
    };
    const opts = { orders: 4, skuCount: 3 };
    await importOrders(
      shopify,
      file(
        'orders_export_1.csv',
        [0, 1, 2].flatMap((i) => shopifyRows(i, opts)),
      ),
    );
    const before = expectRollupsLive(sqlite());
    // The same orders with a refund on #1001, a new order, and an impossible date further down: refused.
    const rows = [0, 1, 2, 3].flatMap((i) => shopifyRows(i, opts));
    rows[0]![SHOPIFY_HEADER.indexOf('Refunded Amount')] = '5.00';
    rows[6]![SHOPIFY_HEADER.indexOf('Created at')] = '2025-02-30 10:00:00 +0000';
    const r = await importOrderFiles(
      sqlite(),
      { storefrontId: shopify.id, files: [file('orders_export_2.csv', rows)], format: 'auto' },
      io,
    );
    expect(r.errors.length).toBeGreaterThan(0);
    expect(dirtyMarks(sqlite())).toEqual([]);
    expect(rollupRows(sqlite())).toEqual(before);
    // Without the broken date the same file goes in, and the rollups move with it.
    rows[6]![SHOPIFY_HEADER.indexOf('Created at')] = rows[7]![SHOPIFY_HEADER.indexOf('Created at')]!;
    await importOrders(shopify, file('orders_export_3.csv', rows));
    expect(expectRollupsLive(sqlite())).not.toEqual(before);
  });

  it('orders are inserted in one place only, the writer that marks their day (inserts have no trigger)', () => {
    // Migration 0012 dropped the insert trigger for speed; a second inserter would leave its days unmarked.
    const root = path.join(__dirname, '../../electron');
    const inserters = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.includes(`migrations${path.sep}`))
      .filter((f) =>
        /INSERT\s+(OR\s+\w+\s+)?INTO\s+orders\b|insertInto\(\s*['"]orders['"]/i.test(
          fs.readFileSync(path.join(root, f), 'utf8'),
        ),
      );
    expect(inserters).toEqual([path.join('core', 'orders', 'import', 'order-statements.ts')]);
    const writer = fs.readFileSync(path.join(root, 'core/orders/import/write-orders.ts'), 'utf8');
    // The mark follows the insert in the same block (no brace closes between them): once per day per writer.
    expect(writer).toMatch(/insertOrder\.run\([^;]+;[^}]*markRollupDay\(/);
  });
});
