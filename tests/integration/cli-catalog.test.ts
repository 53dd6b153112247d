import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { catalogFixture } from '../helpers/catalog-import';

let dir: string;
let db: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-cli-catalog-'));
  db = path.join(dir, 'shop.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(path.join(dir, 'default-data'), args);
const skuCount = (): number => {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return (conn.prepare('SELECT count(*) AS n FROM skus').get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

async function shop(): Promise<void> {
  expect((await cli('init', '--db', db)).code).toBe(0);
  expect(
    (await cli('storefront', 'add', '--db', db, '--name', '天猫旗舰店', '--platform', 'tmall')).code,
  ).toBe(0);
  expect(
    (
      await cli(
        'storefront',
        'add',
        '--db',
        db,
        '--name',
        'Shopify Global',
        '--platform',
        'shopify',
        '--currency',
        'USD',
      )
    ).code,
  ).toBe(0);
}

describe('channeldesk CLI: import, export and template products', { timeout: 120_000 }, () => {
  it('imports a file (exit 0), then refuses a bad one with row-level errors (exit 2) and writes nothing', async () => {
    await shop();
    const ok = await cli('import', 'products', catalogFixture('products-gbk.csv'), '--db', db, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      inserted: 5,
      updated: 0,
      unchanged: 0,
      errors: [],
      warnings: [],
    });

    const bad = await cli('import', 'products', catalogFixture('products-errors.csv'), '--db', db, '--json');
    expect(bad.code).toBe(2);
    const body = JSON.parse(bad.stdout) as { errors: { row: number; column: string; message: string }[] };
    expect(Object.keys(body)).toEqual(['inserted', 'updated', 'unchanged', 'errors', 'warnings']);
    expect(body.errors).toContainEqual({ row: 3, column: '采购成本（元）', message: 'must be a number' });
    expect(bad.stderr).toMatch(/nothing was written/);
    expect(skuCount()).toBe(5);

    const human = await cli('import', 'products', catalogFixture('products-errors.csv'), '--db', db);
    expect(human.code).toBe(2);
    expect(human.stderr).toContain('row 4, 库存: must not be negative');
  });

  it('exports and writes templates in both languages; usage errors are exit 1', async () => {
    await shop();
    const imported = await cli('import', 'products', catalogFixture('products.xlsx'), '--db', db);
    expect(imported.code, imported.stderr).toBe(0);
    const out = path.join(dir, 'catalog.xlsx');
    const exported = await cli('export', 'products', '--out', out, '--lang', 'en', '--db', db, '--json');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual({ path: out, rows: 5 });
    const again = await cli('import', 'products', out, '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });

    const template = path.join(dir, 'template.csv');
    expect((await cli('template', 'products', '--out', template, '--db', db)).code).toBe(0);
    expect(fs.readFileSync(template, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFF商品名称,商家编码,SKU名称,/);

    expect((await cli('export', 'products', '--db', db)).code).toBe(1);
    expect((await cli('template', 'products', '--out', template, '--lang', 'fr', '--db', db)).code).toBe(1);
    expect((await cli('import', 'orders', 'x.csv', '--db', db)).code).toBe(1);
    expect((await cli('import', 'products', '--db', db)).code).toBe(1);
    const missingFolder = await cli(
      'export',
      'products',
      '--out',
      path.join(dir, 'no', 'x.xlsx'),
      '--db',
      db,
    );
    expect(missingFolder.code).toBe(2);
  });
});
