import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeferredIndexes } from '../../electron/core/orders/import/deferred-indexes';
import { importOrderFiles, type ImportIo } from '../../electron/core/orders/import/run-order-import';
import { OrderWriter } from '../../electron/core/orders/import/write-orders';
import type { Storefront } from '../../shared/domain/storefronts';
import { count, type TempCore } from '../helpers/catalog-data';
import { orderLine, parsedOrder } from '../helpers/order-builders';
import { SHOPIFY_HEADER, writeShopifyExport } from '../helpers/shopify-export';
import { shopifyShop } from '../helpers/shopify-shop';

/**
 * A large import into a small shop sets the order tables' secondary indexes aside and builds them again before
 * COMMIT (deferred-indexes.ts). What must hold: the schema ends exactly as it began, every index agrees with its
 * table (integrity_check reads each one against the rows), a refused or rolled-back import leaves them all, and
 * an import that only adds a little to a big shop keeps them in step instead.
 */

let core: TempCore;
afterEach(async () => {
  vi.restoreAllMocks();
  await core?.cleanup();
});

const io: ImportIo = { progress: () => {}, cancelled: false };

async function shop(): Promise<Storefront> {
  const made = await shopifyShop('deferred-indexes');
  core = made.core;
  return made.storefront;
}

const indexes = () =>
  core.ctx.sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('orders', 'order_lines')
       ORDER BY name`,
    )
    .all() as { name: string; sql: string | null }[];
const indexNames = () => indexes().map((i) => i.name);
const integrity = () => core.ctx.sqlite.pragma('integrity_check', { simple: true });

const writer = (sf: Storefront) =>
  new OrderWriter(core.ctx.sqlite, {
    storefrontId: sf.id,
    platform: 'shopify',
    shopTimezone: 'Asia/Shanghai',
    importId: null,
    at: '2026-12-02T00:00:00.000Z',
  });

function writeOrders(sf: Storefront, n: number): void {
  const w = writer(sf);
  core.ctx.sqlite.transaction(() => {
    for (let i = 0; i < n; i++) w.write(parsedOrder({ lines: [orderLine({ sku: 'SKU-00001' })] }));
    w.finish();
  })();
}

describe('deferred indexes of a large import', () => {
  it('sets the indexes aside when many orders are to come, and finish() builds each one again as it was', async () => {
    const sf = await shop();
    const before = indexes();
    expect(before.map((i) => i.name)).toContain('orders_gross');
    const sqlite = core.ctx.sqlite;
    sqlite.exec('BEGIN');
    const w = writer(sf);
    for (let i = 0; i < 100; i++) w.write(parsedOrder({ status: i % 3 ? 'paid' : 'cancelled' }));
    // Half the file read: 100 more orders to come is too few to rebuild for.
    w.deferIndexesIfWorthIt(0.5);
    expect(indexes()).toEqual(before);
    // 1 % read: about 9,900 still to come into an empty shop.
    w.deferIndexesIfWorthIt(0.01);
    const during = indexNames();
    expect(during).not.toContain('orders_gross');
    expect(during).not.toContain('order_lines_sku');
    // The unique keys and the index the writer reads through while merging customers stay.
    expect(during).toContain('orders_customer');
    expect(during.filter((n) => n.startsWith('sqlite_autoindex_orders'))).toHaveLength(3);
    for (let i = 0; i < 100; i++) w.write(parsedOrder({ refundedMinor: i % 7 ? 0 : 500 }));
    w.finish();
    sqlite.exec('COMMIT');
    expect(indexes()).toEqual(before);
    expect(integrity()).toBe('ok');
    // Read through the rebuilt partial index: every refunded order is in it.
    const viaIndex = sqlite
      .prepare(
        'SELECT count(*) AS n FROM orders INDEXED BY orders_refunded_placed_at WHERE refunded_minor > 0 AND placed_at > ?',
      )
      .get('') as { n: number };
    expect(viaIndex.n).toBe(15);
    expect(count(core, 'orders')).toBe(200);
  });

  it('a rollback after setting them aside leaves every index as it was', async () => {
    const sf = await shop();
    const before = indexes();
    const sqlite = core.ctx.sqlite;
    sqlite.exec('BEGIN');
    const w = writer(sf);
    for (let i = 0; i < 50; i++) w.write(parsedOrder());
    w.deferIndexesIfWorthIt(0.005);
    expect(indexes().length).toBeLessThan(before.length);
    sqlite.exec('ROLLBACK');
    expect(indexes()).toEqual(before);
    expect(count(core, 'orders')).toBe(0);
    expect(integrity()).toBe('ok');
  });

  it('keeps them in step when the import adds less than half of what the table will hold', async () => {
    const sf = await shop();
    writeOrders(sf, 12_000);
    const before = indexes();
    const sqlite = core.ctx.sqlite;
    sqlite.exec('BEGIN');
    const w = writer(sf);
    for (let i = 0; i < 100; i++) w.write(parsedOrder());
    // ~9,900 to come, but 12,000 already there: the rebuild would sort 22,000 rows to spare 9,900 inserts.
    w.deferIndexesIfWorthIt(0.01);
    expect(indexes()).toEqual(before);
    // ~19,900 to come: now over half the 32,000 the table will hold.
    w.deferIndexesIfWorthIt(0.005);
    expect(indexes().length).toBeLessThan(before.length);
    w.finish();
    sqlite.exec('COMMIT');
    expect(indexes()).toEqual(before);
    expect(integrity()).toBe('ok');
  });

  it('an import of 12,000 orders into an empty storefront defers; refused, it changes nothing, then it lands', async () => {
    const sf = await shop();
    const before = indexes();
    const drop = vi.spyOn(DeferredIndexes.prototype, 'drop');
    const good = path.join(core.dir, 'orders_export_1.csv');
    await writeShopifyExport(good, { orders: 12_000, skuCount: 2 });
    // The same export with its last row broken: every order before it is written, then all of it rolls back.
    const rows = fs.readFileSync(good, 'utf8').trimEnd().split('\n');
    const cells = rows.at(-1)!.split(',');
    cells[SHOPIFY_HEADER.indexOf('Lineitem price')] = '12.3x';
    rows[rows.length - 1] = cells.join(',');
    const bad = path.join(core.dir, 'orders_export_2.csv');
    fs.writeFileSync(bad, rows.join('\n') + '\n');

    const refused = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [bad], format: 'auto' },
      io,
    );
    expect(refused.errors.map((e) => [e.row, e.key])).toEqual([[rows.length, 'orderAmount']]);
    expect(drop).toHaveBeenCalledTimes(1);
    expect(count(core, 'orders')).toBe(0);
    expect(indexes()).toEqual(before);
    expect(integrity()).toBe('ok');

    const ok = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [good], format: 'auto' },
      io,
    );
    expect(ok.errors).toEqual([]);
    expect(ok.inserted).toBe(12_000);
    expect(drop).toHaveBeenCalledTimes(2);
    expect(indexes()).toEqual(before);
    expect(integrity()).toBe('ok');
    // Read through the rebuilt (storefront, day) index, the count is the table's.
    const byIndex = core.ctx.sqlite
      .prepare(
        "SELECT count(*) AS n FROM orders INDEXED BY orders_storefront_placed WHERE storefront_id = ? AND placed_date >= '2025-01-01'",
      )
      .get(sf.id) as { n: number };
    expect(byIndex.n).toBe(12_000);
  });
});
