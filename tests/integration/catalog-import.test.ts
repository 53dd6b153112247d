import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/temp-core';
import {
  addFixtureStorefronts,
  catalogFixture,
  importFile,
  importFilePlain,
  tableCounts,
} from '../helpers/catalog-import';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

const sql = <T>(query: string, ...params: unknown[]): T[] =>
  core.ctx.sqlite.prepare(query).all(...params) as T[];

async function freshCore(): Promise<TempCore> {
  core = await tempCore('catalog-import');
  await addFixtureStorefronts(core);
  return core;
}

describe('catalog import: encodings and layouts', () => {
  it.each(['products-utf8.csv', 'products-gbk.csv', 'products-utf16.txt', 'products.xlsx'])(
    '%s creates 5 SKUs of 3 products with costs, stock and listings',
    async (name) => {
      await freshCore();
      const summary = await importFilePlain(core, catalogFixture(name));
      expect(summary).toEqual({ inserted: 5, updated: 0, unchanged: 0, errors: [], warnings: [] });
      expect(sql('SELECT name, category, brand FROM products ORDER BY name')).toEqual([
        { name: '保温杯', category: '厨房', brand: '厨乐' },
        { name: '北欧抱枕套', category: '家居', brand: '栖木' },
        { name: '编织数据线', category: '数码配件', brand: '线行者' },
      ]);
      // Codes stay text: the ="…", tab and ' prefixes are gone and leading zeros are kept.
      expect(
        sql(
          'SELECT code, barcode, stock_on_hand, reorder_point, price_band, weight_g FROM skus ORDER BY code',
        ),
      ).toEqual([
        {
          code: '0012',
          barcode: '6901234567890',
          stock_on_hand: 120,
          reorder_point: 20,
          price_band: 'mid',
          weight_g: 380,
        },
        {
          code: '0013',
          barcode: null,
          stock_on_hand: 80,
          reorder_point: 20,
          price_band: 'mid',
          weight_g: 380,
        },
        {
          code: 'JJ-001',
          barcode: null,
          stock_on_hand: 200,
          reorder_point: 30,
          price_band: 'low',
          weight_g: 180,
        },
        {
          code: 'JJ-002',
          barcode: null,
          stock_on_hand: 0,
          reorder_point: 30,
          price_band: 'low',
          weight_g: 180,
        },
        {
          code: 'SM-01',
          barcode: null,
          stock_on_hand: 3,
          reorder_point: 10,
          price_band: 'high',
          weight_g: 60,
        },
      ]);
      expect(
        sql(`SELECT s.code, c.purchase_minor p, c.packaging_minor k, c.inbound_freight_minor f, c.other_minor o
               FROM sku_costs c JOIN skus s ON s.id = c.sku_id WHERE s.code IN ('0012', 'JJ-001')
              ORDER BY s.code`),
      ).toEqual([
        { code: '0012', p: 2200, k: 120, f: 80, o: 0 },
        { code: 'JJ-001', p: 950, k: 50, f: 30, o: 20 },
      ]);
      expect(
        sql(`SELECT s.code, f.name, l.price_minor, l.external_sku_id FROM listings l
               JOIN skus s ON s.id = l.sku_id JOIN storefronts f ON f.id = l.storefront_id ORDER BY s.code, f.name`),
      ).toEqual([
        { code: '0012', name: 'Shopify Global', price_minor: 1299, external_sku_id: null },
        { code: '0012', name: '天猫旗舰店', price_minor: 8900, external_sku_id: '1000001' },
        { code: '0013', name: '天猫旗舰店', price_minor: 8900, external_sku_id: '1000002' },
        { code: 'JJ-001', name: '天猫旗舰店', price_minor: 3900, external_sku_id: null },
        { code: 'JJ-002', name: '天猫旗舰店', price_minor: 3900, external_sku_id: null },
        { code: 'SM-01', name: 'Shopify Global', price_minor: 499, external_sku_id: null },
        { code: 'SM-01', name: '天猫旗舰店', price_minor: 102990, external_sku_id: null },
      ]);
      // Opening stock is a receipt, so stock on hand always equals the sum of movements.
      expect(sql("SELECT count(*) n FROM stock_movements WHERE kind = 'receipt'")).toEqual([{ n: 4 }]);
      expect(sql('SELECT count(*) n FROM price_history')).toEqual([{ n: 7 }]);
    },
  );

  it('imports the same file again as unchanged and writes nothing new', async () => {
    await freshCore();
    await importFilePlain(core, catalogFixture('products-utf8.csv'));
    const before = tableCounts(core);
    const again = await importFilePlain(core, catalogFixture('products-gbk.csv'));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, errors: [] });
    expect(tableCounts(core)).toEqual({ ...before, audit_log: before.audit_log! + 1 });
  });

  it('updates changed SKUs: a new dated cost row, a stock adjustment and a price change; history is kept', async () => {
    await freshCore();
    await importFilePlain(core, catalogFixture('products-utf8.csv'));
    const file = path.join(core.dir, 'changes.csv');
    fs.writeFileSync(
      file,
      [
        'SKU code,Product name,Purchase cost,Stock on hand,price@天猫旗舰店,Price band',
        '0012,保温杯,23.50,100,85,高',
        '0013,保温杯,,,,',
        'NEW-1,新商品,5,,,',
      ].join('\n'),
    );
    // NEW-1 has no SKU name: refused, and nothing of the two valid rows is written either.
    const refused = await importFilePlain(core, file);
    expect(refused.errors).toEqual([{ row: 4, column: 'SKU name', message: 'is required' }]);
    // The app translates by key: the same problem comes with its key for the person's language.
    expect((await importFile(core, file)).errors).toEqual([
      { row: 4, column: 'SKU name', message: 'is required', key: 'required' },
    ]);
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('SKU code,', 'SKU name,SKU code,')
        .replace(/\n0012/, '\n,0012')
        .replace(/\n0013/, '\n,0013')
        .replace(/\nNEW-1/, '\n新款,NEW-1'),
    );
    const summary = await importFilePlain(core, file);
    expect(summary).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, errors: [] });
    expect(
      sql<{ purchase_minor: number; packaging_minor: number }>(
        `SELECT purchase_minor, packaging_minor FROM sku_costs c JOIN skus s ON s.id = c.sku_id
          WHERE s.code = '0012' ORDER BY effective_from`,
      ),
    ).toEqual([
      { purchase_minor: 2200, packaging_minor: 120 },
      { purchase_minor: 2350, packaging_minor: 120 },
    ]);
    expect(sql("SELECT stock_on_hand, price_band FROM skus WHERE code = '0012'")).toEqual([
      { stock_on_hand: 100, price_band: 'high' },
    ]);
    expect(
      sql(
        "SELECT kind, quantity, reason FROM stock_movements m JOIN skus s ON s.id = m.sku_id WHERE s.code = '0012' ORDER BY m.id",
      ),
    ).toEqual([
      { kind: 'receipt', quantity: 120, reason: 'opening stock' },
      { kind: 'adjustment', quantity: -20, reason: 'import' },
    ]);
    expect(
      sql(`SELECT old_price, new_price, reason FROM price_history h JOIN listings l ON l.id = h.listing_id
             JOIN skus s ON s.id = l.sku_id JOIN storefronts f ON f.id = l.storefront_id
            WHERE s.code = '0012' AND f.name = '天猫旗舰店' ORDER BY h.id`),
    ).toEqual([
      { old_price: null, new_price: 8900, reason: 'import' },
      { old_price: 8900, new_price: 8500, reason: 'import' },
    ]);
  });
});

