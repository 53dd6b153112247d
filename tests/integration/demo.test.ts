import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DemoStatus } from '../../shared/domain/demo';
import type { Storefront } from '../../shared/domain/storefronts';
import { createDemoShop, demoStorefronts, openDemoShop } from '../../electron/core/demo/service';
import { DEFAULT_DEMO_ORDERS } from '../../electron/core/demo/demo-orders';
import { runCli } from '../helpers/run-cli';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

describe('demo shop', () => {
  // The first-run demo writes its default orders: generous for a loaded machine.
  it('fills an empty database once and reports itself as the demo', { timeout: 90_000 }, async () => {
    core = await tempCore();
    expect(await core.dispatch('demo', 'status', undefined)).toEqual({
      ok: true,
      value: { empty: true, isDemo: false },
    });
    const opened = await core.dispatch('demo', 'open', undefined);
    expect(opened).toEqual({ ok: true, value: { empty: false, isDemo: true } satisfies DemoStatus });
    const list = await core.dispatch('storefronts', 'list', undefined);
    expect(list.ok && (list.value as Storefront[]).map((s) => s.name).sort()).toEqual(
      demoStorefronts.map((s) => s.name).sort(),
    );
    // Owner, operator and three customer-service agents (the after-sales desk).
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 5 });
    expect(core.events).toContainEqual({ event: 'data:changed', payload: { namespace: 'storefronts' } });
    const count = (sql: string): number => (core.ctx.sqlite.prepare(sql).get() as { n: number }).n;
    // The demo catalog: ~100 products, ~300 SKUs on the five storefronts, a few of them low on stock.
    expect(count('SELECT count(*) n FROM products')).toBe(102);
    expect(count('SELECT count(*) n FROM skus')).toBe(293);
    // Every SKU has its cost from before the first order; about a quarter had a supplier price rise since.
    expect(count('SELECT count(DISTINCT sku_id) n FROM sku_costs')).toBe(293);
    expect(count('SELECT count(*) n FROM sku_costs')).toBeGreaterThan(293 + 40);
    expect(count('SELECT count(*) n FROM orders')).toBe(DEFAULT_DEMO_ORDERS);
    expect(count('SELECT count(DISTINCT storefront_id) n FROM listings')).toBe(5);
    expect(count('SELECT count(*) n FROM sku_aliases')).toBeGreaterThan(5);
    expect(count('SELECT count(*) n FROM skus WHERE stock_on_hand <= reorder_point')).toBeGreaterThanOrEqual(
      3,
    );
    // One USD rate a month, the newest being the rate the USD listings were priced at.
    const rates = core.ctx.sqlite
      .prepare("SELECT date, rate FROM fx_rates WHERE currency = 'USD' ORDER BY date")
      .all() as { date: string; rate: string }[];
    expect(rates).toHaveLength(18);
    expect(rates.every((r) => r.date.endsWith('-01'))).toBe(true);
    expect(rates.at(-1)!.rate).toBe('7.12');
    const usd = core.ctx.sqlite
      .prepare(
        "SELECT max(l.price_minor) n FROM listings l JOIN storefronts s ON s.id = l.storefront_id WHERE s.currency = 'USD'",
      )
      .get() as { n: number };
    expect(usd.n % 100).toBe(99);
  });

  it('generates the same catalog from the same seed', async () => {
    const shops: unknown[] = [];
    for (const seed of [42, 42, 43]) {
      const c = await tempCore();
      try {
        await openDemoShop(c.ctx.db, c.ctx.sqlite, { seed, orders: 0 });
        shops.push(
          c.ctx.sqlite
            .prepare(
              `SELECT s.code, s.name, s.stock_on_hand, l.price_minor, f.name AS storefront FROM skus s
                 LEFT JOIN listings l ON l.sku_id = s.id LEFT JOIN storefronts f ON f.id = l.storefront_id
                ORDER BY s.code, f.name`,
            )
            .all(),
        );
      } finally {
        await c.cleanup();
      }
    }
    expect(shops[0]).toEqual(shops[1]);
    expect(shops[0]).not.toEqual(shops[2]);
  });

  it('leaves the database empty when writing its orders fails, so the demo can be opened again', async () => {
    const pages = (c: TempCore): number => c.ctx.sqlite.pragma('page_count', { simple: true }) as number;
    // How many pages the shop without orders takes: the cap below lets that fit but not 5,000 orders.
    core = await tempCore();
    const empty = pages(core);
    await createDemoShop(core.ctx.db, core.ctx.sqlite, { orders: 0 });
    const catalogPages = pages(core) - empty;
    await core.cleanup();

    core = await tempCore();
    // A full disk half-way, as SQLite's max_page_count simulates it (electron/core/db/disk-full.ts).
    core.ctx.sqlite.pragma(`max_page_count = ${pages(core) + catalogPages + 50}`);
    await expect(createDemoShop(core.ctx.db, core.ctx.sqlite, { orders: 5000 })).rejects.toThrow();
    const count = (table: string): number =>
      (core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('storefronts'), count('products'), count('orders'), count('staff')]).toEqual([0, 0, 0, 0]);
    expect(await core.dispatch('demo', 'status', undefined)).toEqual({
      ok: true,
      value: { empty: true, isDemo: false },
    });
    core.ctx.sqlite.pragma('max_page_count = 1073741823');
    const again = await createDemoShop(core.ctx.db, core.ctx.sqlite, { orders: 5000 });
    expect(again.orders.orders).toBe(5000);
    expect(count('orders')).toBe(5000);
  });

  it('refuses a database that already holds a shop and adds nothing to it', async () => {
    core = await tempCore();
    await core.dispatch('storefronts', 'create', {
      name: 'My real shop',
      platform: 'website',
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      role: 'core',
      feeRules: {
        commissionRateBp: 0,
        paymentFeeRateBp: 0,
        fixedFeeMinor: 0,
        shippingCostMinor: 0,
        categoryCommissions: [],
      },
    });
    const counts = (): unknown =>
      core.ctx.sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM storefronts) s, (SELECT count(*) FROM staff) t, (SELECT count(*) FROM settings) k',
        )
        .get();
    const before = counts();
    expect(await core.dispatch('demo', 'open', undefined)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'demoNotEmpty' },
    });
    expect(counts()).toEqual(before);
    expect(await core.dispatch('demo', 'status', undefined)).toEqual({
      ok: true,
      value: { empty: false, isDemo: false },
    });
  });
});

