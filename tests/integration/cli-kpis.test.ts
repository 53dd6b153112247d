import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrder } from '../helpers/insert-orders';
import { runCli } from '../helpers/run-cli';

let dir: string;
let db: string;
const cli = (...args: string[]) => runCli(path.join(dir, 'default-data'), args);

/** Figures of a storefront or total with no customers: those ratios are null. */
const noCustomers = { buyers: 0, new_customers: 0, repurchase_rate: null, retention: null };

// Each run is a fresh Node process compiling TypeScript through tsx: allow for a loaded machine.
describe('channeldesk kpis', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-cli-kpis-'));
    db = path.join(dir, 'shop.db');
    const setup = [
      ['init', '--db', db, '--currency', 'CNY'],
      ['storefront', 'add', '--db', db, '--name', '天猫旗舰店', '--platform', 'tmall', '--commission', '5'],
      ['storefront', 'add', '--db', db, '--name', 'Shopify US', '--platform', 'shopify', '--currency', 'USD'],
      ['fx', 'add', '--db', db, '--currency', 'USD', '--date', '2024-06-01', '--rate', '7.12'],
    ];
    for (const args of setup) expect((await cli(...args)).code).toBe(0);
    // Fee rules beyond what `storefront add` needs here: 0.6 % payment and ¥8 shipping on Tmall,
    // 2.9 % + 30¢ and $6.50 shipping on Shopify.
    const sqlite = new BetterSqlite3(db);
    sqlite
      .prepare(
        `UPDATE storefronts SET payment_fee_rate_bp = 60, shipping_cost_minor = 800 WHERE name = '天猫旗舰店'`,
      )
      .run();
    sqlite
      .prepare(
        `UPDATE storefronts SET payment_fee_rate_bp = 290, fixed_fee_minor = 30, shipping_cost_minor = 650
          WHERE name = 'Shopify US'`,
      )
      .run();
    const id = (name: string) =>
      (sqlite.prepare('SELECT id FROM storefronts WHERE name = ?').get(name) as { id: string }).id;
    insertOrder(sqlite, {
      storefrontId: id('天猫旗舰店'),
      placedDate: '2024-06-05',
      lines: [{ quantity: 1, unitPriceMinor: 10_000 }],
    });
    insertOrder(sqlite, {
      storefrontId: id('Shopify US'),
      placedDate: '2024-06-10',
      currency: 'USD',
      lines: [{ quantity: 1, unitPriceMinor: 1_999 }],
    });
    sqlite.close();
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the ARCHITECTURE.md JSON: base-currency major units and 4-decimal ratios', async () => {
    const run = await cli('kpis', '--db', db, '--from', '2024-06-01', '--to', '2024-06-30', '--json');
    expect(run.code).toBe(0);
    // Tmall: ¥100 − fees (5 % + 0.6 % = ¥5.60) − ¥8 shipping = ¥86.40.
    // Shopify at 7.12: $19.99 = ¥142.3288; fees (2.9 % × 1999 + 30 = 87.971¢) = ¥6.2635; shipping ¥46.28;
    // profit ¥89.7853 → 89.79, margin 0.6308. Total profit 8640 + 8978.5265 fen → ¥176.19.
    expect(JSON.parse(run.stdout)).toEqual({
      currency: 'CNY',
      from: '2024-06-01',
      to: '2024-06-30',
      storefronts: [
        {
          name: 'Shopify US',
          orders: 1,
          units: 1,
          gross_sales: 142.33,
          discounts: 0,
          refunds: 0,
          net_sales: 142.33,
          shipping_income: 0,
          average_order_value: 142.33,
          refund_rate: 0,
          cogs: 0,
          unmatched_lines: 1,
          fees: 6.26,
          shipping_cost: 46.28,
          gross_profit: 89.79,
          gross_margin: 0.6308,
          ...noCustomers,
        },
        {
          name: '天猫旗舰店',
          orders: 1,
          units: 1,
          gross_sales: 100,
          discounts: 0,
          refunds: 0,
          net_sales: 100,
          shipping_income: 0,
          average_order_value: 100,
          refund_rate: 0,
          cogs: 0,
          unmatched_lines: 1,
          fees: 5.6,
          shipping_cost: 8,
          gross_profit: 86.4,
          gross_margin: 0.864,
          ...noCustomers,
        },
      ],
      total: {
        orders: 2,
        units: 2,
        gross_sales: 242.33,
        discounts: 0,
        refunds: 0,
        net_sales: 242.33,
        shipping_income: 0,
        average_order_value: 121.16,
        refund_rate: 0,
        cogs: 0,
        unmatched_lines: 2,
        fees: 11.86,
        shipping_cost: 54.28,
        gross_profit: 176.19,
        gross_margin: 0.7271,
        ...noCustomers,
      },
    });
    expect(run.stderr).toBe('');
  });

  it('narrows to one storefront by name and prints a readable table without --json', async () => {
    const json = await cli(
      'kpis',
      '--db',
      db,
      '--from',
      '2024-06-01',
      '--to',
      '2024-06-30',
      '--storefront',
      'shopify us',
      '--json',
    );
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout) as {
      storefronts: { name: string }[];
      total: { gross_profit: number };
    };
    expect(body.storefronts.map((s) => s.name)).toEqual(['Shopify US']);
    expect(body.total.gross_profit).toBe(89.79);

    const human = await cli('kpis', '--db', db, '--from', '2024-06-01', '--to', '2024-06-30');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('money in CNY');
    expect(human.stdout).toMatch(/Gross profit\s+89\.79\s+86\.40\s+176\.19/);
    expect(human.stdout).toMatch(/Retention\s+—\s+—\s+—/);
  });

  it('exits 1 on usage errors and 2 on an unknown storefront', async () => {
    const period = ['--db', db, '--from', '2024-06-01', '--to', '2024-06-30'];
    const badDate = await cli('kpis', '--db', db, '--from', '2024-02-30', '--to', '2024-03-01');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--from must be a real date');
    const reversed = await cli('kpis', '--db', db, '--from', '2024-06-30', '--to', '2024-06-01');
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toContain('is after --to');
    expect((await cli('kpis', ...period, '--month', '2024-06')).code).toBe(1);

    const unknown = await cli('kpis', ...period, '--storefront', 'Nope', '--json');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No storefront named "Nope" (storefronts: Shopify US, 天猫旗舰店)');
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
