/**
 * Migration 0008 (the daily rollups fill) on the 1,000,000-order shop, as an upgrade from v7 would run it:
 * inside one transaction that first drops what 0008 made and then runs its up(), rolled back at the end so
 * the cached file is unchanged. Once with SQLite's default page cache (what the app's connection used) and
 * once with the 128 MB the upgrade worker sets (db/migrate-job.ts). Quiet machine only (load < 2):
 * `tsx tests/bench/upgrade-fill.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import * as m0008 from '../../electron/core/db/migrations/0008_daily_rollups';
import { millionOrderShop } from './million-orders';

const MADE_BY_0008 = {
  table: ['order_day_rollups', 'commission_day_rollups', 'product_day_rollups', 'rollup_dirty'],
  index: ['orders_valid_storefront_day_customer'],
};

async function fillOnce(file: string, cacheKib: number | null): Promise<number> {
  const sqlite = new BetterSqlite3(file);
  try {
    if (cacheKib !== null) sqlite.pragma(`cache_size = -${cacheKib}`);
    const triggers = (
      sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%rollup_dirty%'")
        .all() as { name: string }[]
    ).map((t) => t.name);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      for (const name of triggers) sqlite.exec(`DROP TRIGGER "${name}"`);
      for (const name of MADE_BY_0008.index) sqlite.exec(`DROP INDEX "${name}"`);
      for (const name of MADE_BY_0008.table) sqlite.exec(`DROP TABLE "${name}"`);
      const start = performance.now();
      await m0008.up(db);
      return performance.now() - start;
    } finally {
      sqlite.exec('ROLLBACK');
    }
  } finally {
    sqlite.close();
  }
}

export async function benchUpgradeFill(): Promise<{ name: string; ms: number }[]> {
  const shop = await millionOrderShop();
  return [
    { name: '0008 fill, default page cache', ms: await fillOnce(shop.file, null) },
    { name: '0008 fill, 128 MB page cache (worker)', ms: await fillOnce(shop.file, 128 * 1024) },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const c of await benchUpgradeFill()) console.log(`${c.name.padEnd(44)} ${(c.ms / 1000).toFixed(1)} s`);
}