// A fixed "today" in the middle of a month: the 18 months then run from 2025-02-01 to 2026-07-15 15:30 (shop time).
const NOW = new Date('2026-07-15T07:30:00Z');
const N = 3000;

describe('demo orders', () => {
  let shop: TempCore;
  let written: Awaited<ReturnType<typeof createDemoShop>>;
  const rows = <T>(sql: string): T[] => shop.ctx.sqlite.prepare(sql).all() as T[];
  const one = (sql: string): number => (shop.ctx.sqlite.prepare(sql).get() as { n: number }).n;
  const text = (sql: string): string => (shop.ctx.sqlite.prepare(sql).get() as { t: string }).t;
  const progress: number[] = [];
  beforeAll(async () => {
    shop = await tempCore('channeldesk-demo-orders');
    written = await createDemoShop(shop.ctx.db, shop.ctx.sqlite, {
      seed: 42,
      orders: N,
      now: NOW,
      onProgress: (done) => progress.push(done),
    });
  }, 90_000);
  afterAll(async () => shop?.cleanup());

  it('writes N orders through the order writer, in every month on every storefront', () => {
    expect(written.orders).toMatchObject({ orders: N, customers: one('SELECT count(*) n FROM customers') });
    expect(one('SELECT count(*) n FROM orders')).toBe(N);
    expect(one('SELECT count(*) n FROM order_lines')).toBe(written.orders.lines);
    expect(progress.at(-1)).toBe(N);
    // An order's history is written from its first change on (orders/status-history.ts): the demo writes
    // each order once, so its state is the order row.
    expect(one('SELECT count(*) n FROM order_status_history')).toBe(0);
    const months = rows<{ storefront_id: string; m: string }>(
      'SELECT DISTINCT storefront_id, substr(placed_date, 1, 7) m FROM orders',
    );
    expect(months).toHaveLength(5 * 18);
    // 2025-02-01 is in the 春节 standstill: the first orders come within days.
    expect(text('SELECT min(placed_date) t FROM orders')).toMatch(/^2025-02-0[1-7]$/);
    expect(text('SELECT max(placed_at) t FROM orders') <= NOW.toISOString()).toBe(true);
    const shares = rows<{ platform: string; n: number }>(
      'SELECT s.platform, count(*) n FROM orders o JOIN storefronts s ON s.id = o.storefront_id GROUP BY 1',
    );
    const share = (p: string): number => shares.find((r) => r.platform === p)!.n / N;
    expect(share('tmall')).toBeGreaterThan(share('jd'));
    expect(share('shopify')).toBeGreaterThan(0.03);
    expect(share('shopify')).toBeLessThan(share('douyin'));
  });

  it('sells most on 双11 and 618 and least over 春节', () => {
    const days = rows<{ d: string; n: number }>(
      'SELECT placed_date d, count(*) n FROM orders GROUP BY 1 ORDER BY n',
    );
    const median = days[days.length >> 1]!.n;
    const on = (d: string): number => days.find((x) => x.d === d)?.n ?? 0;
    for (const big of ['2025-11-11', '2025-06-18', '2026-06-18']) expect(on(big)).toBeGreaterThan(2 * median);
    expect(days.at(-1)!.d).toMatch(/-11-11$/);
    // 春节 2026 fell on Feb 17: the following week is far quieter than a normal one.
    const springWeek = ['17', '18', '19', '20', '21', '22', '23'].map((d) => on(`2026-02-${d}`));
    expect(springWeek.reduce((a, b) => a + b, 0) / 7).toBeLessThan(median * 0.6);
    // Black Friday 2025 (Nov 28) is the USD store's best day outside 双11's shopping spree.
    const usd = rows<{ d: string; n: number }>(
      "SELECT placed_date d, count(*) n FROM orders WHERE currency = 'USD' GROUP BY 1 ORDER BY n DESC LIMIT 3",
    );
    expect(usd.map((r) => r.d).some((d) => d >= '2025-11-27' && d <= '2025-12-02')).toBe(true);
  });

  it('has cancelled, pending and refunded orders, with statuses that follow their age', () => {
    const count = (where: string): number => one(`SELECT count(*) n FROM orders WHERE ${where}`);
    expect(count("status = 'cancelled'") / N).toBeGreaterThan(0.015);
    expect(count("status = 'cancelled'") / N).toBeLessThan(0.06);
    expect(count("status = 'pending_payment'")).toBeGreaterThan(0);
    // Unpaid orders close after three days; what is still pending was placed in the last three days.
    const threeDaysAgo = new Date(NOW.getTime() - 3 * 86_400_000).toISOString();
    expect(count(`status = 'pending_payment' AND placed_at < '${threeDaysAgo}'`)).toBe(0);
    expect(count("status = 'pending_payment' AND paid_at IS NOT NULL")).toBe(0);
    const fortnightAgo = new Date(NOW.getTime() - 14 * 86_400_000).toISOString();
    expect(count(`status IN ('paid', 'shipped') AND placed_at < '${fortnightAgo}'`)).toBe(0);
    expect(count("status IN ('paid', 'shipped')")).toBeGreaterThan(0);
    const refunded = count('refunded_minor > 0');
    expect(refunded / N).toBeGreaterThan(0.025);
    expect(refunded / N).toBeLessThan(0.08);
    expect(count('refunded_minor > 0 AND after_sales = 0')).toBe(0);
    expect(count("refunded_minor > 0 AND status IN ('cancelled', 'pending_payment')")).toBe(0);
    // Both full and partial refunds.
    expect(
      count(
        'refunded_minor > 0 AND refunded_minor = gross_minor - line_discount_minor - order_discount_minor',
      ),
    ).toBeGreaterThan(0);
    expect(
      count(
        'refunded_minor > 0 AND refunded_minor < gross_minor - line_discount_minor - order_discount_minor',
      ),
    ).toBeGreaterThan(0);
  });

  it('prices lines from the storefront listings, in its currency, with discounts and shipping', () => {
    // Every matched line's unit price is the price of that SKU's listing on that storefront.
    expect(
      one(`SELECT count(*) n FROM order_lines ol JOIN listings l ON l.sku_id = ol.sku_id AND l.storefront_id = ol.storefront_id
            WHERE ol.unit_price_minor <> l.price_minor`),
    ).toBe(0);
    expect(one('SELECT count(*) n FROM order_lines WHERE sku_id IS NOT NULL')).toBeGreaterThan(
      written.orders.lines * 0.98,
    );
    expect(
      one(
        `SELECT count(*) n FROM orders o JOIN storefronts s ON s.id = o.storefront_id WHERE o.currency <> s.currency`,
      ),
    ).toBe(0);
    // Every USD order has a USD → CNY rate in force on its day.
    expect(
      one(`SELECT count(*) n FROM orders o WHERE o.currency = 'USD' AND NOT EXISTS
             (SELECT 1 FROM fx_rates r WHERE r.currency = 'USD' AND r.date <= o.placed_date)`),
    ).toBe(0);
    expect(
      one(
        'SELECT count(*) n FROM orders WHERE total_paid_minor <> gross_minor - line_discount_minor - order_discount_minor - platform_discount_minor + shipping_income_minor + tax_minor',
      ),
    ).toBe(0);
    const byPlatform = rows<{
      platform: string;
      seller: number;
      platformFunded: number;
      shipping: number;
      tax: number;
    }>(
      `SELECT s.platform, sum(o.order_discount_minor + o.line_discount_minor > 0) seller,
              sum(o.platform_discount_minor > 0) platformFunded, sum(o.shipping_income_minor > 0) shipping,
              sum(o.tax_minor > 0) tax
         FROM orders o JOIN storefronts s ON s.id = o.storefront_id GROUP BY 1`,
    );
    const of = (p: string) => byPlatform.find((r) => r.platform === p)!;
    for (const p of ['tmall', 'jd', 'pinduoduo', 'douyin', 'shopify'])
      expect(of(p).seller).toBeGreaterThan(0);
    expect(of('pinduoduo').platformFunded).toBeGreaterThan(of('tmall').platformFunded);
    expect(of('douyin').platformFunded).toBeGreaterThan(of('jd').platformFunded);
    expect(of('shopify').platformFunded).toBe(0);
    expect(of('shopify').shipping).toBeGreaterThan(0);
    expect(of('shopify').tax).toBeGreaterThan(0);
    expect(of('tmall').tax).toBe(0);
    // 满减 on 双11: most Tmall orders that day carry a seller discount.
    const double11 = rows<{ n: number; d: number }>(
      `SELECT count(*) n, sum(order_discount_minor > 0) d FROM orders o JOIN storefronts s ON s.id = o.storefront_id
        WHERE s.platform = 'tmall' AND o.placed_date = '2025-11-11'`,
    )[0]!;
    expect(double11.d / double11.n).toBeGreaterThan(0.5);
    // Costs were captured at order time: valid orders with matched lines carry their COGS.
    expect(
      one(
        "SELECT count(*) n FROM orders WHERE status = 'completed' AND unmatched_lines = 0 AND cogs_base_minor = 0",
      ),
    ).toBe(0);
    // Some lines name codes no SKU has: the unmatched queue has work.
    expect(one('SELECT count(DISTINCT sku_code) n FROM order_lines WHERE sku_id IS NULL')).toBeGreaterThan(2);
  });

  it('has repeat buyers, some on two storefronts, and masked phones where the platforms mask them', () => {
    const perCustomer = rows<{ n: number; s: number }>(
      'SELECT count(*) n, count(DISTINCT storefront_id) s FROM orders GROUP BY customer_id',
    );
    // Tmall, JD and Shopify buyers are recognisable (phone, e-mail, buyer id): about a third come back.
    const known = rows<{ n: number }>(
      `SELECT count(*) n FROM orders o JOIN storefronts s ON s.id = o.storefront_id
        WHERE s.platform IN ('tmall', 'jd', 'shopify') GROUP BY o.customer_id`,
    );
    const repeat = known.filter((c) => c.n >= 2).length / known.length;
    expect(repeat).toBeGreaterThan(0.2);
    expect(repeat).toBeLessThan(0.5);
    expect(perCustomer.filter((c) => c.s >= 2).length).toBeGreaterThan(5);
    const phones = rows<{ platform: string; phone: string | null; email: string | null }>(
      'SELECT s.platform, o.buyer_phone phone, o.buyer_email email FROM orders o JOIN storefronts s ON s.id = o.storefront_id',
    );
    const cn = phones.filter((p) => p.platform !== 'shopify');
    const masked = (p: { phone: string | null }) => /^1\d\d\*{4}\d{4}$/.test(p.phone ?? '');
    expect(cn.every((p) => masked(p) || /^1[3-9]\d{9}$/.test(p.phone ?? ''))).toBe(true);
    expect(cn.filter((p) => p.platform === 'tmall' || p.platform === 'jd').some(masked)).toBe(false);
    for (const platform of ['pinduoduo', 'douyin']) {
      const own = cn.filter((p) => p.platform === platform);
      expect(own.filter(masked).length / own.length).toBeGreaterThan(0.6);
    }
    const us = phones.filter((p) => p.platform === 'shopify');
    expect(us.every((p) => /^[a-z._0-9]+@(mail\.)?example\.(com|net|org)$/.test(p.email ?? ''))).toBe(true);
    // Masked values never become identities (they would merge strangers).
    expect(one("SELECT count(*) n FROM customer_identities WHERE value LIKE '%*%'")).toBe(0);
  });

  it('keeps stock on hand non-negative at every point, with deliveries and a few SKUs low', () => {
    expect(one('SELECT count(*) n FROM skus WHERE stock_on_hand < 0')).toBe(0);
    // Stock on hand is exactly its ledger (movements and the sales of order lines), and the running balance
    // in time order never dips below zero.
    expect(
      one(`SELECT count(*) n FROM skus s WHERE s.stock_on_hand <>
             (SELECT coalesce(sum(quantity), 0) FROM stock_ledger m WHERE m.sku_id = s.id)`),
    ).toBe(0);
    expect(
      one(
        'SELECT min(b) n FROM (SELECT sum(quantity) OVER (PARTITION BY sku_id ORDER BY at, id) b FROM stock_ledger)',
      ),
    ).toBeGreaterThanOrEqual(0);
    expect(
      one("SELECT count(*) n FROM stock_movements WHERE kind = 'receipt' AND reason LIKE 'supplier%'"),
    ).toBe(written.orders.receipts);
    expect(written.orders.receipts).toBeGreaterThan(0);
    // Sales are the order lines themselves (migration 0014): none is stored as a movement.
    expect(one("SELECT count(*) n FROM stock_movements WHERE kind = 'sale'")).toBe(0);
    expect(one("SELECT count(*) n FROM stock_ledger WHERE kind = 'sale'")).toBeGreaterThan(1000);
    expect(one('SELECT count(*) n FROM skus WHERE stock_on_hand <= reorder_point')).toBeGreaterThanOrEqual(3);
  });

  it('generates the same orders from the same seed, and none with --orders 0', async () => {
    const figures: { orders: unknown[]; stock: unknown[] }[] = [];
    for (const [seed, orders] of [
      [7, 400],
      [7, 400],
      [8, 400],
      [7, 0],
    ] as const) {
      const c = await tempCore();
      try {
        await openDemoShop(c.ctx.db, c.ctx.sqlite, { seed, orders, now: NOW });
        figures.push({
          orders: c.ctx.sqlite
            .prepare(
              `SELECT f.name, o.external_id, o.placed_at, o.status, o.gross_minor, o.total_paid_minor, o.refunded_minor,
                      o.buyer_name, o.buyer_phone, o.cogs_base_minor,
                      (SELECT group_concat(sku_code || 'x' || quantity) FROM order_lines WHERE order_id = o.id) lines
                 FROM orders o JOIN storefronts f ON f.id = o.storefront_id ORDER BY f.name, o.external_id`,
            )
            .all(),
          stock: c.ctx.sqlite.prepare('SELECT code, stock_on_hand FROM skus ORDER BY code').all(),
        });
      } finally {
        await c.cleanup();
      }
    }
    expect(figures[0]).toEqual(figures[1]);
    expect(figures[0]).not.toEqual(figures[2]);
    expect(figures[0]!.orders).toHaveLength(400);
    expect(figures[3]!.orders).toHaveLength(0);
    // Without orders the stock is the catalog's opening stock; with them, sales and deliveries moved it.
    expect(figures[3]!.stock).not.toEqual(figures[0]!.stock);
  }, 90_000);
});

describe('channeldesk demo --orders', { timeout: 120_000 }, () => {
  it('writes the orders asked for and prints the real count', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-demo-cli-'));
    try {
      const file = path.join(dir, 'shop.db');
      const run = await runCli(path.join(dir, 'data'), [
        'demo',
        '--db',
        file,
        '--orders',
        '2000',
        '--seed',
        '5',
        '--json',
      ]);
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(out).toMatchObject({
        file,
        staff: 5,
        orders: 2000,
        storefronts: expect.arrayContaining(['拼多多店', 'Shopify Global']),
      });
      const db = new BetterSqlite3(file, { readonly: true });
      try {
        const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
        expect(n('SELECT count(*) n FROM orders')).toBe(2000);
        expect(out.lines).toBe(n('SELECT count(*) n FROM order_lines'));
        expect(out.customers).toBe(n('SELECT count(*) n FROM customers'));
      } finally {
        db.close();
      }
      // A small demo prints no progress lines: stderr stays empty.
      expect(run.stderr).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
