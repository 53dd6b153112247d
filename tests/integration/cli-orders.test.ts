import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { writeShopifyExport } from '../helpers/shopify-export';
import { expectedFees } from '../fixtures/orders/expected-fees';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/orders');
let dir: string;
let db: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-cli-orders-'));
  db = path.join(dir, 'shop.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(path.join(dir, 'default-data'), args);
const fixture = (name: string) => path.join(fixtures, name);

function query<T>(sql: string): T[] {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}
const orderCount = () => query<{ n: number }>('SELECT count(*) AS n FROM orders')[0]!.n;

async function shop(): Promise<void> {
  expect((await cli('init', '--db', db, '--currency', 'CNY', '--timezone', 'Asia/Shanghai')).code).toBe(0);
  for (const [name, platform, currency] of [
    ['淘宝店', 'taobao', 'CNY'],
    ['Shopify US', 'shopify', 'USD'],
    ['Amazon US', 'amazon', 'USD'],
  ] as const) {
    const added = await cli(
      'storefront',
      'add',
      '--db',
      db,
      '--name',
      name,
      '--platform',
      platform,
      '--currency',
      currency,
    );
    expect(added.code, added.stderr).toBe(0);
  }
}

describe('channeldesk import orders / import fees (CLI contract)', { timeout: 120_000 }, () => {
  it('imports a Taobao GBK orders + items pair and prints exactly the contract JSON', async () => {
    await shop();
    const run = await cli(
      'import',
      'orders',
      '--db',
      db,
      '--json',
      '--storefront',
      '淘宝店',
      fixture('taobao-orders-gbk.csv'),
      fixture('taobao-items-gbk.csv'),
    );
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(
      ['errors', 'inserted', 'lines', 'unchanged', 'unmatched_skus', 'updated', 'warnings'].sort(),
    );
    expect(out).toMatchObject({ inserted: 7, updated: 0, unchanged: 0, lines: 9, errors: [] });
    // No catalog yet: every storefront code is queued for matching.
    expect((out.unmatched_skus as string[]).length).toBeGreaterThan(0);
    // Ids stay text (Taobao order numbers are 19 digits, beyond a double's exact range).
    const ids = query<{ external_id: string }>('SELECT external_id FROM orders ORDER BY external_id');
    expect(ids.every((r) => typeof r.external_id === 'string' && /^\d{10,}$/.test(r.external_id))).toBe(true);

    const again = await cli(
      'import',
      'orders',
      '--db',
      db,
      '--json',
      '--storefront',
      '淘宝店',
      fixture('taobao-orders-gbk.csv'),
      fixture('taobao-items-gbk.csv'),
    );
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, unchanged: 7 });
  });

  it('rejects a bad file with exit 2, row-level errors {row, column, message} and nothing written', async () => {
    await shop();
    const bad = path.join(dir, 'orders_export_1.csv');
    const good = fs.readFileSync(fixture('shopify-orders.csv'), 'utf8').split('\n');
    // Break an amount on the second data row.
    good[2] = good[2]!.replace(/,(\d+)\.(\d\d),/, ',12.3.4,');
    fs.writeFileSync(bad, good.join('\n'));
    const run = await cli('import', 'orders', '--db', db, '--json', '--storefront', 'Shopify US', bad);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as { errors: Record<string, unknown>[]; inserted: number };
    expect(out.inserted).toBe(0);
    expect(out.errors.length).toBeGreaterThan(0);
    for (const e of out.errors) expect(Object.keys(e).sort()).toEqual(['column', 'message', 'row']);
    expect(out.errors[0]).toMatchObject({ row: 3 });
    expect(orderCount()).toBe(0);
  });

  it("usage errors exit 1, an unknown storefront or another platform's file exit 2", async () => {
    await shop();
    expect((await cli('import', 'orders', '--db', db, fixture('shopify-orders.csv'))).code).toBe(1);
    expect((await cli('import', 'orders', '--db', db, '--storefront', 'Shopify US')).code).toBe(1);
    expect(
      (
        await cli(
          'import',
          'orders',
          '--db',
          db,
          '--storefront',
          'Shopify US',
          '--format',
          'lazada',
          fixture('shopify-orders.csv'),
        )
      ).code,
    ).toBe(1);
    expect(
      (await cli('import', 'orders', '--db', db, '--storefront', 'Nope', fixture('shopify-orders.csv'))).code,
    ).toBe(2);
    const wrong = await cli(
      'import',
      'orders',
      '--db',
      db,
      '--json',
      '--storefront',
      'Shopify US',
      '--format',
      'jd',
      fixture('shopify-orders.csv'),
    );
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.stdout).errors[0].message).toContain('shopify');
    expect(orderCount()).toBe(0);
  });

  it('attaches Amazon settlement and Shopify Payments fees to their orders, idempotently', async () => {
    await shop();
    expect(
      (
        await cli(
          'import',
          'orders',
          '--db',
          db,
          '--storefront',
          'Amazon US',
          fixture('amazon-all-orders.txt'),
        )
      ).code,
    ).toBe(0);
    expect(
      (await cli('import', 'orders', '--db', db, '--storefront', 'Shopify US', fixture('shopify-orders.csv')))
        .code,
    ).toBe(0);
    const fees = await cli(
      'import',
      'fees',
      '--db',
      db,
      '--json',
      '--storefront',
      'Amazon US',
      fixture('amazon-settlement.txt'),
    );
    expect(fees.code, fees.stderr).toBe(0);
    const out = JSON.parse(fees.stdout) as { inserted: number; warnings: { message: string }[] };
    expect(out.inserted).toBeGreaterThan(0);
    // The settlement also covers an order from before the shop imported anything: a warning, not a refusal.
    expect(out.warnings.some((w) => w.message.includes('111-0999999-0000099'))).toBe(true);
    const expected = expectedFees['amazon-settlement.txt']!.totals;
    const stored = Object.fromEntries(
      query<{ external_id: string; fees_minor: number }>(
        'SELECT external_id, fees_minor FROM orders WHERE fees_minor IS NOT NULL',
      ).map((r) => [r.external_id, r.fees_minor]),
    );
    for (const [order, total] of Object.entries(expected)) {
      if (order in stored) expect(stored[order], order).toBe(total);
    }
    expect(Object.keys(stored).length).toBe(4);
    const again = await cli(
      'import',
      'fees',
      '--db',
      db,
      '--json',
      '--storefront',
      'Amazon US',
      fixture('amazon-settlement.txt'),
    );
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, updated: 0 });

    const shopify = await cli(
      'import',
      'fees',
      '--db',
      db,
      '--json',
      '--storefront',
      'Shopify US',
      fixture('shopify-payments.csv'),
    );
    expect(shopify.code, shopify.stderr).toBe(0);
    const paid = query<{ fees_minor: number }>(
      "SELECT fees_minor FROM orders WHERE external_id = '#1001'",
    )[0]!;
    expect(paid.fees_minor).toBe(expectedFees['shopify-payments.csv']!.totals['#1001']);
  });

  it('a kill -9 in the middle of a large import leaves check passing and every figure unchanged', async () => {
    await shop();
    expect(
      (await cli('import', 'orders', '--db', db, '--storefront', 'Shopify US', fixture('shopify-orders.csv')))
        .code,
    ).toBe(0);
    const kpis = () => cli('kpis', '--db', db, '--json', '--from', '2024-01-01', '--to', '2026-12-31');
    // No USD rate yet: add one so the figures can be computed before and after.
    expect(
      (await cli('fx', 'add', '--db', db, '--currency', 'USD', '--date', '2020-01-01', '--rate', '7.1')).code,
    ).toBe(0);
    const before = (await kpis()).stdout;
    const ordersBefore = orderCount();

    const big = path.join(dir, 'orders_export_big.csv');
    await writeShopifyExport(big, { orders: 30_000, firstNumber: 50_000 });
    const bin = fileURLToPath(new URL('../../bin/channeldesk.mjs', import.meta.url));
    const child = spawn(
      process.execPath,
      [bin, 'import', 'orders', '--db', db, '--storefront', 'Shopify US', big],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Wait until the import has written a good part of its transaction into the WAL, then pull the plug.
    await expect
      .poll(() => fs.statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0, {
        timeout: 60_000,
        interval: 50,
      })
      .toBeGreaterThan(4 * 1024 * 1024);
    child.kill('SIGKILL');
    await exited;

    const check = await cli('check', '--db', db, '--json');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(orderCount()).toBe(ordersBefore);
    const after = await kpis();
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toBe(before);
  }, 120_000);
});
