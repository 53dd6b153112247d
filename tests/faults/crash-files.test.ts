import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app';
import type { BackupFile } from '../../shared/domain/backup';
import { runCli } from '../helpers/run-cli';
import {
  CRASH_FRACTIONS,
  describeTrigger,
  expectHealthy,
  figures,
  runAndKill,
  type Figures,
  type Trigger,
} from './helpers/crash';
import { buildFaultShop, freshCopy, PERIOD } from './helpers/fault-shop';

/**
 * kill -9 during the commands that write files from the database — `backup --out`, `export products`,
 * `report monthly` — and during `demo --orders N`, five points each. The database is only read by the first
 * three: it must come out with every row and figure as before, and the file asked for is either absent or
 * complete (never half a file under its name; a leftover `.partial` is never listed as a backup). A demo of
 * more than 50,000 orders is built in a staging file and copied in as one transaction: after a crash the
 * database is either as before (empty) or holds the whole demo.
 */

let dir: string;
let baseline: string;
let before: Figures;
const tried: string[] = [];
const dataDir = () => path.join(dir, 'data');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-faults-files-'));
  baseline = await buildFaultShop(dir);
  before = await figures(freshCopy(baseline, path.join(dir, 'probe.db')), dataDir(), PERIOD.from, PERIOD.to);
}, 600_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function readableXlsx(file: string): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.length > 0;
}

