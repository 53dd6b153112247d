/**
 * Where the cold start of the dashboard goes (issue 7: ≤ 2 s at 1,000,000 orders): one preview run on a copy of
 * the 1M shop with CHANNELDESK_STARTUP_TRACE=1 (electron/preview/index.ts prints ms since its process started at
 * each step and around every API call) and the page's own timings from Chromium, all on one clock: ms since
 * the spawn. `npx tsx tests/bench/cold-start-timeline.ts [runs]`; needs out/ built (`npx electron-vite build`).
 * The copy is brought to the current schema first and that one-time upgrade is printed on its own, like a
 * bundle build would be: neither is part of a cold start.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createCore } from '../../electron/core/app';
import { launchChromium } from '../e2e/helpers/browser';
import { MILLION_ORDERS } from './million-orders';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const COLD_START_URL_HASH = '#/dashboard?from=2024-11-01&to=2024-11-30';

/** What the cold start waits for: the month's net sales on a KPI card, then a drawn line of the trend chart. */
export const FIGURE_SELECTOR = '[data-testid="figure-netSalesMinor"]';
const CHART_SELECTOR = '[role="img"] svg path';

/**
 * Records in the page when each selector first matches (a MutationObserver installed before the app's script
 * runs): Playwright's waitFor polls up to 500 ms apart once a wait is long, as a cold start's is, which would
 * blur the figure by that much. Plain script text: the page's DOM types are not in the Node project's lib.
 */
export async function watchAppearance(page: Page, selectors: Record<string, string>): Promise<void> {
  await page.addInitScript({
    content: `(() => {
      const wanted = ${JSON.stringify(selectors)};
      const seen = (window.__appeared = {});
      const check = () => {
        for (const [name, selector] of Object.entries(wanted))
          if (!(name in seen) && document.querySelector(selector)) seen[name] = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true });
    })();`,
  });
}

/** Epoch ms at which each watched selector first matched. */
export async function appearedAt(page: Page): Promise<Record<string, number>> {
  const seen = (await page.evaluate(
    'Object.fromEntries(Object.entries(window.__appeared).map(([k, t]) => [k, performance.timeOrigin + t]))',
  )) as Record<string, number>;
  return seen;
}

export interface TimelineEvent {
  at: number;
  label: string;
}

/** Spawns the bundled preview on `dbFile`, opens the dashboard and answers the merged timeline (ms since spawn). */
export async function tracedColdStart(
  browser: Browser,
  dbFile: string,
  dataDir: string,
): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  const spawnedAt = Date.now();
  const started = performance.now();
  const mark = (label: string) => events.push({ at: performance.now() - started, label });
  const child = spawn(
    process.execPath,
    [path.join(root, 'out', 'main', 'preview.js'), '--db', dbFile, '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, CHANNELDESK_DATA_DIR: dataDir, CHANNELDESK_STARTUP_TRACE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let childOrigin = 0;
  const childTrace: { t: number; label: string }[] = [];
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    let nl: number;
    while ((nl = err.indexOf('\n')) >= 0) {
      const line = err.slice(0, nl);
      err = err.slice(nl + 1);
      const m = /^trace (\S+) (.*)$/.exec(line);
      const origin = m && /process started at (\d+)/.exec(m[2]!);
      if (origin) childOrigin = Number(origin[1]) - spawnedAt;
      if (m) childTrace.push({ t: Number(m[1]), label: m[2]! });
      else if (line.trim()) events.push({ at: performance.now() - started, label: `log: ${line}` });
    }
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /ChannelDesk preview: (\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${err}`)));
    });
    mark('url line read by the bench');
    const page = await browser.newPage();
    await watchAppearance(page, { figure: FIGURE_SELECTOR, chart: CHART_SELECTOR });
    const opened = performance.now() - started;
    await page.goto(`${url}${COLD_START_URL_HASH}`);
    await page.locator(FIGURE_SELECTOR).waitFor({ timeout: 120_000 });
    await page.locator(CHART_SELECTOR).first().waitFor({ state: 'attached', timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    mark('network idle');
    const seen = await appearedAt(page);
    events.push({ at: seen.figure! - spawnedAt, label: 'page: net sales figure in the DOM' });
    events.push({ at: seen.chart! - spawnedAt, label: 'page: first chart line drawn' });
    // The page's clock starts at its navigation; the bench's page-open moment anchors it.
    const perf = await page.evaluate(() => {
      // Run in the page (DOM timing types are not in the Node project's lib, hence the shapes spelled out).
      type Nav = { domContentLoadedEventEnd: number; loadEventEnd: number };
      type Res = { name: string; startTime: number; responseEnd: number; encodedBodySize: number };
      const nav = performance.getEntriesByType('navigation' as never)[0] as unknown as Nav;
      const resources = (performance.getEntriesByType('resource' as never) as unknown as Res[]).map((r) => ({
        name: new URL(r.name).pathname,
        start: r.startTime,
        end: r.responseEnd,
        bytes: r.encodedBodySize,
      }));
      return {
        origin: performance.timeOrigin,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        resources,
      };
    });
    const pageOffset = perf.origin - spawnedAt;
    events.push({ at: opened, label: 'browser page opened' });
    events.push({ at: pageOffset + perf.domContentLoaded, label: 'page DOMContentLoaded' });
    events.push({ at: pageOffset + perf.load, label: 'page load event' });
    for (const r of perf.resources) {
      events.push({
        at: pageOffset + r.end,
        label: `page got ${r.name} (${(r.bytes / 1024).toFixed(0)} KB, ${(r.end - r.start).toFixed(0)} ms)`,
      });
    }
    await page.close();
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  // The child's trace counts from its own process start, which its first line gives as an epoch.
  for (const { t, label } of childTrace) events.push({ at: childOrigin + t, label: `preview: ${label}` });
  return events.sort((a, b) => a.at - b.at);
}

/**
 * The cached 1M shop, copied as it is: millionOrderShop() would open it, and opening runs the newer migrations
 * on the cache itself (its rebuild takes ~30 min, so nothing here writes to it).
 */
export function millionShopFile(): string {
  // BENCH_SHOP_FILE: another copy of that shop, e.g. one at an older schema to compare two trees on.
  const file =
    process.env.BENCH_SHOP_FILE ??
    path.join(os.tmpdir(), `channeldesk-bench-dashboard-d1-${MILLION_ORDERS}.db`);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: build it with tests/bench/million-orders.ts`);
  return file;
}

/** A copy of the 1M shop at the current schema version; answers the file and how long the upgrade took. */
export async function upgradedCopy(dir: string): Promise<{ dbFile: string; upgradeMs: number }> {
  const dbFile = path.join(dir, 'shop.db');
  fs.copyFileSync(millionShopFile(), dbFile);
  const started = performance.now();
  const core = await createCore({ dbFile, dataDir: dir, locale: 'en-US' });
  const upgradeMs = performance.now() - started;
  await core.close();
  return { dbFile, upgradeMs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const runs = Number(process.argv[2] ?? 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bench-timeline-'));
  const browser = await launchChromium();
  try {
    const { dbFile, upgradeMs } = await upgradedCopy(dir);
    console.log(`one-time: copy opened and upgraded to the current schema in ${upgradeMs.toFixed(0)} ms`);
    for (let run = 1; run <= runs; run++) {
      console.log(
        `\nrun ${run} (load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')})`,
      );
      for (const e of await tracedColdStart(browser, dbFile, dir)) {
        console.log(`${e.at.toFixed(0).padStart(7)} ms  ${e.label}`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
