/**
 * Dashboard month at 1,000,000 orders (ARCHITECTURE.md: any month ≤ 200 ms): computeKpis for a month over all
 * storefronts and for one, the daily series and product profit of a month — each against the live SQL they
 * replaced (the same sums straight from orders and lines, what computeKpis ran before the daily rollups).
 * `tsx tests/bench/dashboard-month.ts` runs it alone; index.ts calls it from `npm run bench`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../electron/core/db/connection';
import { computeKpis } from '../../electron/core/orders/kpis';
import { readCustomerRows } from '../../electron/core/orders/customer-counts';
import { readLiveCustomerRows } from '../../electron/core/orders/kpi-queries';
import { commissionSumsSql, daySumsSql } from '../../electron/core/orders/rollups/day-sums-sql';
import { readDailySeries } from '../../electron/core/orders/rollups/daily-series';
import { readProductProfit } from '../../electron/core/orders/rollups/product-profit';
import { readLiveProductSums } from '../../electron/core/orders/rollups/product-sums';
import { previousPeriod } from '../../shared/logic/metrics';
import { millionOrderShop } from './million-orders';

const RUNS = 7;

export interface DashboardCase {
  name: string;
  ours: number;
  baseline: number;
  target: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number {
  fn(); // warm statement caches and pages
  const took: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    fn();
    took.push(performance.now() - start);
  }
  return median(took);
}

/** What computeKpis read before the rollups: day and commission sums straight from orders, plus customers. */
function liveKpiSql(
  sqlite: BetterSqlite3.Database,
  q: { from: string; to: string; storefrontId?: string },
): void {
  const where = `o.placed_date BETWEEN @from AND @to${q.storefrontId ? ' AND o.storefront_id = @sf' : ''}`;
  const params = q.storefrontId ? { from: q.from, to: q.to, sf: q.storefrontId } : { from: q.from, to: q.to };
  sqlite.prepare(daySumsSql(where)).safeIntegers(true).all(params);
  sqlite.prepare(commissionSumsSql(where)).safeIntegers(true).all(params);
  readLiveCustomerRows(sqlite, q, previousPeriod(q));
}

export async function benchDashboardMonth(): Promise<DashboardCase[]> {
  const shop = await millionOrderShop();
  if (shop.buildMs !== null) {
    console.log(
      `built the 1M-order shop in ${(shop.buildMs / 1000).toFixed(0)} s (+ rollups from scratch ` +
        `${((shop.rollupBuildMs ?? 0) / 1000).toFixed(1)} s): ${path.basename(shop.file)}`,
    );
  }
  const handle = await openDatabase(shop.file);
  const sqlite = handle.sqlite;
  try {
    const counts = sqlite
      .prepare('SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM order_lines) AS lines')
      .get() as { orders: number; lines: number };
    const month = { from: '2024-11-01', to: '2024-11-30' }; // the busiest month (双11)
    const tmall = shop.storefronts.find((s) => s.name === '天猫旗舰店')!.id;
    const one = { ...month, storefrontId: tmall };
    const inMonth = sqlite
      .prepare(
        `SELECT count(*) AS orders, (SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id
            WHERE o.placed_date BETWEEN @from AND @to) AS lines FROM orders WHERE placed_date BETWEEN @from AND @to`,
      )
      .get(month) as { orders: number; lines: number };
    console.log(
      `dashboard shop: ${counts.orders} orders, ${counts.lines} lines; ${month.from}…${month.to}: ` +
        `${inMonth.orders} orders, ${inMonth.lines} lines`,
    );
    const cases: DashboardCase[] = [
      {
        name: 'kpis month, all storefronts',
        ours: time(() => computeKpis(sqlite, month)),
        baseline: time(() => liveKpiSql(sqlite, month)),
        target: 200,
      },
      {
        name: 'kpis month, one storefront',
        ours: time(() => computeKpis(sqlite, one)),
        baseline: time(() => liveKpiSql(sqlite, one)),
        target: 200,
      },
      {
        name: 'kpis month, customer counts alone',
        ours: time(() => readCustomerRows(sqlite, month, previousPeriod(month))),
        baseline: time(() => readLiveCustomerRows(sqlite, month, previousPeriod(month))),
        target: 150,
      },
      {
        name: 'daily series month',
        ours: time(() => readDailySeries(sqlite, month)),
        baseline: time(() =>
          sqlite.prepare(daySumsSql('o.placed_date BETWEEN @from AND @to')).safeIntegers(true).all(month),
        ),
        target: 100,
      },
      {
        name: 'product profit month',
        ours: time(() => readProductProfit(sqlite, month)),
        baseline: time(() => readLiveProductSums(sqlite, month)),
        target: 200,
      },
    ];
    return cases;
  } finally {
    await handle.close();
  }
}

export function printDashboardCases(cases: DashboardCase[]): void {
  console.log('\ncase (1M orders, rollups vs live SQL) ours ms  baseline ms   ratio  target   result');
  for (const r of cases) {
    console.log(
      `${r.name.padEnd(36)} ${r.ours.toFixed(1).padStart(7)} ${r.baseline.toFixed(1).padStart(12)} ${(
        r.ours / r.baseline
      )
        .toFixed(2)
        .padStart(7)} ${`≤${r.target}`.padStart(7)}   ${r.ours <= r.target ? 'pass' : 'FAIL'}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  printDashboardCases(await benchDashboardMonth());
}