describe('catalog import: refusals', () => {
  it('lists every problem with row and column and writes nothing', async () => {
    await freshCore();
    await importFilePlain(core, catalogFixture('products-utf8.csv'));
    const before = tableCounts(core);
    const summary = await importFilePlain(core, catalogFixture('products-errors.csv'));
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(summary.errors).toEqual([
      { row: 1, column: '价格@不存在的店', message: 'names a storefront that does not exist: 不存在的店' },
      { row: 2, column: '商品名称', message: 'is required' },
      { row: 3, column: '采购成本（元）', message: 'must be a number' },
      { row: 4, column: '库存', message: 'must not be negative' },
      { row: 5, column: '价格带', message: 'must be high, mid or low' },
      { row: 6, column: '采购成本（元）', message: 'has more than 2 decimals' },
      { row: 7, column: '商家编码', message: 'repeats the SKU code of row 3' },
      { row: 8, column: 'SKU名称', message: 'is required' },
      { row: 9, column: '重量(克)', message: 'must be a whole number' },
      { row: 9, column: '采购成本（元）', message: 'is required' },
      { row: 10, column: '价格@天猫旗舰店', message: 'has more than 2 decimals' },
    ]);
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a file without the header, a missing file and an unknown file type', async () => {
    await freshCore();
    const file = path.join(core.dir, 'no-header.csv');
    fs.writeFileSync(file, 'a,b,c\n1,2,3\n');
    expect((await importFilePlain(core, file)).errors).toEqual([
      { row: 1, column: '', message: 'has no header row with the product name and SKU code columns' },
    ]);
    expect((await importFilePlain(core, path.join(core.dir, 'missing.csv'))).errors[0]?.message).toBe(
      'is not a file that exists',
    );
    fs.writeFileSync(path.join(core.dir, 'x.pdf'), 'x');
    expect((await importFilePlain(core, path.join(core.dir, 'x.pdf'))).errors[0]?.message).toMatch(/xlsx/);
    expect(tableCounts(core).skus).toBe(0);
  });

  it('warns about columns it does not know and refuses a column given twice', async () => {
    await freshCore();
    const file = path.join(core.dir, 'extra.csv');
    fs.writeFileSync(file, '商家编码,商品名称,SKU名称,采购成本,备注\nX-1,商品,款,1,随便写\n');
    expect(await importFilePlain(core, file)).toMatchObject({
      inserted: 1,
      errors: [],
      warnings: [{ row: 1, column: '备注', message: 'is not a catalog column and was ignored' }],
    });
    fs.writeFileSync(file, '商家编码,商品名称,SKU code\nX-1,商品,X-1\n');
    expect((await importFilePlain(core, file)).errors).toEqual([
      { row: 1, column: 'SKU code', message: 'appears twice in the header' },
    ]);
  });

  it('refuses an external SKU id already held by another SKU on that storefront', async () => {
    await freshCore();
    await importFilePlain(core, catalogFixture('products-utf8.csv'));
    const file = path.join(core.dir, 'ext.csv');
    fs.writeFileSync(file, '商家编码,商品名称,平台SKU@天猫旗舰店\nJJ-001,北欧抱枕套,1000001\n');
    expect((await importFilePlain(core, file)).errors).toEqual([
      {
        row: 2,
        column: '平台SKU@天猫旗舰店',
        message: 'is already listed for another SKU on this storefront',
      },
    ]);
    fs.writeFileSync(
      file,
      '商家编码,商品名称,平台SKU@天猫旗舰店\nJJ-001,北欧抱枕套,77\nJJ-002,北欧抱枕套,77\nSM-01,编织数据线,77\n',
    );
    expect((await importFilePlain(core, file)).errors).toEqual([
      {
        row: 3,
        column: '平台SKU@天猫旗舰店',
        message: 'repeats the external SKU id of row 2 on this storefront',
      },
      {
        row: 4,
        column: '平台SKU@天猫旗舰店',
        message: 'repeats the external SKU id of row 2 on this storefront',
      },
    ]);
  });
});
