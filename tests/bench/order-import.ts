/**
 * Order import at scale: a generated 500,000-line Shopify export imported by the real pipeline (reader, Shopify
 * format, OrderWriter, one transaction) against a raw baseline on the same file: csv-parse streaming plus one
 * cached prepared upsert per row in batched transactions. Each case runs in its own process so its peak memory
 * (maxRSS) is its own. `tsx tests/bench/order-import.ts` prints both; index.ts calls it from `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { parse } from 'csv-parse';
import { createCore } from '../../electron/core/app';
import { runImportOrdersJob } from '../../electron/core/orders/import/import-orders-job';
import type { OrderImportSummary } from '../../shared/domain/orders';
import { SHOPIFY_CNY_STOREFRONT, writeShopifyExport } from '../helpers/shopify-export';

const LINES = Number(process.env.BENCH_ORDER_LINES ?? 500_000);
const SKUS = 1000;

interface CaseResult {
  ms: number;
  maxRssMb: number;
  rows: number;
}

async function ours(file: string, dir: string): Promise<CaseResult> {
  const core = await createCore({ dbFile: path.join(dir, 'ours.db'), locale: 'en-US', emit: () => {} });
  const sf = await core.dispatch('storefronts', 'create', {
    ...SHOPIFY_CNY_STOREFRONT,
    name: 'Shopify bench',
  });
  if (!sf.ok) throw new Error(JSON.stringify(sf.error));
  const skus = Array.from({ length: SKUS }, (_, i) => ({
    code: `SKU-${String(i + 1).padStart(5, '0')}`,
    name: `Variant ${i + 1}`,
    stockOnHand: 1_000_000,
    cost: { purchaseMinor: 500, packagingMinor: 50, inboundFreightMinor: 30, otherMinor: 20 },
  }));
  for (let p = 0; p < SKUS / 100; p++) {
    const made = await core.dispatch('catalog', 'createProduct', {
      name: `Bench product ${p}`,
      skus: skus.slice(p * 100, p * 100 + 100),
    });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
  }
  await core.close();
  // The job's own entry point (its connection settings included), run in this process so maxRSS is its own.
  const start = performance.now();
  const summary = JSON.parse(
    await runImportOrdersJob(
      {
        dbFile: path.join(dir, 'ours.db'),
        storefrontId: (sf.value as { id: string }).id,
        files: [file],
        format: 'auto',
      },
      { progress: () => {}, cancelled: false, env: {} },
    ),
  ) as OrderImportSummary;
  const ms = performance.now() - start;
  if (summary.errors.length) throw new Error(JSON.stringify(summary.errors.slice(0, 3)));
  return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows: summary.lines };
}

async function baseline(file: string, dir: string): Promise<CaseResult> {
  const db = new BetterSqlite3(path.join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE lines (order_name TEXT NOT NULL, line_no INTEGER NOT NULL, sku TEXT, title TEXT,
    quantity INTEGER, price TEXT, created_at TEXT, payload TEXT, PRIMARY KEY (order_name, line_no)) STRICT`);
  const upsert = db.prepare(`INSERT INTO lines VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (order_name, line_no) DO UPDATE SET sku = excluded.sku, quantity = excluded.quantity,
    price = excluded.price, payload = excluded.payload`);
  const start = performance.now();
  let rows = 0;
  let lineNo = 0;
  let last = '';
  db.exec('BEGIN');
  const parser = fs.createReadStream(file).pipe(parse({ from_line: 2, relax_column_count: true }));
  for await (const r of parser as AsyncIterable<string[]>) {
    lineNo = r[0] === last ? lineNo + 1 : 1;
    last = r[0]!;
    upsert.run(r[0], lineNo, r[16], r[14], Number(r[13]), r[15], r[12], r[1]);
    if (++rows % 5000 === 0) db.exec('COMMIT; BEGIN');
  }
  db.exec('COMMIT');
  const ms = performance.now() - start;
  db.close();
  return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows };
}

/** Runs both cases in child processes and returns their results (used by index.ts). */
export async function benchOrderImport(): Promise<{ file: string; ours: CaseResult; baseline: CaseResult }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bench-import-'));
  try {
    const file = path.join(dir, 'orders_export_1.csv');
    const started = performance.now();
    await writeShopifyExport(file, { orders: LINES / 2, linesPerOrder: 2, skuCount: SKUS * 1.05 });
    const size = (fs.statSync(file).size / 1024 / 1024).toFixed(0);
    console.log(
      `generated ${LINES} Shopify lines (${size} MB) in ${(performance.now() - started).toFixed(0)} ms`,
    );
    const self = fileURLToPath(import.meta.url);
    const run = (mode: string): CaseResult => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, mode, file, dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(`${mode} failed: ${child.stderr}`);
      return JSON.parse(child.stdout.trim().split('\n').pop()!) as CaseResult;
    };
    return { file, baseline: run('baseline'), ours: run('ours') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, file, dir] = process.argv.slice(2);
if (mode === 'ours' || mode === 'baseline') {
  const result = mode === 'ours' ? await ours(file!, dir!) : await baseline(file!, dir!);
  console.log(JSON.stringify(result));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = await benchOrderImport();
  console.log(JSON.stringify(r, null, 2));
}
