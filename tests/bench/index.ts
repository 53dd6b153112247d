/**
 * npm run bench: 50,000 SKUs on 5 storefronts in a temp database; our calls against raw better-sqlite3
 * baselines of the same work, median of N runs each. Not part of npm test (timings depend on the machine).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/app';
import type { Storefront } from '../../shared/domain/storefronts';
import { CATEGORIES, generateCatalog } from './catalog-data';
import { rawListProducts, rawReprice } from './baselines';
import { benchColdStart, printColdStartCases } from './dashboard-cold-start';
import { benchDashboardMonth, printDashboardCases } from './dashboard-month';
import { benchOrderImport } from './order-import';
import { benchMonthlyReport, printReportBench } from './monthly-report';

const SKUS = 50_000;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, fn: (run: number) => unknown): Promise<number> {
  const took: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn(run);
    took.push(performance.now() - start);
  }
  return median(took);
}

async function ok<T>(answer: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bench-'));
const core = await createCore({ dbFile: path.join(dir, 'bench.db'), locale: 'en-US', emit: () => {} });
try {
  await ok(core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' }));
  const storefronts: Storefront[] = [];
  for (const [i, platform] of ['tmall', 'jd', 'pinduoduo', 'douyin', 'taobao'].entries()) {
    storefronts.push(
      await ok<Storefront>(
        core.dispatch('storefronts', 'create', {
          name: `Shop ${i + 1} ${platform}`,
          platform,
          currency: 'CNY',
          timezone: 'Asia/Shanghai',
          role: 'core',
          feeRules: {
            commissionRateBp: 500,
            paymentFeeRateBp: 60,
            fixedFeeMinor: 0,
            shippingCostMinor: 800,
            categoryCommissions: [],
          },
        }),
      ),
    );
  }
  const started = performance.now();
  const { products } = generateCatalog(
    core.ctx.sqlite,
    storefronts.map((s) => s.id),
    SKUS,
  );
  console.log(
    `generated ${products} products, ${SKUS} SKUs, ${SKUS * storefronts.length} listings in ${(performance.now() - started).toFixed(0)} ms`,
  );
  core.ctx.sqlite.exec('ANALYZE');

  const results: { name: string; ours: number; baseline: number; target: number }[] = [];
  const listCases: [string, Record<string, unknown>][] = [
    ['listProducts page 1', { page: 1, pageSize: 50 }],
    ['listProducts middle page', { page: Math.floor(products / 100), pageSize: 50 }],
    ['listProducts search', { search: 'SKU-01234', page: 1, pageSize: 50 }],
    ['listProducts category', { category: CATEGORIES[1], page: 3, pageSize: 50 }],
  ];
  for (const [name, query] of listCases) {
    await ok(core.dispatch('catalog', 'listProducts', query)); // warm the statement caches
    rawListProducts(core.ctx.sqlite, query);
    const ours = await time(RUNS, () => ok(core.dispatch('catalog', 'listProducts', query)));
    const baseline = await time(RUNS, () => rawListProducts(core.ctx.sqlite, query));
    results.push({ name, ours, baseline, target: 50 });
  }

  // Shop 1, one category of five: 10,000 listings. Alternating margins so every run changes every price.
  const selection = { storefrontId: storefronts[0]!.id, category: CATEGORIES[0] };
  const preview = await ok<{ counts: { selected: number } }>(
    core.dispatch('pricing', 'previewRepricing', { selection, rule: { kind: 'costPlus', marginBp: 3000 } }),
  );
  console.log(`repricing selection: ${preview.counts.selected} listings`);
  const ours = await time(5, (run) =>
    ok(
      core.dispatch('pricing', 'applyRepricing', {
        selection,
        rule: { kind: 'costPlus', marginBp: 3000 + run * 10 },
      }),
    ),
  );
  const baseline = await time(5, (run) => rawReprice(core.ctx.sqlite, selection, 1.3 + run / 100));
  results.push({ name: `applyRepricing ${preview.counts.selected} listings`, ours, baseline, target: 1000 });

  console.log('\ncase                                 ours ms  baseline ms   ratio  target   result');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(36)} ${r.ours.toFixed(1).padStart(7)} ${r.baseline.toFixed(1).padStart(12)} ${(
        r.ours / r.baseline
      )
        .toFixed(2)
        .padStart(7)} ${`≤${r.target}`.padStart(7)}   ${r.ours <= r.target ? 'pass' : 'FAIL'}`,
    );
  }
} finally {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

// Order import: its own processes (peak memory is per process), after the catalog cases have freed theirs.
const imported = await benchOrderImport();
const ratio = imported.ours.ms / imported.baseline.ms;
console.log(
  `\norder import ${imported.ours.rows} Shopify lines   ours ${(imported.ours.ms / 1000).toFixed(1)} s, ` +
    `peak ${imported.ours.maxRssMb.toFixed(0)} MB   baseline ${(imported.baseline.ms / 1000).toFixed(1)} s, ` +
    `peak ${imported.baseline.maxRssMb.toFixed(0)} MB   ratio ${ratio.toFixed(2)} (target ≤2.5, ≤512 MB)   ` +
    `${ratio <= 2.5 && imported.ours.maxRssMb <= 512 ? 'pass' : 'FAIL'}`,
);

// Dashboard month at 1,000,000 orders: the shop is cached under os.tmpdir() (built once, several minutes).
printDashboardCases(await benchDashboardMonth());
// From spawning the preview bundle to the dashboard's figure in Chromium, on a copy of that shop.
printColdStartCases(await benchColdStart());

// Monthly report: 100,000 order lines in one month against a raw exceljs streaming write of the same rows.
printReportBench(await benchMonthlyReport());
