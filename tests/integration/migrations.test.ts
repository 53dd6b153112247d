import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DatabaseTooNewError,
  DatabaseUnreadableError,
  openDatabase,
} from '../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { createCore } from '../../electron/core/app';
import type { CustomerList } from '../../shared/domain/customers';

const fixturesDir = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));
const expectedTables = [
  'audit_log',
  'competitor_prices',
  'fx_rates',
  'listings',
  'price_history',
  'products',
  'settings',
  'sku_aliases',
  'sku_costs',
  'skus',
  'staff',
  'stock_movements',
  'storefront_category_commissions',
  'storefronts',
];

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const tempDir = (): string => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-migrations-')));
const sha256 = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function tables(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

/** Every row of every table, keyed by table, each row as JSON sorted for comparison. */
function snapshot(file: string, only?: string[]): Record<string, string[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const result: Record<string, string[]> = {};
    for (const table of only ?? tables(file)) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all();
      result[table] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return result;
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('brings a fresh database to the latest version with the expected tables', async () => {
    const file = path.join(tempDir(), 'fresh.db');
    const handle = await openDatabase(file);
    expect(Number(handle.sqlite.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA_VERSION);
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await handle.close();
    expect(tables(file)).toEqual(expect.arrayContaining(expectedTables));
  });

  it('reopens a database holding data at the latest version without changing a row', async () => {
    const file = path.join(tempDir(), 'shop.db');
    fs.copyFileSync(path.join(fixturesDir, `v${LATEST_SCHEMA_VERSION}.db`), file);
    const before = snapshot(file);
    expect(before.storefronts!.length).toBeGreaterThan(0);
    const handle = await openDatabase(file);
    await handle.close();
    expect(snapshot(file)).toEqual(before);
  });

  const fixtures = fs.readdirSync(fixturesDir).filter((f) => /^v\d+\.db$/.test(f));

  it('has a fixture for the latest schema version', () => {
    expect(fixtures).toContain(`v${LATEST_SCHEMA_VERSION}.db`);
  });

  it.each(fixtures)('migrates fixture %s to the latest version and keeps its rows', async (name) => {
    const file = path.join(tempDir(), name);
    fs.copyFileSync(path.join(fixturesDir, name), file);
    const oldTables = tables(file);
    const before = snapshot(file, oldTables);
    const handle = await openDatabase(file);
    expect(Number(handle.sqlite.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA_VERSION);
    expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    await handle.close();
    expect(tables(file)).toEqual(expect.arrayContaining(expectedTables));
    // Later migrations may add columns, so compare the rows' original columns. Sale movements are the one
    // removal: 0014 derives sales from order lines (stock_ledger), checked in migrations-steps.test.ts.
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      for (const table of oldTables) {
        const columns = Object.keys(JSON.parse(before[table]![0] ?? '{}') as object);
        if (!columns.length) continue;
        const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`).all();
        const expected =
          table === 'stock_movements'
            ? before[table]!.filter((r) => (JSON.parse(r) as { kind: string }).kind !== 'sale')
            : before[table];
        expect(rows.map((r) => JSON.stringify(r)).sort(), table).toEqual(expected);
      }
    } finally {
      db.close();
    }
  });

  it('migrates a v1 shop (settings, staff, storefronts) to v2: rows survive and the catalog works on them', async () => {
    const file = path.join(tempDir(), 'v1-shop.db');
    fs.copyFileSync(path.join(fixturesDir, 'v1.db'), file);
    const kept = [
      'settings',
      'staff',
      'storefronts',
      'storefront_category_commissions',
      'fx_rates',
      'audit_log',
    ];
    const before = snapshot(file, kept);
    expect(before.staff).toHaveLength(2);
    expect(before.storefronts).toHaveLength(2);
    expect(before.settings!.length).toBeGreaterThan(3);

    const handle = await openDatabase(file);
    try {
      // Migrated all the way; the catalog tables (v2) must work on the v1 rows.
      expect(Number(handle.sqlite.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA_VERSION);
      const tmall = handle.sqlite.prepare("SELECT id FROM storefronts WHERE platform = 'tmall'").get() as {
        id: string;
      };
      // The new tables start empty and accept rows that reference the migrated storefronts.
      expect(handle.sqlite.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 0 });
      const now = '2024-06-01T00:00:00.000Z';
      handle.sqlite.prepare("INSERT INTO products VALUES ('p1', '杯子', NULL, NULL, 0, ?, ?)").run(now, now);
      handle.sqlite
        .prepare("INSERT INTO skus VALUES ('s1', 'p1', 'CUP-1', '杯子', NULL, NULL, 0, 0, 'mid', 0, ?, ?)")
        .run(now, now);
      handle.sqlite
        .prepare("INSERT INTO listings VALUES ('l1', 's1', ?, NULL, NULL, 5900, 'on_sale', NULL, ?, ?)")
        .run(tmall.id, now, now);
      expect(() =>
        handle.sqlite
          .prepare(
            "INSERT INTO listings VALUES ('l2', 's1', 'no-such-storefront', NULL, NULL, 1, 'off', NULL, ?, ?)",
          )
          .run(now, now),
      ).toThrow(/FOREIGN KEY/);
      expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      await handle.close();
    }
    expect(snapshot(file, kept)).toEqual(before);
  });

  it('migrates a v2 shop (catalog) to v3: catalog rows survive and the competitor log works on them', async () => {
    const file = path.join(tempDir(), 'v2-shop.db');
    fs.copyFileSync(path.join(fixturesDir, 'v2.db'), file);
    const kept = [
      'products',
      'skus',
      'sku_costs',
      'listings',
      'price_history',
      'stock_movements',
      'sku_aliases',
    ];
    const before = snapshot(file, kept);
    expect(before.listings).toHaveLength(2);
    expect(before.price_history).toHaveLength(3);

    const handle = await openDatabase(file);
    try {
      expect(Number(handle.sqlite.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA_VERSION);
      expect(handle.sqlite.prepare('SELECT count(*) AS n FROM competitor_prices').get()).toEqual({ n: 0 });
      const sku = handle.sqlite.prepare("SELECT id FROM skus WHERE code = 'MUG-WHT'").get() as { id: string };
      const insert = handle.sqlite.prepare(
        `INSERT INTO competitor_prices VALUES (?, ?, '某品牌', 'jd', 6500, 'CNY', '2024-06-18', NULL, NULL,
         '2024-06-18T00:00:00.000Z', NULL)`,
      );
      insert.run('c1', sku.id);
      expect(() => insert.run('c2', 'no-such-sku')).toThrow(/FOREIGN KEY/);
      expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      await handle.close();
    }
    expect(snapshot(file, kept)).toEqual(before);
  });

  it('migrates a v3 shop to v4: catalog search finds existing products, and triggers keep it in step', async () => {
    const file = path.join(tempDir(), 'v3-shop.db');
    fs.copyFileSync(path.join(fixturesDir, 'v3.db'), file);
    const kept = ['products', 'skus', 'listings', 'competitor_prices'];
    const before = snapshot(file, kept);
    const handle = await openDatabase(file);
    try {
      const find = (text: string) =>
        (
          handle.sqlite
            .prepare(
              `SELECT r.product_id FROM catalog_search f JOIN catalog_search_rows r ON r.search_rowid = f.rowid
               WHERE f.body LIKE ? ORDER BY r.product_id`,
            )
            .all(`%${text}%`) as { product_id: string }[]
        ).map((r) => r.product_id);
      const mug = handle.sqlite.prepare("SELECT product_id AS id FROM skus WHERE code = 'MUG-WHT'").get() as {
        id: string;
      };
      // Every product has its row; a SKU code finds its product, case-insensitively, as LIKE did.
      expect(handle.sqlite.prepare('SELECT count(*) AS n FROM catalog_search').get()).toEqual(
        handle.sqlite.prepare('SELECT count(*) AS n FROM products').get(),
      );
      expect(find('mug-wht')).toEqual([mug.id]);
      handle.sqlite.prepare("UPDATE skus SET code = 'CUP-RED' WHERE code = 'MUG-WHT'").run();
      expect(find('MUG-WHT')).toEqual([]);
      expect(find('cup-red')).toEqual([mug.id]);
      handle.sqlite.prepare("UPDATE skus SET code = 'MUG-WHT' WHERE code = 'CUP-RED'").run();
    } finally {
      await handle.close();
    }
    expect(snapshot(file, kept)).toEqual(before);
  });

  it('migrates a v4 shop to v5 and on: movements survive and cover queries use their indexes', async () => {
    const file = path.join(tempDir(), 'v4-shop.db');
    fs.copyFileSync(path.join(fixturesDir, 'v4.db'), file);
    const kept = ['skus', 'stock_movements'];
    const before = snapshot(file, kept);
    expect(before.stock_movements!.length).toBeGreaterThan(0);
    const handle = await openDatabase(file);
    try {
      const plan = (query: string) =>
        (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[])
          .map((r) => r.detail)
          .join('; ');
      // Since 0014 the shop's first sale is its first valid order, and only returns are read off movements.
      expect(plan("SELECT min(placed_at) FROM orders WHERE status = 'paid'")).toMatch(
        /orders_status_placed_at/,
      );
      expect(
        plan(
          "SELECT sum(quantity) FROM stock_movements WHERE sku_id = 'x' AND kind = 'return' AND at >= '2026'",
        ),
      ).toMatch(/stock_movements_sku_kind_at/);
    } finally {
      await handle.close();
    }
    expect(snapshot(file, kept)).toEqual(before);
  });

  it('migrates a v6 shop to v7: customer figures are built on first read, from the orders already there', async () => {
    const file = path.join(tempDir(), 'v6-shop.db');
    fs.copyFileSync(path.join(fixturesDir, 'v6.db'), file);
    const kept = ['customers', 'customer_identities', 'orders'];
    const before = snapshot(file, kept);
    expect(before.orders!.length).toBeGreaterThan(0);
    const handle = await openDatabase(file);
    try {
      const n = (table: string) =>
        (handle.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      // The migration only makes the tables: the first read of customers fills them.
      expect([n('customer_stats'), n('customer_storefronts'), n('customer_stats_state')]).toEqual([0, 0, 0]);
      const plan = (query: string) =>
        (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[])
          .map((r) => r.detail)
          .join('; ');
      expect(
        plan(
          'SELECT customer_id FROM customer_stats s ORDER BY monetary_minor DESC, customer_id DESC LIMIT 50',
        ),
      ).toMatch(/customer_stats_monetary/);
      expect(
        plan(
          "SELECT customer_id FROM customer_stats s WHERE tier = 'lost' ORDER BY last_order_at DESC, customer_id DESC LIMIT 50",
        ),
      ).toMatch(/customer_stats_tier_last_order/);
    } finally {
      await handle.close();
    }
    const core = await createCore({ dbFile: file, locale: 'zh-CN' });
    try {
      const list = await core.dispatch('customers', 'list', { page: 1, pageSize: 50 });
      if (!list.ok) throw new Error(JSON.stringify(list.error));
      const rows = (list.value as CustomerList).rows;
      // 张三 bought on Tmall and Shopify (one phone); the masked 李** merged with nobody.
      expect(rows.map((r) => [r.name, r.orders, r.storefronts, r.monetaryMinor, r.grossProfitMinor])).toEqual(
        [
          // TM-1001 13,300 + #1001 $11.99 × 7.1234 = 8,540.96; profit 7,688.2 + 4,607.77 (fees, shipping, COGS)
          ['张三', 2, 2, 21841, 12296],
          ['李**', 1, 1, 6900, 3483],
        ],
      );
      // Every order is more than a year old today: not ranked, and the tier says so.
      expect(rows.map((r) => [r.rfm, r.tier])).toEqual([
        [null, 'lost'],
        [null, 'lost'],
      ]);
    } finally {
      await core.close();
    }
    expect(snapshot(file, kept)).toEqual(before);
  });

  it('refuses a database from a newer version and leaves its bytes untouched', async () => {
    const file = path.join(tempDir(), 'future.db');
    fs.copyFileSync(path.join(fixturesDir, `v${LATEST_SCHEMA_VERSION}.db`), file);
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const hash = sha256(file);
    const listing = fs.readdirSync(dir).sort();

    const error = await openDatabase(file).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(/newer ChannelDesk/);
    expect(sha256(file)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a SQLite database with a clear message', async () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'These are my notes, not a database. '.repeat(200));
    const hash = sha256(file);
    const error = await openDatabase(file).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseUnreadableError);
    expect((error as Error).message).toMatch(/not a readable ChannelDesk database: file is not a database/);
    expect(sha256(file)).toBe(hash);
  });
});
