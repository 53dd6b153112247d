/**
 * A 1,000,000-order / ~2,000,000-line shop for the dashboard bench, written with raw prepared inserts (the demo
 * generator takes ~40 s per 100,000 orders through the OrderWriter; this takes a fraction of that). Invented
 * data, deterministic: 18 months from 2024-01-01 in Asia/Shanghai, five storefronts (four CNY, one USD with
 * monthly rates; 天猫 with category commissions), 2,000 SKUs in ten categories, 300,000 customers with repeat
 * buyers, 1–3 lines per order, coupons, refunds, cancellations, imported fees on some orders.
 * The file is cached under os.tmpdir() by DATA_VERSION (bump it when the data or the rollups' definition
 * changes); later migrations run on it when it is opened, so reruns take seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/app';
import { refreshRollups } from '../../electron/core/orders/rollups/refresh-rollups';

const DATA_VERSION = 1;
export const MILLION_ORDERS = Number(process.env.BENCH_DASHBOARD_ORDERS ?? 1_000_000);
const SKUS = 2_000;
const CUSTOMERS = 300_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = 547; // 2024-01-01 … 2025-06-30
const CATEGORIES = ['家居', '数码', '服饰', '食品', '美妆', '母婴', '运动', '文具', '宠物', '户外'];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayText = (d: number): string => new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const storefrontSpecs = [
  { name: '天猫旗舰店', platform: 'tmall', currency: 'CNY', share: 0.34, commission: 500, overrides: true },
  { name: '京东自营', platform: 'jd', currency: 'CNY', share: 0.24, commission: 600, overrides: false },
  { name: '拼多多店', platform: 'pinduoduo', currency: 'CNY', share: 0.2, commission: 300, overrides: false },
  { name: '抖音小店', platform: 'douyin', currency: 'CNY', share: 0.14, commission: 500, overrides: false },
  { name: 'Shopify US', platform: 'shopify', currency: 'USD', share: 0.08, commission: 0, overrides: false },
];

export interface MillionShop {
  file: string;
  storefronts: { id: string; name: string }[];
  buildMs: number | null;
  rollupBuildMs: number | null;
}

/** Writes the shop (or reuses the cached file); returns its path and storefront ids. */
export async function millionOrderShop(): Promise<MillionShop> {
  const file = path.join(os.tmpdir(), `channeldesk-bench-dashboard-d${DATA_VERSION}-${MILLION_ORDERS}.db`);
  if (fs.existsSync(file)) {
    const core = await createCore({ dbFile: file, locale: 'en-US', emit: () => {} });
    const storefronts = core.ctx.sqlite.prepare('SELECT id, name FROM storefronts ORDER BY name').all() as {
      id: string;
      name: string;
    }[];
    await core.close();
    return { file, storefronts, buildMs: null, rollupBuildMs: null };
  }
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  const started = performance.now();
  const core = await createCore({ dbFile: partial, locale: 'en-US', emit: () => {} });
  const ok = async <T>(a: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> => {
    const r = await a;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  await ok(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  const sfIds: string[] = [];
  for (const s of storefrontSpecs) {
    const made = await ok<{ id: string }>(
      core.dispatch('storefronts', 'create', {
        name: s.name,
        platform: s.platform,
        currency: s.currency,
        timezone: s.currency === 'USD' ? 'America/New_York' : 'Asia/Shanghai',
        role: 'core',
        feeRules: {
          commissionRateBp: s.commission,
          paymentFeeRateBp: s.currency === 'USD' ? 290 : 60,
          fixedFeeMinor: s.currency === 'USD' ? 30 : 0,
          shippingCostMinor: s.currency === 'USD' ? 650 : 800,
          categoryCommissions: s.overrides
            ? [
                { category: '家居', rateBp: 400 },
                { category: '服饰', rateBp: 300 },
              ]
            : [],
        },
      }),
    );
    sfIds.push(made.id);
  }
  for (let m = 0; m < 19; m++) {
    const date = new Date(Date.UTC(2024, m, 1)).toISOString().slice(0, 10);
    await ok(
      core.dispatch('fx', 'add', { currency: 'USD', date, rate: (7.05 + (m % 5) * 0.031).toFixed(4) }),
    );
  }

  const sqlite = core.ctx.sqlite;
  sqlite.pragma('cache_size = -262144');
  // A bench file rebuilt on any failure: no fsync per day's transaction.
  sqlite.pragma('synchronous = OFF');
  const rand = prng(7_000_007);
  const at = '2025-07-01T00:00:00.000Z';
  const skuPrice: number[] = [];
  const skuCost: number[] = [];
  sqlite.transaction(() => {
    const product = sqlite.prepare('INSERT INTO products VALUES (?, ?, ?, NULL, 0, ?, ?)');
    const sku = sqlite.prepare("INSERT INTO skus VALUES (?, ?, ?, ?, NULL, NULL, 0, 0, 'mid', 0, ?, ?)");
    for (let k = 0; k < SKUS; k++) {
      if (k % 10 === 0)
        product.run(`bp${pad(k / 10, 4)}`, `商品 ${k / 10}`, CATEGORIES[(k / 10) % 10]!, at, at);
      sku.run(
        `bs${pad(k, 5)}`,
        `bp${pad(Math.floor(k / 10), 4)}`,
        `BS-${pad(k, 5)}`,
        `规格 ${k % 10}`,
        at,
        at,
      );
      skuPrice.push(1000 + Math.floor(rand() * 40) * 500);
      skuCost.push(0);
    }
    for (let k = 0; k < SKUS; k++) skuCost[k] = Math.round(skuPrice[k]! * (0.35 + rand() * 0.3));
    const customer = sqlite.prepare(
      'INSERT INTO customers (id, name, phone, email, note, created_at, updated_at) VALUES (?, ?, NULL, NULL, NULL, ?, ?)',
    );
    for (let c = 0; c < CUSTOMERS; c++) customer.run(`bc${pad(c, 6)}`, `顾客 ${c}`, at, at);
  })();

  // Bulk load: indexes built once at the end (a sort) instead of a million random b-tree inserts each.
  const indexes = sqlite
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('orders', 'order_lines') AND sql IS NOT NULL",
    )
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) sqlite.exec(`DROP INDEX ${ix.name}`);
  const insertOrder = sqlite.prepare(
    `INSERT INTO orders (id, seq, storefront_id, external_id, placed_at, placed_date, status, currency, customer_id,
       line_count, units, gross_minor, line_discount_minor, order_discount_minor, platform_discount_minor,
       shipping_income_minor, tax_minor, total_paid_minor, refunded_minor, cogs_base_minor, unmatched_lines,
       fees_minor, shipping_cost_minor, fingerprint, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sqlite.prepare(
    `INSERT INTO order_lines (order_id, storefront_id, line_no, sku_code, sku_id, title, quantity, unit_price_minor,
       line_discount_minor, unit_cost_base_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const shares = storefrontSpecs.map((s) => s.share);
  const pickStorefront = (): number => {
    let r = rand();
    for (let i = 0; i < shares.length; i++) if ((r -= shares[i]!) < 0) return i;
    return shares.length - 1;
  };
  // Popular SKUs sell more: squaring a uniform draw skews picks toward low indexes.
  const pickSku = (): number => Math.floor(rand() * rand() * SKUS);
  let seq = 0;
  const writeDay = sqlite.transaction((d: number, count: number) => {
    const day = dayText(d);
    for (let n = 0; n < count; n++) {
      seq++;
      const s = pickStorefront();
      const spec = storefrontSpecs[s]!;
      const usd = spec.currency === 'USD';
      const shape = rand();
      const lineCount = shape < 0.3 ? 1 : shape < 0.75 ? 2 : 3;
      let gross = 0;
      let lineDisc = 0;
      let units = 0;
      let cogs = 0;
      let unmatched = 0;
      const lines: (string | number | null)[][] = [];
      for (let l = 0; l < lineCount; l++) {
        const k = pickSku();
        const matched = rand() > 0.01;
        const qty = 1 + Math.floor(rand() * rand() * 3);
        const price = usd ? Math.round(skuPrice[k]! / 7) : skuPrice[k]!;
        const disc = rand() < 0.15 ? Math.round(price * qty * 0.1) : 0;
        gross += price * qty;
        lineDisc += disc;
        units += qty;
        if (matched) cogs += skuCost[k]! * qty;
        else unmatched++;
        lines.push([
          `BS-${pad(k, 5)}`,
          matched ? `bs${pad(k, 5)}` : null,
          `商品 ${Math.floor(k / 10)} 规格 ${k % 10}`,
          qty,
          price,
          disc,
          matched ? skuCost[k]! : null,
        ]);
      }
      const orderDisc = rand() < 0.25 ? Math.min(gross - lineDisc, usd ? 300 : 2000) : 0;
      const shipping = rand() < 0.3 ? (usd ? 599 : 1000) : 0;
      const paid = gross - lineDisc - orderDisc + shipping;
      const r = rand();
      const status =
        r < 0.05 ? 'cancelled' : r < 0.07 ? 'pending_payment' : r < 0.2 ? 'shipped' : 'completed';
      const refunded = rand() < 0.03 ? Math.round(paid * (rand() < 0.5 ? 1 : 0.3)) : 0;
      const fees = rand() < 0.1 ? Math.round(paid * 0.05) : null;
      const ownShipping = rand() < 0.2 ? 600 + Math.floor(rand() * 600) : null;
      // 40 % of orders come from a small pool of regulars: repeat buyers and retention.
      const c = rand() < 0.4 ? Math.floor(rand() * 30_000) : Math.floor(rand() * CUSTOMERS);
      const minute = Math.floor((n / count) * 1440);
      const placedAt = new Date(FIRST_DAY + d * 86_400_000 + minute * 60_000 - 8 * 3_600_000).toISOString();
      const id = `bo${pad(seq, 8)}`;
      insertOrder.run(
        id,
        seq,
        sfIds[s],
        `E${pad(seq, 9)}`,
        placedAt,
        day,
        status,
        spec.currency,
        `bc${pad(c, 6)}`,
        lineCount,
        units,
        gross,
        lineDisc,
        orderDisc,
        shipping,
        paid,
        refunded,
        cogs,
        unmatched,
        fees,
        ownShipping,
        `fp${seq}`,
        at,
        at,
      );
      lines.forEach((l, i) => insertLine.run(id, sfIds[s], i + 1, l[0], l[1], l[2], l[3], l[4], l[5], l[6]));
    }
  });
  // Seasonality: weekends and the 6.18 / 11.11 weeks sell more; the weights are scaled to MILLION_ORDERS.
  const weights = Array.from({ length: DAYS }, (_, d) => {
    const date = new Date(FIRST_DAY + d * 86_400_000);
    const [month, dom] = [date.getUTCMonth(), date.getUTCDate()];
    const festival = (month === 10 && dom >= 5 && dom <= 11) || (month === 5 && dom >= 12 && dom <= 18);
    return (date.getUTCDay() % 6 === 0 ? 1.15 : 0.95) * (festival ? 1.6 : 1);
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let written = 0;
  for (let d = 0; d < DAYS; d++) {
    const count =
      d === DAYS - 1 ? MILLION_ORDERS - written : Math.round((MILLION_ORDERS * weights[d]!) / totalWeight);
    writeDay(d, count);
    written += count;
  }
  for (const ix of indexes) sqlite.exec(ix.sql);
  const buildMs = performance.now() - started;
  const rollupStart = performance.now();
  // Rows written straight into orders carry no marks (inserts have no trigger, migration 0012): every day.
  sqlite
    .prepare("INSERT OR IGNORE INTO rollup_dirty (storefront_id, day) SELECT id, '*' FROM storefronts")
    .run();
  refreshRollups(sqlite);
  const rollupBuildMs = performance.now() - rollupStart;
  sqlite.exec('ANALYZE');
  await core.close();
  fs.renameSync(partial, file);
  for (const f of [`${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  const reopened = await createCore({ dbFile: file, locale: 'en-US', emit: () => {} });
  const storefronts = reopened.ctx.sqlite.prepare('SELECT id, name FROM storefronts ORDER BY name').all() as {
    id: string;
    name: string;
  }[];
  await reopened.close();
  return { file, storefronts, buildMs, rollupBuildMs };
}
