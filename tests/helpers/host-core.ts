import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { startCore, type HostCore, type HostOptions } from '../../electron/core/recovery/host';
import type { Result } from '../../shared/api/result';

/** The core as the app and the preview start it (recovery/host.ts), on `dbFile`, collecting its events. */
export async function startHost(
  dbFile: string,
  options: Partial<HostOptions> = {},
): Promise<HostCore & { events: { event: string; payload: unknown }[] }> {
  const events: { event: string; payload: unknown }[] = [];
  const host = await startCore({
    dbFile,
    locale: 'en-US',
    emit: (event, payload) => events.push({ event, payload }),
    log: () => undefined,
    ...options,
  });
  return Object.assign(host, { events });
}

/** The value of an ok Result, or a failed expectation naming the error. */
export function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export const sha256 = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export const storefrontInput = (name: string) => ({
  name,
  platform: 'website',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  feeRules: {
    commissionRateBp: 100,
    paymentFeeRateBp: 60,
    fixedFeeMinor: 0,
    shippingCostMinor: 500,
    categoryCommissions: [],
  },
});

/** Storefront names straight from a file (read-only), independent of any core. */
export function storefrontNames(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM storefronts ORDER BY name').all() as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    db.close();
  }
}

/** Runs a backup job of the host's open database into backups/ under `name`; answers the file. */
export async function backupInto(host: HostCore, name: string): Promise<string> {
  const core = host.current()!;
  const outFile = path.join(core.ctx.dataDir, 'backups', name);
  const job = core.ctx.jobs.start('backup', { dbFile: core.ctx.dbFile, outFile });
  const ended = await core.ctx.jobs.wait(job.id);
  if (ended.state !== 'done') throw new Error(`backup ${ended.state}: ${ended.message}`);
  return outFile;
}
