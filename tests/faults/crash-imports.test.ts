import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeShopifyExport } from '../helpers/shopify-export';
import {
  CRASH_FRACTIONS,
  describeTrigger,
  expectHealthy,
  figures,
  runAndKill,
  type Figures,
  type Trigger,
} from './helpers/crash';
import {
  buildFaultShop,
  CRASH_ORDERS,
  freshCopy,
  PERIOD,
  SHOP_ORDERS,
  writePaymentsCsv,
  writeProductsCsv,
} from './helpers/fault-shop';

/**
 * kill -9 during `import orders`, `import fees` and `import products` at five points each, spread over the
 * work: two by the share of a full run's time (reading and writing inside the transaction) and three by the
 * WAL's growth towards the size a full run reached (the commit being written). After each: integrity_check
 * and foreign_key_check pass, `check` agrees, and every row and every KPI figure is as before the run.
 */

let dir: string;
let baseline: string;
let before: Figures;
const tried: string[] = [];
const dataDir = () => path.join(dir, 'data');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-faults-imports-'));
  baseline = await buildFaultShop(dir);
  await writeShopifyExport(path.join(dir, 'crash-orders.csv'), {
    orders: CRASH_ORDERS.count,
    firstNumber: CRASH_ORDERS.first,
  });
  writePaymentsCsv(path.join(dir, 'crash-fees.csv'), SHOP_ORDERS.first, SHOP_ORDERS.count);
  writeProductsCsv(path.join(dir, 'crash-products.csv'), 15_000);
  before = await figures(freshCopy(baseline, path.join(dir, 'probe.db')), dataDir(), PERIOD.from, PERIOD.to);
  expect(before.counts.orders).toBeGreaterThan(SHOP_ORDERS.count);
}, 600_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Measures one full run of the command on a copy (it must succeed and change the figures, or the crash runs
 * would prove nothing), then crashes copies at the five points and checks each.
 */
async function crashSeries(name: string, args: (db: string) => string[]): Promise<void> {
  const db = path.join(dir, `${name}.db`);
  const wal = `${db}-wal`;
  freshCopy(baseline, db);
  const full = await runAndKill(args(db), null, { watch: [wal] });
  expect(full.code, `${name} full run: ${full.stderr}`).toBe(0);
  expect((await figures(db, dataDir(), PERIOD.from, PERIOD.to)).content).not.toEqual(before.content);
  const walPeak = full.peak[wal] ?? 0;
  expect(walPeak, `${name}: the full run wrote its transaction through the WAL`).toBeGreaterThan(64 * 1024);

  const triggers: Trigger[] = [
    { kind: 'elapsed', ms: Math.round(full.ms * CRASH_FRACTIONS[1]) },
    { kind: 'elapsed', ms: Math.round(full.ms * CRASH_FRACTIONS[2]) },
    ...[0.25, 0.6, 0.9].map((f): Trigger => ({
      kind: 'fileBytes',
      file: wal,
      bytes: Math.round(walPeak * f),
    })),
  ];
  for (const trigger of triggers) {
    freshCopy(baseline, db);
    const run = await runAndKill(args(db), trigger);
    const point = `${name} at ${describeTrigger(trigger)}`;
    expect(run.killed, `${point}: the command ended first (exit ${run.code})`).toBe(true);
    await expectHealthy(db, dataDir());
    expect(await figures(db, dataDir(), PERIOD.from, PERIOD.to), point).toEqual(before);
    tried.push(point);
  }
}

describe('kill -9 during imports', () => {
  it('import orders: a 10,000-order Shopify export', async () => {
    await crashSeries('orders', (db) => [
      'import',
      'orders',
      '--db',
      db,
      '--storefront',
      'Shopify Global',
      path.join(dir, 'crash-orders.csv'),
    ]);
  }, 900_000);

  it('import fees: 8,000 Shopify Payments charges for orders already imported', async () => {
    await crashSeries('fees', (db) => [
      'import',
      'fees',
      '--db',
      db,
      '--storefront',
      'Shopify Global',
      path.join(dir, 'crash-fees.csv'),
    ]);
  }, 900_000);

  it('import products: 15,000 new SKUs', async () => {
    await crashSeries('products', (db) => [
      'import',
      'products',
      '--db',
      db,
      path.join(dir, 'crash-products.csv'),
    ]);
  }, 900_000);

  it('tried every crash point', () => {
    console.info(`crash points tried (imports): ${tried.length}\n  ${tried.join('\n  ')}`);
    expect(tried).toHaveLength(15);
  });
});
