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
 * and foreign_key_check pass, `check` agrees, and every row and every KPI figure is as before the run — or, for
 * a kill that lands after COMMIT, exactly the complete import.
 */

let dir: string;
let baseline: string;
let before: Figures;
const tried: string[] = [];
/** Crash points that landed after the import's COMMIT: the whole import is there. */
const committed: string[] = [];
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
  const after = await figures(db, dataDir(), PERIOD.from, PERIOD.to);
  expect(after.content).not.toEqual(before.content);
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
    const got = await figures(db, dataDir(), PERIOD.from, PERIOD.to);
    // All or nothing: a kill that lands after COMMIT but before the process exits (a late WAL point on a fast
    // machine) finds the whole import — the full run's rows and figures; anything else must be the shop as before.
    // (Row content is compared only for "before": an import's own rows carry the time they were written.)
    if (got.kpis === after.kpis && JSON.stringify(got.counts) === JSON.stringify(after.counts)) {
      committed.push(point);
    } else {
      expect(got, point).toEqual(before);
    }
    tried.push(point);
  }
}

describe('kill -9 during imports', () => {
  it('import orders: a 16,000-order Shopify export (its indexes set aside and rebuilt)', async () => {
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
    console.info(
      `crash points tried (imports): ${tried.length}\n  ${tried.join('\n  ')}\n` +
        `of which after COMMIT (whole import present): ${committed.length}`,
    );
    expect(tried).toHaveLength(15);
    // Most points must land inside the transaction, or the series proves little about rolling back.
    expect(committed.length).toBeLessThanOrEqual(5);
  });
});
