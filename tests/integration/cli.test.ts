import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { runCli, sha256 } from '../helpers/run-cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-cli-'));
  db = path.join(dir, 'shop.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(path.join(dir, 'default-data'), args);
const listJson = async (): Promise<{ name: string }[]> =>
  JSON.parse((await cli('storefront', 'list', '--db', db, '--json')).stdout) as { name: string }[];

// Each run is a fresh Node process compiling TypeScript through tsx: allow for a loaded machine.
describe('channeldesk CLI', { timeout: 120_000 }, () => {
  it('init, storefront add/list and fx add, with exact human-unit conversion', async () => {
    const init = await cli(
      'init',
      '--db',
      db,
      '--currency',
      'cny',
      '--timezone',
      'Asia/Shanghai',
      '--lang',
      'zh-CN',
      '--json',
    );
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({
      file: db,
      schemaVersion: LATEST_SCHEMA_VERSION,
      settings: { baseCurrency: 'CNY', timezone: 'Asia/Shanghai', language: 'zh-CN' },
    });

    const add = await cli(
      'storefront',
      'add',
      '--db',
      db,
      '--name',
      '天猫旗舰店',
      '--platform',
      'tmall',
      '--commission',
      '5',
      '--payment-fee',
      '0.6',
      '--shipping',
      '8',
      '--json',
    );
    expect(add.code).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({
      name: '天猫旗舰店',
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
    });
    const us = await cli(
      'storefront',
      'add',
      '--db',
      db,
      '--name',
      'Shopify US',
      '--platform',
      'shopify',
      '--currency',
      'USD',
      '--timezone',
      'America/New_York',
      '--role',
      'pilot',
      '--payment-fee',
      '2.9',
      '--fixed-fee',
      '0.30',
    );
    expect(us.code).toBe(0);
    expect(us.stdout).toMatch(/Storefront added: Shopify US/);

    const list = await listJson();
    expect(list).toEqual([
      expect.objectContaining({
        name: 'Shopify US',
        platform: 'shopify',
        currency: 'USD',
        feeRules: expect.objectContaining({ paymentFeeRateBp: 290, fixedFeeMinor: 30 }),
      }),
      expect.objectContaining({ name: '天猫旗舰店', archived: false }),
    ]);
    const table = await cli('storefront', 'list', '--db', db);
    expect(table.stdout).toMatch(/Name\s+Platform/);
    expect(table.stdout).toMatch(
      /Shopify US\s+shopify\s+USD\s+America\/New_York\s+pilot\s+0 %\s+2\.9 %\s+0\.30\s+0\.00/,
    );

    const fx = await cli(
      'fx',
      'add',
      '--db',
      db,
      '--currency',
      'usd',
      '--date',
      '2024-03-01',
      '--rate',
      '7.12',
      '--json',
    );
    expect(fx.code).toBe(0);
    expect(JSON.parse(fx.stdout)).toMatchObject({ currency: 'USD', date: '2024-03-01', rate: '7.12' });
  });

  it('rejects bad input with exit 2, a message naming the field, and nothing written', async () => {
    expect((await cli('init', '--db', db)).code).toBe(0);
    expect((await cli('storefront', 'add', '--db', db, '--name', 'Shop', '--platform', 'jd')).code).toBe(0);
    const before = await listJson();
    const hash = sha256(db);
    const cases: [string[], RegExp][] = [
      [
        ['storefront', 'add', '--name', 'X', '--platform', 'myspace'],
        /--platform must be one of the supported platforms/,
      ],
      [
        ['storefront', 'add', '--name', 'X', '--platform', 'jd', '--currency', 'YUAN'],
        /--currency must be a 3-letter/,
      ],
      [
        ['storefront', 'add', '--name', 'X', '--platform', 'jd', '--timezone', 'Mars/Base'],
        /--timezone must be an IANA/,
      ],
      [['storefront', 'add', '--name', 'X', '--platform', 'jd', '--role', 'boss'], /--role must be one of/],
      [
        ['storefront', 'add', '--name', 'X', '--platform', 'jd', '--commission', '5.555'],
        /--commission must be a percentage/,
      ],
      [['storefront', 'add', '--name', 'X', '--platform', 'jd', '--commission', '101'], /--commission/],
      [
        ['storefront', 'add', '--name', 'X', '--platform', 'jd', '--shipping=-1'],
        /--shipping must be a non-negative amount/,
      ],
      [['storefront', 'add', '--name', 'X', '--platform', 'jd', '--fixed-fee', '0.001'], /--fixed-fee/],
      [['storefront', 'add', '--name', ' shop ', '--platform', 'jd'], /already exists/],
      [['fx', 'add', '--currency', 'US', '--date', '2024-01-01', '--rate', '7'], /--currency/],
      [
        ['fx', 'add', '--currency', 'USD', '--date', '2024-02-30', '--rate', '7'],
        /--date must be a real calendar date/,
      ],
      [
        ['fx', 'add', '--currency', 'USD', '--date', '2024-01-01', '--rate', 'abc'],
        /--rate must be a positive decimal/,
      ],
      [['fx', 'add', '--currency', 'CNY', '--date', '2024-01-01', '--rate', '1'], /base currency/],
      [['init', '--currency', 'XX'], /--currency/],
      [['init', '--lang', 'fr'], /--lang must be zh-CN or en/],
      [['demo'], /only be created in an empty database/],
      [['demo', '--orders=-5'], /--orders must be a whole number/],
    ];
    // Independent and read-only by contract, so they run side by side.
    const runs = await Promise.all(cases.map(([args]) => cli(...args, '--db', db)));
    cases.forEach(([args, message], i) => {
      expect({ args, code: runs[i]!.code }).toEqual({ args, code: 2 });
      expect(runs[i]!.stderr).toMatch(message);
    });
    expect(await listJson()).toEqual(before);
    expect(sha256(db)).toBe(hash);
    const json = await cli('storefront', 'add', '--db', db, '--name', 'X', '--platform', 'myspace', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: '--platform' }] },
    });
  });

  it('answers usage errors with exit 1 and the list of commands', async () => {
    const cases = [
      [],
      ['kpis'],
      ['import', 'orders'],
      ['storefront'],
      ['storefront', 'remove'],
      ['storefront', 'list', '--bogus'],
      ['storefront', 'add', '--platform', 'jd'],
      ['fx', 'add', '--currency'],
      ['backup'],
      ['restore'],
      ['init', 'extra'],
    ];
    const runs = await Promise.all(cases.map((args) => cli(...args, '--db', db)));
    cases.forEach((args, i) => {
      const run = runs[i]!;
      expect({ args, code: run.code }).toEqual({ args, code: 1 });
      expect(run.stderr).toMatch(/Usage: channeldesk <command>/);
      expect(run.stderr).toMatch(/storefront add --name NAME --platform P/);
      expect(run.stdout).toBe('');
    });
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 ok, 1 usage error, 2 input rejected/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('refuses a database from a newer version with exit 3 and leaves it untouched', async () => {
    expect((await cli('init', '--db', db)).code).toBe(0);
    const sqlite = new BetterSqlite3(db);
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    sqlite.close();
    const hash = sha256(db);
    for (const args of [
      ['storefront', 'list'],
      ['init', '--currency', 'USD'],
      ['fx', 'add', '--currency', 'USD', '--date', '2024-01-01', '--rate', '7'],
      ['backup', '--out', path.join(dir, 'b.db')],
      ['check'],
    ]) {
      const run = await cli(...args, '--db', db);
      expect({ args, code: run.code }).toEqual({ args, code: 3 });
      expect(run.stderr + run.stdout).toMatch(/newer/);
    }
    expect(sha256(db)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual(['shop.db']);
    const unreadable = path.join(dir, 'notes.db');
    fs.writeFileSync(unreadable, 'not a database at all'.repeat(100));
    expect((await cli('storefront', 'list', '--db', unreadable)).code).toBe(3);
  });
});
