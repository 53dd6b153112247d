import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { fileState } from '../helpers/db-fingerprint';
import { runCli } from '../helpers/run-cli';
import { CRASH_FRACTIONS, describeTrigger, expectHealthy, runAndKill, type Trigger } from './helpers/crash';
import { freshCopy } from './helpers/fault-shop';

/**
 * kill -9 while an older file is being upgraded: a v7 shop (the released fixture, its four orders multiplied
 * to ORDERS) is opened by the CLI, which runs migrations 0008… — 0008 fills the daily rollups from every order
 * in one transaction. Wherever the kill lands, the file must pass both checks, hold exactly the rows it had
 * (every table the old version had, row for row), and be at a version that committed whole: still 7 while
 * 0008 ran, or a later one. Opened again, it upgrades to the end with the figures of an uninterrupted run.
 */

const ORDERS = 120_000;
const fixture = fileURLToPath(new URL('../fixtures/schema/v7.db', import.meta.url));
let dir: string;
let baseline: string;
const dataDir = () => path.join(dir, 'data');
const kpisArgs = (db: string) => ['kpis', '--db', db, '--json', '--from', '2020-01-01', '--to', '2030-12-31'];

/** The v7 fixture with ORDERS orders (and their lines) spread over 500 days, one file, no WAL. */
function buildOldShop(file: string): void {
  fs.copyFileSync(fixture, file);
  const s = new BetterSqlite3(file);
  try {
    const n = Math.ceil(ORDERS / (s.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n);
    const columns = (s.pragma('table_info(orders)') as { name: string }[]).map((c) => c.name);
    const changed: Record<string, string> = {
      id: `o.id || '-' || k.n`,
      seq: `o.seq + k.n * 1000`,
      external_id: `o.external_id || '-' || k.n`,
      placed_date: `date(o.placed_date, '+' || (k.n % 500) || ' days')`,
    };
    const select = columns.map((c) => changed[c] ?? `o.${c}`).join(', ');
    s.exec(`BEGIN;
      CREATE TEMP TABLE k AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < ${n}) SELECT n FROM r;
      INSERT INTO orders (${columns.join(', ')}) SELECT ${select} FROM orders o, k;
      INSERT INTO order_lines (order_id, storefront_id, line_no, external_line_id, sku_code, sku_id, title,
                               quantity, unit_price_minor, line_discount_minor, unit_cost_base_minor)
        SELECT l.order_id || '-' || k.n, l.storefront_id, l.line_no, l.external_line_id, l.sku_code, l.sku_id,
               l.title, l.quantity, l.unit_price_minor, l.line_discount_minor, l.unit_cost_base_minor
          FROM order_lines l, k WHERE l.order_id NOT LIKE '%-%';
      COMMIT;`);
    s.pragma('journal_mode = DELETE');
  } finally {
    s.close();
  }
}

const versionOf = (file: string): number => {
  const s = new BetterSqlite3(file, { readonly: true });
  try {
    return Number(s.pragma('user_version', { simple: true }));
  } finally {
    s.close();
  }
};

/** Only the tables the old version had: later migrations add their own. */
function oldTables(state: ReturnType<typeof fileState>, names: string[]) {
  const pick = (r: Record<string, unknown>) => Object.fromEntries(names.map((n) => [n, r[n]]));
  return { counts: pick(state.counts), content: pick(state.content) };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-faults-migration-'));
  baseline = path.join(dir, 'v7-big.db');
  buildOldShop(baseline);
}, 600_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 during an upgrade (migration 0008 on a v7 shop)', () => {
  it('leaves the file at a whole version with every old row, and it upgrades fully next time', async () => {
    const before = fileState(baseline);
    const names = Object.keys(before.counts);
    expect(before.counts.orders).toBeGreaterThanOrEqual(ORDERS);
    const db = path.join(dir, 'shop.db');
    const wal = `${db}-wal`;

    freshCopy(baseline, db);
    const full = await runAndKill(kpisArgs(db), null, { watch: [wal] });
    expect(full.code, full.stderr).toBe(0);
    const figures = (await runCli(dataDir(), kpisArgs(db))).stdout;
    const walPeak = full.peak[wal] ?? 0;
    expect(walPeak, 'the upgrade writes to the WAL').toBeGreaterThan(1024 * 1024);

    const tried: string[] = [];
    const landed: number[] = [];
    for (const f of CRASH_FRACTIONS) {
      const trigger: Trigger = { kind: 'fileBytes', file: wal, bytes: Math.round(walPeak * f) };
      freshCopy(baseline, db);
      const run = await runAndKill(kpisArgs(db), trigger);
      const point = `upgrade at ${describeTrigger(trigger)}`;
      expect(run.killed, `${point}: the command ended first (exit ${run.code})`).toBe(true);
      await expectHealthy(db, dataDir());
      const version = versionOf(db);
      landed.push(version);
      expect(version, point).toBeGreaterThanOrEqual(7);
      expect(oldTables(fileState(db), names), point).toEqual(oldTables(before, names));
      // Opened again: the rest of the upgrade runs, with the figures of the uninterrupted run.
      const again = await runCli(dataDir(), kpisArgs(db));
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout, point).toBe(figures);
      expect(versionOf(db)).toBe(LATEST_SCHEMA_VERSION);
      tried.push(`${point} → version ${version}`);
    }
    console.info(`crash points tried (upgrade): ${tried.length}\n  ${tried.join('\n  ')}`);
    // Most of the WAL is written by 0008's one transaction: a kill there must have left version 7.
    expect(landed.filter((v) => v === 7).length).toBeGreaterThanOrEqual(3);
  });
});
