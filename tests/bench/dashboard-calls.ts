/**
 * Every call the dashboard makes from a cold start, against the 50 ms rule (ARCHITECTURE.md: no synchronous
 * step over 50 ms on the thread that answers IPC), on a copy of the 1,000,000-order shop: core.dispatch in
 * this process, the first call (cold statement cache) and the median of 5. Also the parts of overview and
 * alerts, so a slow call says where its time goes.
 * `npx tsx tests/bench/dashboard-calls.ts [db-copy]` (without one, copies the cached shop to a temp dir).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../electron/core/app';
import { belowFloorListings } from '../../electron/core/dashboard/below-floor';
import { dashboardServiceFigures } from '../../electron/core/dashboard/service-figures';
import { promotionConflictAlerts } from '../../electron/core/dashboard/service-alerts';
import { computeKpis } from '../../electron/core/orders/kpis';
import { readDailySeries } from '../../electron/core/orders/rollups/daily-series';
import { readProductProfit } from '../../electron/core/orders/rollups/product-profit';
import { ticketStats } from '../../electron/core/tickets/stats';
import { nowIso } from '../../shared/logic/ids';
import { millionShopFile } from './cold-start-timeline';

const RUNS = 5;
export const RULE_MS = 50;
const month = { from: '2024-11-01', to: '2024-11-30' };

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface CallTiming {
  name: string;
  firstMs: number;
  medianMs: number;
}

async function timed(name: string, fn: () => unknown): Promise<CallTiming> {
  const took: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const answer = await fn();
    took.push(performance.now() - started);
    const result = answer as { ok?: boolean; error?: unknown } | undefined;
    if (result && result.ok === false) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  }
  return { name, firstMs: took[0]!, medianMs: median(took) };
}

export async function benchDashboardCalls(dbFile: string): Promise<CallTiming[]> {
  const core = await createCore({ dbFile, locale: 'en-US' });
  const { sqlite } = core.ctx;
  const d = (ns: string, method: string, input?: unknown) => () =>
    core.dispatch(ns as never, method as never, input as never);
  try {
    const calls: [string, () => unknown][] = [
      ['recovery.status', d('recovery', 'status')],
      ['demo.status', d('demo', 'status')],
      ['settings.get', d('settings', 'get')],
      ['storefronts.list', d('storefronts', 'list')],
      ['staff.list', d('staff', 'list')],
      ['jobs.list', d('jobs', 'list')],
      ['dashboard.overview', d('dashboard', 'overview', month)],
      ['dashboard.alerts', d('dashboard', 'alerts', month)],
      ['dashboard.products', d('dashboard', 'products', month)],
      ['dashboard.belowFloor', d('dashboard', 'belowFloor', {})],
      ['tickets.stats', d('tickets', 'stats', month)],
      ['  computeKpis (month)', () => computeKpis(sqlite, month)],
      ['  readDailySeries (month)', () => readDailySeries(sqlite, month)],
      ['  readProductProfit (month)', () => readProductProfit(sqlite, month)],
      ['  service figures', () => dashboardServiceFigures(sqlite, month, nowIso())],
      ['  ticketStats', () => ticketStats(sqlite, month, nowIso())],
      ['  belowFloorListings', () => belowFloorListings(sqlite)],
      ['  promotionConflictAlerts', () => promotionConflictAlerts(sqlite, month, nowIso(), false)],
    ];
    const out: CallTiming[] = [];
    for (const [name, fn] of calls) out.push(await timed(name, fn));
    return out;
  } finally {
    await core.close();
  }
}

export function printCallTimings(rows: CallTiming[]): void {
  console.log(`\ncall (1M orders, month ${month.from}…${month.to})   first ms  median ms  ≤${RULE_MS} ms`);
  for (const r of rows) {
    const verdict = r.name.startsWith(' ') ? '' : r.medianMs <= RULE_MS ? 'pass' : 'OVER';
    console.log(
      `${r.name.padEnd(38)} ${r.firstMs.toFixed(1).padStart(8)} ${r.medianMs.toFixed(1).padStart(10)}   ${verdict}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let dbFile = process.argv[2];
  let dir: string | undefined;
  if (!dbFile) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bench-calls-'));
    dbFile = path.join(dir, 'shop.db');
    fs.copyFileSync(millionShopFile(), dbFile);
  }
  try {
    console.log(
      `load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    printCallTimings(await benchDashboardCalls(dbFile));
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