/** The file a command was asked to write, after a crash: absent, or whole. */
async function expectAbsentOrComplete(file: string): Promise<void> {
  if (!fs.existsSync(file)) return;
  if (file.endsWith('.xlsx')) expect(await readableXlsx(file), file).toBe(true);
  else {
    const copy = new BetterSqlite3(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
  }
}

/**
 * Where to crash a writer, from its full run: `size` is the largest the output (or its .partial) got, `stops`
 * the sizes the .partial was seen resting at before it was whole.
 */
type Points = (full: { ms: number; size: number; stops: number[]; partial: string }) => Trigger[];

/**
 * Three shares of the time (the file is written at the end), two of the output's growth. A small workbook
 * grows in a few bursts, the last one just before its rename: a size only passed on the way there is not
 * there long enough to be seen (the export's 80 % was missed on every run of a fast machine), so the growth
 * points are sizes the full run was seen resting at, or two more shares of the time when it rested nowhere.
 * The last rest is left out when there are others: it is the one just before the final burst, and a CI run
 * missed it.
 */
const byTimeAndSize: Points = ({ ms, stops, partial }) => {
  const at = (f: number): Trigger => ({ kind: 'elapsed', ms: Math.round(ms * f) });
  const rests = stops.length > 1 ? stops.slice(0, -1) : stops;
  const growth = rests.length
    ? [0.3, 0.8].map((f): Trigger => ({
        kind: 'fileBytes',
        file: partial,
        bytes: rests[Math.round(f * (rests.length - 1))]!,
      }))
    : CRASH_FRACTIONS.slice(3, 5).map(at);
  return [...CRASH_FRACTIONS.slice(0, 3).map(at), ...growth];
};
/** A backup is mostly process start; its copy grows step by step, so only the growth tells where it is. */
const bySize: Points = ({ size, partial }) =>
  CRASH_FRACTIONS.map((f): Trigger => ({ kind: 'fileBytes', file: partial, bytes: Math.round(size * f) }));

/**
 * Full run measured on a copy, then five crashes at the points `points` picks from it. A run that ends before
 * its point (timing is the machine's) is checked like a crash — database unchanged, file whole — and the point
 * is tried again, up to three times; a point never hit fails the test.
 */
async function crashWriter(
  name: string,
  out: string,
  args: (db: string) => string[],
  points: Points = byTimeAndSize,
): Promise<void> {
  const db = path.join(dir, `${name}.db`);
  const partial = `${out}.partial`;
  freshCopy(baseline, db);
  fs.rmSync(out, { force: true });
  const full = await runAndKill(args(db), null, { watch: [partial, out] });
  expect(full.code, `${name} full run: ${full.stderr}`).toBe(0);
  await expectAbsentOrComplete(out);
  const size = Math.max(full.peak[partial] ?? 0, full.peak[out] ?? 0);
  const stops = (full.seen[partial] ?? []).filter((s) => s < size);
  const triggers = points({ ms: full.ms, size, stops, partial });
  for (const trigger of triggers) {
    const point = `${name} at ${describeTrigger(trigger)}`;
    let killed = false;
    let code: number | null = null;
    for (let attempt = 0; attempt < 3 && !killed; attempt++) {
      freshCopy(baseline, db);
      fs.rmSync(out, { force: true });
      fs.rmSync(partial, { force: true });
      const run = await runAndKill(args(db), trigger);
      ({ killed, code } = run);
      await expectHealthy(db, dataDir());
      expect(await figures(db, dataDir(), PERIOD.from, PERIOD.to), point).toEqual(before);
      await expectAbsentOrComplete(out);
    }
    expect(killed, `${point}: the command ended first three times (exit ${code})`).toBe(true);
    tried.push(point);
  }
}

describe('kill -9 while writing files and demo data', () => {
  it('backup --out into the backups folder: no half backup, and a .partial is never listed', async () => {
    const backups = path.join(dir, 'backups');
    const out = path.join(backups, 'manual.db');
    await crashWriter('backup', out, (db) => ['backup', '--db', db, '--out', out], bySize);
    // The folder as the app lists it, beside a database in `dir`, after the last crash.
    fs.writeFileSync(`${out}.partial`, 'half a backup');
    const core = await createCore({ dbFile: path.join(dir, 'backup.db'), locale: 'en' });
    try {
      const list = await core.dispatch('backup', 'list', undefined);
      expect(list.ok).toBe(true);
      const names = (list.ok ? (list.value as BackupFile[]) : []).map((b) => b.name);
      expect(names.filter((n) => n.includes('partial'))).toEqual([]);
    } finally {
      await core.close();
    }
  });

  it('export products --out: the catalog workbook', async () => {
    const out = path.join(dir, 'catalog.xlsx');
    await crashWriter('export', out, (db) => ['export', 'products', '--db', db, '--out', out]);
  });

  it('report monthly: the month of the generated orders', async () => {
    const out = path.join(dir, 'report-2025-01.xlsx');
    await crashWriter('report', out, (db) => [
      'report',
      'monthly',
      '--db',
      db,
      '--month',
      '2025-01',
      '--out',
      out,
    ]);
  });

  it('demo --orders 60000: the database is either empty as before or holds the whole demo', async () => {
    const db = path.join(dir, 'demo.db');
    const wal = `${db}-wal`;
    const stagingWal = `${db}.demo-partial-wal`;
    const fresh = async () => {
      for (const f of [db, wal, `${db}-shm`]) fs.rmSync(f, { force: true });
      expect((await runCli(dataDir(), ['init', '--db', db])).code).toBe(0);
    };
    const demo = ['demo', '--db', db, '--orders', '60000'];
    await fresh();
    const full = await runAndKill(demo, null, { watch: [wal, stagingWal] });
    expect(full.code, full.stderr).toBe(0);
    const fullOrders = (
      await runCli(dataDir(), ['kpis', '--db', db, '--json', '--from', '2020-01-01', '--to', '2030-12-31'])
    ).stdout;
    // The batches grow the staging file's WAL; the shop's own WAL grows only while the finished demo is copied in.
    const stagingPeak = full.peak[stagingWal] ?? 0;
    const copyPeak = full.peak[wal] ?? 0;
    expect(stagingPeak).toBeGreaterThan(0);
    expect(copyPeak).toBeGreaterThan(0);
    const triggers: Trigger[] = [
      { kind: 'elapsed', ms: Math.round(full.ms * CRASH_FRACTIONS[0]) },
      { kind: 'fileBytes', file: stagingWal, bytes: Math.round(stagingPeak * 0.5) },
      { kind: 'lines', pattern: /^Demo orders: 50,000 of 60,000/, count: 1 },
      ...[0.3, 0.8].map((f): Trigger => ({ kind: 'fileBytes', file: wal, bytes: Math.round(copyPeak * f) })),
    ];
    for (const trigger of triggers) {
      await fresh();
      const run = await runAndKill(demo, trigger);
      const point = `demo at ${describeTrigger(trigger)}`;
      expect(run.killed, `${point}: the command ended first (exit ${run.code})`).toBe(true);
      await expectHealthy(db, dataDir());
      const s = new BetterSqlite3(db, { readonly: true });
      let orders: number;
      try {
        orders = (s.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n;
        const storefronts = (s.prepare('SELECT count(*) AS n FROM storefronts').get() as { n: number }).n;
        expect([0, 60_000], `${point}: ${orders} orders`).toContain(orders);
        // Empty as before: not even the demo catalog, so the demo can simply be run again.
        if (orders === 0) expect(storefronts, point).toBe(0);
      } finally {
        s.close();
      }
      const kpis = await runCli(dataDir(), [
        'kpis',
        '--db',
        db,
        '--json',
        '--from',
        '2020-01-01',
        '--to',
        '2030-12-31',
      ]);
      expect(kpis.code, kpis.stderr).toBe(0);
      if (orders === 60_000) expect(kpis.stdout, point).toBe(fullOrders);
      tried.push(`${point} → ${orders} orders`);
    }
    // A run after a crash starts clean: the staging file of the killed run is replaced, the demo completes.
    const retry = await runAndKill(demo, null);
    if (retry.code === 0) expect(fs.existsSync(`${db}.demo-partial`)).toBe(false);
  });

  it('tried every crash point', () => {
    console.info(`crash points tried (files, demo): ${tried.length}\n  ${tried.join('\n  ')}`);
    expect(tried).toHaveLength(20);
  });
});
