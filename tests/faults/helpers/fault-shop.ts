import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { writeShopifyExport } from '../../helpers/shopify-export';

export { writePaymentsCsv, writeProductsCsv } from '../../helpers/big-import-files';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const FIXTURE_ORDERS = path.join(fixtures, 'orders', 'shopify-orders.csv');
export const FIXTURE_PRODUCTS = path.join(fixtures, 'catalog', 'products-utf8.csv');

/** The period `kpis` is compared over: every order the shop and the generated files hold. */
export const PERIOD = { from: '2020-01-01', to: '2030-12-31' };
/**
 * Orders of the big file already in the shop (fees attach to them) and of the one crashed into it. The crashed
 * file brings twice the shop's orders, so its import sets the order indexes aside and builds them again before
 * COMMIT (OrderWriter.deferIndexesIfWorthIt: the orders to come are over half the table they make), and the kills
 * land on that path too.
 */
export const SHOP_ORDERS = { first: 50_000, count: 8_000 };
export const CRASH_ORDERS = { first: 80_000, count: 16_000 };

/**
 * A shop holding data, checkpointed into one file: base settings, a Shopify storefront (CNY, as the generated
 * exports are), a rate, the fixture catalog and orders, and SHOP_ORDERS generated orders for fees to attach to.
 */
export async function buildFaultShop(dir: string): Promise<string> {
  const db = path.join(dir, 'baseline.db');
  const cli = async (...args: string[]) => {
    const run = await runCli(path.join(dir, 'data'), [...args, '--db', db]);
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    return run;
  };
  await cli('init', '--currency', 'CNY', '--timezone', 'Asia/Shanghai');
  await cli('storefront', 'add', '--name', '天猫旗舰店', '--platform', 'tmall', '--currency', 'CNY');
  await cli('storefront', 'add', '--name', 'Shopify Global', '--platform', 'shopify', '--currency', 'CNY');
  await cli('fx', 'add', '--currency', 'USD', '--date', '2020-01-01', '--rate', '7.1');
  await cli('import', 'products', FIXTURE_PRODUCTS);
  await cli('import', 'orders', '--storefront', 'Shopify Global', FIXTURE_ORDERS);
  const big = path.join(dir, 'shop-orders.csv');
  await writeShopifyExport(big, { orders: SHOP_ORDERS.count, firstNumber: SHOP_ORDERS.first });
  await cli('import', 'orders', '--storefront', 'Shopify Global', big);
  // One file, no -wal beside it: every crash run starts from a byte-identical copy.
  const sqlite = new BetterSqlite3(db);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  sqlite.close();
  return db;
}

/** A fresh copy of the baseline for one run (and no WAL or shm of an earlier run). */
export function freshCopy(baseline: string, file: string): string {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.copyFileSync(baseline, file);
  return file;
}
