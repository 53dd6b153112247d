import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Sqlite } from '../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/core/db/migrations';
import { runCli, sha256 } from '../helpers/run-cli';

/**
 * One test per migration (Signal Desktop's rule): a small shop with data at the version before it is migrated
 * by exactly that one migration, every row it held survives on its original columns, and what the migration
 * adds works on those rows. The shop is tests/fixtures/schema/v<N-1>.db, or for a version not released yet
 * (no fixture: fixtures are for released versions) the newest fixture migrated up to N-1. 0001 starts from an
 * empty file. A migration without an entry in `steps` fails the coverage test.
 */

const fixturesDir = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));
let dir: string;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const count = (s: Sqlite, table: string) =>
  (s.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
const names = (s: Sqlite, type: string) =>
  (
    s.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as { name: string }[]
  ).map((r) => r.name);
const plan = (s: Sqlite, query: string) =>
  (s.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
const now = '2024-08-01T00:00:00.000Z';

type Tables = Record<string, { columns: string[]; rows: string[] }>;

/**
 * Rows a migration removes on purpose, by table: the survival check leaves them out and the step checks
 * where their content went.
 */
const removed: Record<number, Record<string, (row: Record<string, unknown>) => boolean>> = {
  14: { stock_movements: (r) => r.kind === 'sale' },
};

/** What each migration must have done to the previous version's shop (`before`: its rows, as tablesOf). */
const steps: Record<number, (s: Sqlite, before: Tables) => void> = {
  1: (s) => {
    expect(names(s, 'table')).toEqual(
      expect.arrayContaining(['settings', 'staff', 'storefronts', 'fx_rates', 'audit_log']),
    );
    s.prepare("INSERT INTO settings (key, value) VALUES ('baseCurrency', '\"CNY\"')").run();
    expect(count(s, 'settings')).toBe(1);
  },
  2: (s) => {
    const tmall = s.prepare("SELECT id FROM storefronts WHERE platform = 'tmall'").get() as { id: string };
    s.prepare("INSERT INTO products VALUES ('p1', '杯子', NULL, NULL, 0, ?, ?)").run(now, now);
    s.prepare("INSERT INTO skus VALUES ('s1', 'p1', 'CUP-1', '杯子', NULL, NULL, 0, 0, 'mid', 0, ?, ?)").run(
      now,
      now,
    );
    s.prepare("INSERT INTO listings VALUES ('l1', 's1', ?, NULL, NULL, 5900, 'on_sale', NULL, ?, ?)").run(
      tmall.id,
      now,
      now,
    );
    expect(() =>
      s
        .prepare("INSERT INTO listings VALUES ('l2', 's1', 'gone', NULL, NULL, 1, 'off', NULL, ?, ?)")
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
  },
  3: (s) => {
    const sku = s.prepare("SELECT id FROM skus WHERE code = 'MUG-WHT'").get() as { id: string };
    const insert = s.prepare(
      `INSERT INTO competitor_prices VALUES (?, ?, '某品牌', 'jd', 6500, 'CNY', '2024-06-18', NULL, NULL, ?, NULL)`,
    );
    insert.run('c1', sku.id, now);
    expect(() => insert.run('c2', 'no-such-sku', now)).toThrow(/FOREIGN KEY/);
  },
  4: (s) => {
    // The search index is filled from the products already there, and a SKU code finds its product.
    expect(count(s, 'catalog_search_rows')).toBe(count(s, 'products'));
    const found = s
      .prepare(
        `SELECT r.product_id FROM catalog_search f JOIN catalog_search_rows r ON r.search_rowid = f.rowid
         WHERE f.body LIKE '%mug-blk%'`,
      )
      .all() as { product_id: string }[];
    const mug = s.prepare("SELECT product_id FROM skus WHERE code = 'MUG-BLK'").get() as {
      product_id: string;
    };
    expect(found).toEqual([{ product_id: mug.product_id }]);
  },
  5: (s) => {
    expect(plan(s, "SELECT min(at) FROM stock_movements WHERE kind = 'sale'")).toMatch(
      /stock_movements_kind_at/,
    );
    expect(names(s, 'index')).toContain('stock_movements_sku_kind_at');
  },
  6: (s) => {
    for (const table of [
      'orders',
      'order_lines',
      'customers',
      'customer_identities',
      'imports',
      'order_fees',
    ])
      expect(count(s, table), table).toBe(0);
    // Movements written before orders existed have no ref, and the new partial index leaves them out.
    expect(names(s, 'index')).toContain('stock_movements_ref');
    expect(plan(s, "SELECT id FROM stock_movements WHERE ref = 'x'")).toMatch(/stock_movements_ref/);
  },
  7: (s) => {
    // Only the tables: figures are built on first read from the orders already there (migrations.test.ts).
    expect([count(s, 'customer_stats'), count(s, 'customer_storefronts')]).toEqual([0, 0]);
    expect(count(s, 'customers')).toBe(2);
    expect(count(s, 'orders')).toBe(4);
  },
  8: (s) => {
    // Rollups are filled from the v7 orders: valid ones only (the cancelled TM-1002 is in no sum).
    const rows = s
      .prepare(
        `SELECT sf.platform, r.currency, sum(r.orders) AS orders, sum(r.units) AS units, sum(r.gross) AS gross
         FROM order_day_rollups r JOIN storefronts sf ON sf.id = r.storefront_id
         GROUP BY sf.platform, r.currency ORDER BY sf.platform`,
      )
      .all();
    // Tmall: TM-1001 2 × 69.00 and TM-1003 1 × 69.00; Shopify: #1001 1 × $12.99.
    expect(rows).toEqual([
      { platform: 'shopify', currency: 'USD', orders: 1, units: 1, gross: 1299 },
      { platform: 'tmall', currency: 'CNY', orders: 2, units: 3, gross: 20700 },
    ]);
    expect(count(s, 'rollup_dirty')).toBe(0);
    // Writing an order marks its day for the next refresh.
    s.prepare("UPDATE orders SET status = 'completed' WHERE external_id = '#1001'").run();
    expect(count(s, 'rollup_dirty')).toBeGreaterThan(0);
  },
  9: (s) => {
    // Tickets start empty with a starting SLA target for every type × priority (9 × 4).
    expect([count(s, 'tickets'), count(s, 'sla_policies')]).toEqual([0, 36]);
    const order = s
      .prepare("SELECT id, storefront_id, customer_id FROM orders WHERE external_id = 'TM-1001'")
      .get() as {
      id: string;
      storefront_id: string;
      customer_id: string;
    };
    s.prepare(
      `INSERT INTO tickets (id, number, storefront_id, order_id, customer_id, type, priority, state, subject, currency,
         due_at, created_at, updated_at)
       VALUES ('t1', 1, ?, ?, ?, 'return', 'normal', 'new', '杯子有裂纹', 'CNY', ?, ?, ?)`,
    ).run(order.storefront_id, order.id, order.customer_id, now, now, now);
    s.prepare("INSERT INTO ticket_lines VALUES ('t1', ?, 1, NULL, 'MUG-WHT', '陶瓷马克杯 白', 1)").run(
      order.id,
    );
    expect(() =>
      s.prepare("INSERT INTO ticket_lines VALUES ('t1', 'no-such-order', 1, NULL, NULL, 'x', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => s.prepare("UPDATE tickets SET state = 'pending' WHERE id = 't1'").run()).toThrow(/CHECK/);
    // A customer merge finds tickets among the rows pointing at customers (customers/merge.ts reads the schema).
    expect((s.pragma('foreign_key_list("tickets")') as { table: string }[]).map((f) => f.table)).toContain(
      'customers',
    );
    // The queues read open tickets through an index, never by scanning every ticket ever handled.
    const overdue = plan(
      s,
      "SELECT id FROM tickets t WHERE t.state IN ('new', 'open', 'pending') AND t.due_at < '2025'",
    );
    expect(overdue).toMatch(/SEARCH t USING (COVERING )?INDEX tickets_/);
    expect(plan(s, "SELECT id FROM tickets t WHERE t.assignee_id IS NULL AND t.state = 'new'")).toMatch(
      /tickets_assignee_state/,
    );
  },
  10: (s) => {
    // Surveys start empty; an invitation and a response link to the shop's existing order and storefront.
    expect([count(s, 'survey_templates'), count(s, 'survey_responses')]).toEqual([0, 0]);
    const order = s
      .prepare("SELECT id, storefront_id, customer_id FROM orders WHERE external_id = 'TM-1001'")
      .get() as { id: string; storefront_id: string; customer_id: string };
    s.prepare(
      `INSERT INTO survey_templates VALUES ('st1', '售后满意度', 'After-sales', '您好', 'Hi',
         '[{"id":"csat","kind":"csat","text":{"zh-CN":"满意吗","en":"Satisfied?"},"required":true}]', 0, ?, ?)`,
    ).run(now, now);
    const invite = s.prepare(
      `INSERT INTO survey_invitations (id, template_id, trigger, storefront_id, order_id, customer_id, language,
         created_at, send_after) VALUES (?, 'st1', 'order_completed', ?, ?, ?, 'zh-CN', ?, ?)`,
    );
    invite.run('i1', order.storefront_id, order.id, order.customer_id, now, now);
    // One invitation per completed order, whatever asks again.
    expect(() => invite.run('i2', order.storefront_id, order.id, order.customer_id, now, now)).toThrow(
      /UNIQUE/,
    );
    s.prepare(
      `INSERT INTO survey_responses (id, template_id, invitation_id, storefront_id, order_id, customer_id, channel,
         answered_at, answered_date, csat, created_at) VALUES ('r1', 'st1', 'i1', ?, ?, ?, 'phone', ?, '2024-08-01', 5, ?)`,
    ).run(order.storefront_id, order.id, order.customer_id, now, now);
    s.prepare("INSERT INTO survey_answers VALUES ('r1', 'csat', 'csat', NULL, 5, NULL, NULL)").run();
    expect(() => s.prepare("UPDATE survey_responses SET csat = 6 WHERE id = 'r1'").run()).toThrow(/CHECK/);
    expect(() =>
      s
        .prepare("INSERT INTO survey_rules VALUES ('no-such-storefront', 'ticket_closed', 'st1', 1, 0, ?)")
        .run(now),
    ).toThrow(/FOREIGN KEY/);
    // Results read a period of answer days through an index.
    expect(
      plan(
        s,
        "SELECT count(*) FROM survey_responses r WHERE r.answered_date BETWEEN '2024-08-01' AND '2024-08-31'",
      ),
    ).toMatch(/survey_responses_date/);
  },
  11: (s) => {
    // Campaigns start empty; one on the shop's storefront explains a line of its existing order.
    expect(count(s, 'campaigns')).toBe(0);
    const line = s
      .prepare(
        "SELECT l.id, l.storefront_id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.external_id = 'TM-1001'",
      )
      .get() as { id: number; storefront_id: string };
    const campaign = s.prepare(
      `INSERT INTO campaigns (id, name, type, goal, state, currency, terms, start_at, end_at, created_at, updated_at)
       VALUES (?, '双11', ?, 'sales', 'scheduled', 'CNY', ?, '2024-11-01T00:00:00.000Z', ?, ?, ?)`,
    );
    const terms = '{"type":"tiered","tiers":[{"thresholdMinor":30000,"offMinor":4000}]}';
    campaign.run('c1', 'tiered', terms, '2024-11-12T00:00:00.000Z', now, now);
    s.prepare('INSERT INTO campaign_storefronts VALUES (?, ?)').run('c1', line.storefront_id);
    s.prepare("INSERT INTO campaign_keys VALUES ('c1', 'code', 'D11')").run();
    s.prepare("INSERT INTO campaign_order_lines VALUES (?, 'c1', 'code', 1333)").run(line.id);
    // Windows run forward, types and states are the domain's, terms are JSON.
    expect(() => campaign.run('c2', 'tiered', terms, '2024-10-01T00:00:00.000Z', now, now)).toThrow(/CHECK/);
    expect(() => campaign.run('c3', 'bogus', terms, '2024-11-12T00:00:00.000Z', now, now)).toThrow(/CHECK/);
    expect(() => campaign.run('c4', 'tiered', '{oops', '2024-11-12T00:00:00.000Z', now, now)).toThrow(
      /CHECK/,
    );
    expect(() => s.prepare("UPDATE campaigns SET state = 'cancelled' WHERE id = 'c1'").run()).toThrow(
      /CHECK/,
    );
    expect(() =>
      s.prepare("INSERT INTO campaign_order_lines VALUES (999999, 'c1', 'window', 0)").run(),
    ).toThrow(/FOREIGN KEY/);
    // Attribution finds a campaign by its code through an index, and a re-import's new lines drop the old rows.
    expect(
      plan(s, "SELECT campaign_id FROM campaign_keys WHERE kind = 'code' AND value = 'd11' COLLATE NOCASE"),
    ).toMatch(/campaign_keys_value/);
    s.prepare('DELETE FROM order_lines WHERE id = ?').run(line.id);
    expect(count(s, 'campaign_order_lines')).toBe(0);
  },
  12: (s) => {
    // The order triggers mark the same days as before, one mark per (storefront, day), whatever the outer statement.
    const marks = () =>
      (s.prepare('SELECT day FROM rollup_dirty ORDER BY day').all() as { day: string }[]).map((r) => r.day);
    const order = s
      .prepare("SELECT id, storefront_id, placed_date, status FROM orders WHERE external_id = 'TM-1001'")
      .get() as { id: string; storefront_id: string; placed_date: string; status: string };
    expect(['paid', 'shipped', 'completed']).toContain(order.status);
    s.exec('DELETE FROM rollup_dirty');
    s.prepare("UPDATE orders SET placed_date = '2031-01-02' WHERE id = ?").run(order.id);
    expect(marks()).toEqual([order.placed_date, '2031-01-02'].sort());
    // Marked already: an update (even under OR ROLLBACK, which a trigger's own OR IGNORE would inherit) adds nothing.
    s.prepare('UPDATE OR ROLLBACK orders SET units = units + 1 WHERE id = ?').run(order.id);
    expect(marks()).toEqual([order.placed_date, '2031-01-02'].sort());
    s.exec('DELETE FROM rollup_dirty');
    s.prepare("UPDATE orders SET note = 'called' WHERE id = ?").run(order.id);
    expect(marks()).toEqual([]);
    s.prepare("UPDATE orders SET status = 'cancelled' WHERE id = ?").run(order.id);
    expect(marks()).toEqual(['2031-01-02']);
    s.exec('DELETE FROM rollup_dirty');
    s.prepare('UPDATE orders SET refunded_minor = 100 WHERE id = ?').run(order.id);
    expect(marks()).toEqual([]); // cancelled before and after: in no sum
    s.prepare("UPDATE orders SET status = 'completed' WHERE id = ?").run(order.id);
    s.exec('DELETE FROM rollup_dirty');
    // Rows elsewhere point at the order (tickets, invitations…); the trigger is what is tested, not the cascade.
    s.pragma('foreign_keys = OFF');
    s.prepare('DELETE FROM orders WHERE id = ?').run(order.id);
    s.pragma('foreign_keys = ON');
    expect(marks()).toEqual(['2031-01-02']);
    const triggers = names(s, 'trigger').filter((t) => t.startsWith('orders_rollup'));
    // No insert trigger: OrderWriter marks the days of the orders it inserts (rollups.test.ts keeps it the only one).
    expect(triggers).toEqual([
      'orders_rollup_delete',
      'orders_rollup_update_new',
      'orders_rollup_update_old',
    ]);
  },
  13: (s) => {
    // Filled from the orders there: each customer's first valid day, and the product day rows per month.
    const firsts = s.prepare('SELECT customer_id, first_day FROM customer_first_orders ORDER BY customer_id');
    const live = s.prepare(`SELECT customer_id, min(placed_date) AS first_day FROM orders
        WHERE status IN ('paid', 'shipped', 'completed') AND customer_id IS NOT NULL
        GROUP BY customer_id ORDER BY customer_id`);
    expect(firsts.all().length).toBeGreaterThan(0);
    expect(firsts.all()).toEqual(live.all());
    const months = `SELECT storefront_id, currency, item, sum(units) AS units, sum(line_net) AS net,
        sum(deductions) AS deductions, min(%d) AS first_day FROM %t GROUP BY storefront_id, currency, item`;
    const byMonth = s.prepare(months.replace('%d', 'first_day').replace('%t', 'product_month_rollups')).all();
    expect(byMonth.length).toBeGreaterThan(0);
    expect(byMonth).toEqual(
      s.prepare(months.replace('%d', 'day').replace('%t', 'product_day_rollups')).all(),
    );
    // Orders changing hands (customer merge and split) mark the order's day, once.
    const order = s
      .prepare("SELECT id, storefront_id, placed_date FROM orders WHERE external_id = 'TM-1001'")
      .get() as { id: string; storefront_id: string; placed_date: string };
    s.exec('DELETE FROM rollup_dirty');
    s.prepare('UPDATE orders SET customer_id = NULL WHERE id = ?').run(order.id);
    s.prepare('UPDATE orders SET customer_id = NULL WHERE id = ?').run(order.id); // unchanged: no mark
    expect(s.prepare('SELECT storefront_id, day FROM rollup_dirty').all()).toEqual([
      { storefront_id: order.storefront_id, day: order.placed_date },
    ]);
  },
  14: (s, before) => {
    // The sale movements are gone, and the ledger derives the very same sales from the valid orders' lines.
    const content = (r: Record<string, unknown>) =>
      JSON.stringify([r.sku_id, r.kind, r.quantity, r.reason, r.ref, r.actor_id, r.at]);
    const sales = before
      .stock_movements!.rows.map((r) => JSON.parse(r) as Record<string, unknown>)
      .filter((r) => r.kind === 'sale');
    expect(sales.length).toBeGreaterThan(0);
    expect(count(s, 'stock_movements')).toBe(before.stock_movements!.rows.length - sales.length);
    const derived = s.prepare("SELECT * FROM stock_ledger WHERE kind = 'sale'").all() as Record<
      string,
      unknown
    >[];
    expect(derived.map(content).sort()).toEqual(sales.map(content).sort());
    expect(derived.every((r) => (r.id as number) < 0)).toBe(true);
    // Stock on hand is still exactly the ledger.
    expect(
      s
        .prepare(
          `SELECT count(*) AS n FROM skus k WHERE k.stock_on_hand <>
             (SELECT coalesce(sum(quantity), 0) FROM stock_ledger l WHERE l.sku_id = k.id)`,
        )
        .get(),
    ).toEqual({ n: 0 });
    expect(names(s, 'index')).not.toContain('stock_movements_kind_at');
    expect(
      plan(s, "SELECT sum(units) FROM product_day_rollups WHERE sku_id = 'x' AND day >= '2024-01-01'"),
    ).toMatch(/product_day_rollups_sku_day/);
  },
};

/** The newest released fixture at or below `version` (0: none, start from an empty file). */
function newestFixture(version: number): number {
  const released = fs
    .readdirSync(fixturesDir)
    .map((f) => /^v(\d+)\.db$/.exec(f)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
  return Math.max(0, ...released.filter((v) => v <= version));
}

function tablesOf(file: string): Tables {
  const s = new BetterSqlite3(file, { readonly: true });
  try {
    const result: Tables = {};
    for (const table of names(s, 'table').filter((t) => !/^(sqlite_|catalog_search)/.test(t))) {
      const columns = (s.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
      const rows = s.prepare(`SELECT * FROM "${table}"`).all();
      result[table] = { columns, rows: rows.map((r) => JSON.stringify(r)).sort() };
    }
    return result;
  } finally {
    s.close();
  }
}

describe('every migration, one version at a time, on a shop holding data', () => {
  it('has a step test for every migration, numbered 1…latest without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    expect(Object.keys(steps).map(Number)).toEqual(migrations.map((m) => m.version));
  });

  it.each(migrations.map((m) => [`${String(m.version).padStart(4, '0')}_${m.name}`, m.version] as const))(
    '%s migrates the previous version and keeps its rows',
    async (_name, version) => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-migration-step-'));
      const file = path.join(dir, 'shop.db');
      const fixture = newestFixture(version - 1);
      if (fixture) fs.copyFileSync(path.join(fixturesDir, `v${fixture}.db`), file);
      if (fixture && fixture < version - 1) {
        const older = await openDatabase(file, { migrate: false });
        await migrate(older, version - 1);
        await older.close();
      }
      const before: Tables = version > 1 ? tablesOf(file) : {};
      if (version > 1) expect(Object.values(before).some((t) => t.rows.length > 0)).toBe(true);

      const handle = await openDatabase(file, { migrate: false });
      try {
        expect(Number(handle.sqlite.pragma('user_version', { simple: true }))).toBe(version - 1);
        expect(await migrate(handle, version)).toBe(version);
        expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
        expect(handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const after = tablesOf(file);
        for (const [table, { columns, rows }] of Object.entries(before)) {
          expect(after[table], `${table} survives`).toBeDefined();
          expect(after[table]!.columns.slice(0, columns.length), table).toEqual(columns);
          const kept = handle.sqlite
            .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`)
            .all()
            .map((r) => JSON.stringify(r))
            .sort();
          const gone = removed[version]?.[table];
          expect(kept, table).toEqual(
            gone ? rows.filter((r) => !gone(JSON.parse(r) as Record<string, unknown>)) : rows,
          );
        }
        steps[version]!(handle.sqlite, before);
      } finally {
        await handle.close();
      }
    },
  );

  it('refuses a database from the future in restore (exit 2) and in any command (exit 3), leaving both files as they were', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-future-'));
    const shop = path.join(dir, 'shop.db');
    const future = path.join(dir, 'future.db');
    fs.copyFileSync(path.join(fixturesDir, `v${LATEST_SCHEMA_VERSION}.db`), shop);
    fs.copyFileSync(shop, future);
    const f = new BetterSqlite3(future);
    f.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    f.close();
    const hashes = () => [sha256(shop), sha256(future)];
    const before = hashes();

    const restore = await runCli(dir, ['restore', future, '--db', shop, '--json']);
    expect(restore.code, restore.stderr).toBe(2);
    expect(restore.stderr).toMatch(/newer ChannelDesk/);
    const imported = await runCli(dir, ['import', 'products', '--db', future, path.join(dir, 'none.csv')]);
    expect(imported.code).toBe(3);
    expect(imported.stderr).toMatch(/newer ChannelDesk \(schema version \d+, this version knows up to \d+\)/);
    expect(hashes()).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['future.db', 'shop.db']);
  });
});
