/**
 * Opening the 1,000,000-order shop (issue 8): how long the window waits (the fast-path check and the core
 * opening, until the first call is answered), how long the full integrity_check + foreign_key_check takes
 * in the background worker, and how quickly calls are answered while it runs — against the full check run
 * inline, which is what opening used to block on. Run only on a quiet machine (`uptime` load < 2):
 * `tsx tests/bench/open-check.ts`. The 1M file is built once and cached (million-orders.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { checkDatabaseOnOpen } from '../../electron/core/backup/open-check';
import { checkIntegrity } from '../../electron/core/backup/service';
import { startCore } from '../../electron/core/recovery/host';
import { millionOrderShop } from './million-orders';

export interface OpenCase {
  name: string;
  ms: number;
  /** null: measured for the record, no target. */
  target: number | null;
}

const since = (start: number): number => performance.now() - start;

export async function benchOpenCheck(): Promise<OpenCase[]> {
  const shop = await millionOrderShop();
  const cases: OpenCase[] = [];

  let start = performance.now();
  const fast = checkDatabaseOnOpen(shop.file);
  cases.push({ name: `open check (${fast.mode})`, ms: since(start), target: 500 });

  start = performance.now();
  const host = await startCore({ dbFile: shop.file, locale: 'en-US', log: () => undefined });
  const first = await host.dispatch('storefronts', 'list', undefined);
  if (!first.ok) throw new Error(JSON.stringify(first.error));
  cases.push({ name: 'start → first call answered', ms: since(start), target: 2000 });

  // Calls while the worker checks: the slowest of a few, each a real read on the app's connection.
  const during: number[] = [];
  while (host.integrity().running && during.length < 20) {
    const t = performance.now();
    await host.dispatch('storefronts', 'list', undefined);
    await host.dispatch('settings', 'get', undefined);
    during.push(since(t));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  cases.push({
    name: `call during the check (max of ${during.length})`,
    ms: Math.max(0, ...during),
    target: 100,
  });
  await host.checked();
  const record = host.integrity().last;
  if (!record?.ok) throw new Error(`the background check did not pass: ${JSON.stringify(record)}`);
  cases.push({ name: 'background full check (worker)', ms: record.ms, target: null });
  await host.close();

  const probe = new BetterSqlite3(shop.file, { readonly: true });
  start = performance.now();
  checkIntegrity(probe);
  cases.push({ name: 'full check inline (old open)', ms: since(start), target: null });
  probe.close();
  return cases;
}

export function printOpenCases(cases: OpenCase[]): void {
  console.log('\ncase (1M orders, open)                       ms   target   result');
  for (const c of cases) {
    const verdict = c.target === null ? '—' : c.ms <= c.target ? 'pass' : 'FAIL';
    console.log(
      `${c.name.padEnd(40)} ${c.ms.toFixed(0).padStart(7)} ${(c.target === null ? '' : `≤${c.target}`).padStart(8)}   ${verdict}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  printOpenCases(await benchOpenCheck());
}
