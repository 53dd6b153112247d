import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_COUNT_ENV } from '../../electron/core/db/disk-full';
import { orderImportTextEn, orderImportTextZh } from '../../shared/api/schemas/order-import-texts';
import { contentFingerprint, fileHealth, fileState } from '../helpers/db-fingerprint';
import { runCli } from '../helpers/run-cli';
import { writeShopifyExport } from '../helpers/shopify-export';
import { writePaymentsCsv, writeProductsCsv } from '../helpers/big-import-files';
import { createStorefront, shopifyFields, value, type TempCore } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import type { JobInfo } from '../../shared/domain/jobs';

/**
 * A full disk in the middle of an import, simulated with the test hook CHANNELDESK_TEST_MAX_PAGE_COUNT (SQLite's
 * max_page_count on every connection; see electron/core/db/disk-full.ts): the import is refused with the key
 * diskFull — English on the command line, either language in the app — and the database is exactly as before.
 */

let dir: string;
const pages = (file: string) => {
  const s = new BetterSqlite3(file, { readonly: true });
  try {
    return Number(s.pragma('page_count', { simple: true }));
  } finally {
    s.close();
  }
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-disk-full-'));
  await writeShopifyExport(path.join(dir, 'orders.csv'), { orders: 3000, firstNumber: 70_000 });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a full disk during an import', { timeout: 180_000 }, () => {
  it('the CLI says so (exit 2), writes nothing and leaves a healthy file', async () => {
    const db = path.join(dir, 'cli.db');
    const cli = (args: string[], env: Record<string, string> = {}) => {
      const saved = { ...process.env };
      Object.assign(process.env, env);
      try {
        return runCli(path.join(dir, 'data'), [...args, '--db', db]);
      } finally {
        for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key];
      }
    };
    expect((await cli(['init', '--currency', 'CNY'])).code).toBe(0);
    expect(
      (await cli(['storefront', 'add', '--name', 'Shop', '--platform', 'shopify', '--currency', 'CNY'])).code,
    ).toBe(0);
    const before = fileState(db);
    // Room for a few pages more than the file has: far less than 3,000 orders need.
    const full = { [MAX_PAGE_COUNT_ENV]: String(pages(db) + 8) };
    const run = await cli(
      ['import', 'orders', '--storefront', 'Shop', '--json', path.join(dir, 'orders.csv')],
      full,
    );
    expect(run.code, run.stderr).toBe(2);
    const out = JSON.parse(run.stdout) as { inserted: number; errors: { message: string }[] };
    expect(out.inserted).toBe(0);
    expect(out.errors).toEqual([{ row: 0, column: '', message: orderImportTextEn.diskFull }]);
    expect(run.stderr).toMatch(/nothing was written/);
    expect(fileHealth(db)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
    expect(fileState(db)).toEqual(before);
    // With room again the same file imports: the refusal left nothing in the way.
    const again = await cli([
      'import',
      'orders',
      '--storefront',
      'Shop',
      '--json',
      path.join(dir, 'orders.csv'),
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { inserted: number }).inserted).toBe(3000);
  });

  describe('through the API, as the app runs it', () => {
    let core: TempCore;
    let storefrontId: string;
    const run = async (start: () => Promise<unknown>) => {
      const job = await value<JobInfo>(start() as never);
      const ended = await core.ctx.jobs.wait(job.id);
      expect(ended.state, ended.message ?? '').toBe('done');
      return JSON.parse(ended.message!) as { inserted: number; errors: { key: string; message: string }[] };
    };
    beforeAll(async () => {
      core = await tempCore('channeldesk-disk-full-api');
      storefrontId = (await createStorefront(core, { ...shopifyFields, currency: 'CNY' })).id;
      // Orders for the fees to attach to, imported while there is room.
      const first = await run(() =>
        core.dispatch('imports', 'importOrders', { storefrontId, files: [path.join(dir, 'orders.csv')] }),
      );
      expect(first.inserted).toBe(3000);
      await writeShopifyExport(path.join(dir, 'more-orders.csv'), { orders: 3000, firstNumber: 90_000 });
      writePaymentsCsv(path.join(dir, 'payments.csv'), 70_000, 3000);
      writeProductsCsv(path.join(dir, 'products.csv'), 3000);
      // Job workers copy the environment when they start: from now on this core's workers hit the cap.
      const pagesNow = Number(core.ctx.sqlite.pragma('page_count', { simple: true }));
      process.env[MAX_PAGE_COUNT_ENV] = String(pagesNow + 8);
    }, 120_000);
    afterAll(async () => {
      delete process.env[MAX_PAGE_COUNT_ENV];
      await core.cleanup();
    }, 60_000);

    it.each([
      [
        'orders',
        () =>
          core.dispatch('imports', 'importOrders', {
            storefrontId,
            files: [path.join(dir, 'more-orders.csv')],
          }),
      ],
      [
        'fees',
        () =>
          core.dispatch('imports', 'importFees', { storefrontId, files: [path.join(dir, 'payments.csv')] }),
      ],
      [
        'products',
        () => core.dispatch('catalog', 'importProducts', { path: path.join(dir, 'products.csv') }),
      ],
    ] as const)(
      'import %s: refused with diskFull in both languages, nothing written',
      async (_kind, start) => {
        const before = contentFingerprint(core.ctx.sqlite);
        const summary = await run(start);
        expect(summary.errors.map((e) => e.key)).toEqual(['diskFull']);
        expect(summary.errors[0]!.message).toBe(orderImportTextEn.diskFull);
        // The renderer shows validation.diskFull: the Chinese text exists under the same key.
        expect(orderImportTextZh.diskFull).toMatch(/磁盘已满/);
        expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);
        expect(core.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      },
    );
  });
});
