import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importOrderFiles, type ImportIo } from '../../electron/core/orders/import/run-order-import';
import type { Storefront } from '../../shared/domain/storefronts';
import { count, type TempCore } from '../helpers/catalog-data';
import { SHOPIFY_HEADER, shopifyRows, writeShopifyExport } from '../helpers/shopify-export';
import { shopifyShop } from '../helpers/shopify-shop';

let core: TempCore;
afterEach(async () => core?.cleanup());

const io: ImportIo = { progress: () => {}, cancelled: false };

async function shop(): Promise<Storefront> {
  const made = await shopifyShop('orders-import');
  core = made.core;
  return made.storefront;
}

const csv = (rows: string[][]) =>
  [SHOPIFY_HEADER, ...rows]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\n');

function file(name: string, text: string): string {
  const p = path.join(core.dir, name);
  fs.writeFileSync(p, text);
  return p;
}

const q = <T>(sql: string, ...params: unknown[]) => core.ctx.sqlite.prepare(sql).all(...params) as T[];
const stock = (code: string) =>
  (core.ctx.sqlite.prepare('SELECT stock_on_hand AS s FROM skus WHERE code = ?').get(code) as { s: number })
    .s;

describe('order import pipeline (Shopify export through the real reader, format and writer)', () => {
  it('inserts new orders, leaves the same file unchanged, updates changed orders and replaces their lines', async () => {
    const sf = await shop();
    const opts = { orders: 3, linesPerOrder: 2, skuCount: 3 };
    const first = file('orders_export_1.csv', csv([0, 1, 2].flatMap((i) => shopifyRows(i, opts))));
    const a = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [first], format: 'auto' },
      io,
    );
    expect(a.errors).toEqual([]);
    expect(a).toMatchObject({ format: 'shopify', inserted: 3, updated: 0, unchanged: 0, lines: 6 });
    // SKU-00003 is not in the catalog: queued, costed 0, never dropped.
    expect(a.unmatchedSkus).toEqual(['SKU-00003']);
    expect(count(core, 'orders')).toBe(3);
    expect(count(core, 'order_lines')).toBe(6);

    // Order #1001: SKU-00001 ×1 + SKU-00002 ×2 (shopifyRows alternates quantities) → cost 600 + 2 × 700.
    const o1 = q<{
      cogs_base_minor: number;
      unmatched_lines: number;
      placed_date: string;
      customer_id: string;
    }>("SELECT * FROM orders WHERE external_id = '#1001'")[0]!;
    expect(o1.cogs_base_minor).toBe(600 * 1 + 700 * 2);
    expect(o1.unmatched_lines).toBe(0);
    expect(o1.placed_date).toBe('2025-01-01');
    // Stock moved by the sold quantities of matched lines (orders 1001–1003).
    const soldBlue = 1 + 1; // #1001 line 1 (qty 1), #1002 line 2 (SKU-00001, qty 1)
    expect(stock('SKU-00001')).toBe(100 - soldBlue);

    const again = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [first], format: 'auto' },
      io,
    );
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, lines: 6 });
    expect(again.warnings.map((w) => w.key)).toContain('importRepeated');
    expect(stock('SKU-00001')).toBe(100 - soldBlue);

    // A week later: #1001 refunded in full and cancelled, #1004 new; overlapping file.
    const later = [0, 1, 2, 3].flatMap((i) => shopifyRows(i, opts));
    const firstRowOf1001 = later[0]!;
    firstRowOf1001[SHOPIFY_HEADER.indexOf('Financial Status')] = 'voided';
    const second = file('orders_export_2.csv', csv(later));
    const b = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [second], format: 'shopify' },
      io,
    );
    expect(b.errors).toEqual([]);
    expect(b).toMatchObject({ inserted: 1, updated: 1, unchanged: 2 });
    expect(count(core, 'orders')).toBe(4);
    expect(count(core, 'order_lines')).toBe(8);
    expect(q<{ status: string }>("SELECT status FROM orders WHERE external_id = '#1001'")[0]!.status).toBe(
      'cancelled',
    );
    // A cancelled order gives its stock back; the history keeps both states.
    // SKU-00001 now sells in #1002 (×1) and #1004 (×2) only.
    expect(stock('SKU-00001')).toBe(100 - 1 - 2);
    expect(
      q<{ status: string }>(
        "SELECT h.status FROM order_status_history h JOIN orders o ON o.id = h.order_id WHERE o.external_id = '#1001' ORDER BY h.id",
      ).map((r) => r.status),
    ).toEqual(['shipped', 'cancelled']);
    // The first row is the order as the first import wrote it (kept just before the change), the second the change.
    const history1001 = q<{ import_id: string; at: string; created_at: string }>(
      `SELECT h.import_id, h.at, o.created_at FROM order_status_history h JOIN orders o ON o.id = h.order_id
        WHERE o.external_id = '#1001' ORDER BY h.id`,
    );
    expect(history1001.map((h) => h.import_id)).toEqual([a.importId, b.importId]);
    expect(history1001[0]!.at).toBe(history1001[0]!.created_at);
    // Orders never changed have no history rows: the order page shows their one state from the order row.
    expect(
      q<{ n: number }>(
        `SELECT count(*) AS n FROM order_status_history h JOIN orders o ON o.id = h.order_id
          WHERE o.external_id <> '#1001'`,
      )[0]!.n,
    ).toBe(0);
    const o2 = q<{ id: string; created_at: string }>(
      "SELECT id, created_at FROM orders WHERE external_id = '#1002'",
    )[0]!;
    const detail = await core.dispatch('orders', 'get', { id: o2.id });
    if (!detail.ok) throw new Error(JSON.stringify(detail.error));
    expect((detail.value as { statusHistory: unknown[] }).statusHistory).toEqual([
      { status: 'shipped', refundedMinor: 0, at: o2.created_at, importId: a.importId },
    ]);
    expect(count(core, 'imports')).toBe(3);
  });

  it('writes nothing when any row is wrong, and lists every problem with file, row and column', async () => {
    const sf = await shop();
    const rows = [0, 1, 2].flatMap((i) => shopifyRows(i, { orders: 3 }));
    rows[2]![SHOPIFY_HEADER.indexOf('Lineitem price')] = '12,3x';
    rows[4]![SHOPIFY_HEADER.indexOf('Created at')] = '2025-02-30 10:00:00 +0000';
    const bad = file('bad.csv', csv(rows));
    const before = stock('SKU-00001');
    const result = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [bad], format: 'auto' },
      io,
    );
    expect(result.inserted).toBe(0);
    expect(result.errors.map((e) => [e.file, e.row, e.key])).toEqual([
      ['bad.csv', 4, 'orderAmount'],
      ['bad.csv', 6, 'orderDate'],
    ]);
    expect(result.errors[0]!.column.toLowerCase()).toBe('lineitem price');
    expect(count(core, 'orders')).toBe(0);
    expect(count(core, 'customers')).toBe(0);
    expect(count(core, 'imports')).toBe(0);
    expect(stock('SKU-00001')).toBe(before);
  });

  it('refuses files it cannot read or that belong to another platform, writing nothing', async () => {
    const sf = await shop();
    const cases: [string, string | Buffer, string][] = [
      ['empty.csv', '', 'fileEmpty'],
      ['random.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'fileBinary'],
      ['products.csv', '商品名称,商家编码,成本\n杯子,A1,12.00\n', 'orderFormatUnknown'],
      ['broken.xlsx', Buffer.from('PK\u0003\u0004 truncated'), 'xlsxDamaged'],
      ['notes.pdf', 'x', 'fileType'],
    ];
    for (const [name, content, key] of cases) {
      const p = file(name, content as string);
      const r = await importOrderFiles(
        core.ctx.sqlite,
        { storefrontId: sf.id, files: [p], format: 'auto' },
        io,
      );
      expect(
        r.errors.map((e) => e.key),
        name,
      ).toEqual([key]);
    }
    const shopifyFile = file('s.csv', csv(shopifyRows(0, { orders: 1 })));
    const wrong = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [shopifyFile], format: 'jd' },
      io,
    );
    expect(wrong.errors.map((e) => [e.key, e.params])).toEqual([
      ['orderFormatMismatch', { found: 'shopify', expected: 'jd' }],
    ]);
    expect(count(core, 'orders')).toBe(0);
  });

  it('a cancelled import rolls back everything it wrote so far', async () => {
    const sf = await shop();
    const big = path.join(core.dir, 'big.csv');
    await writeShopifyExport(big, { orders: 6000 });
    let progressCalls = 0;
    const cancelling = {
      progress: () => {
        progressCalls++;
      },
      get cancelled() {
        return progressCalls >= 2;
      },
    };
    await expect(
      importOrderFiles(core.ctx.sqlite, { storefrontId: sf.id, files: [big], format: 'auto' }, cancelling),
    ).rejects.toThrow('cancelled');
    expect(progressCalls).toBeGreaterThanOrEqual(2);
    expect(count(core, 'orders')).toBe(0);
    expect(core.ctx.sqlite.inTransaction).toBe(false);
  });
});
