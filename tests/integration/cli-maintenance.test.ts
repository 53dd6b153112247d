import crypto from 'node:crypto';
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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-cli-maint-'));
  db = path.join(dir, 'shop.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(path.join(dir, 'default-data'), args);
const listJson = async (file = db): Promise<{ name: string }[]> =>
  JSON.parse((await cli('storefront', 'list', '--db', file, '--json')).stdout) as { name: string }[];

describe('channeldesk CLI: backup, check, restore, demo', { timeout: 120_000 }, () => {
  it('backs up, checks and restores, keeping the replaced database', async () => {
    expect((await cli('init', '--db', db)).code).toBe(0);
    expect(
      (await cli('storefront', 'add', '--db', db, '--name', 'In backup', '--platform', 'website')).code,
    ).toBe(0);
    const out = path.join(dir, 'exports', 'backup.db');
    const backup = await cli('backup', '--db', db, '--out', out, '--json');
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toEqual({ file: out, sizeBytes: fs.statSync(out).size });
    expect((await cli('backup', '--db', db, '--out', out)).stdout.trim()).toBe(out);

    const check = await cli('check', '--db', out, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({
      ok: true,
      schemaVersion: LATEST_SCHEMA_VERSION,
      problems: [],
    });

    expect(
      (await cli('storefront', 'add', '--db', db, '--name', 'After backup', '--platform', 'website')).code,
    ).toBe(0);
    const bad = path.join(dir, 'bad.db');
    fs.writeFileSync(bad, crypto.randomBytes(4096));
    const hash = sha256(db);
    const refused = await cli('restore', bad, '--db', db);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cannot be restored.*left untouched/);
    expect(sha256(db)).toBe(hash);

    const restore = await cli('restore', out, '--db', db, '--json');
    expect(restore.code).toBe(0);
    const restored = JSON.parse(restore.stdout) as { preRestoreBackup: string; schemaVersion: number };
    expect(restored).toMatchObject({ file: db, restoredFrom: out, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(path.dirname(restored.preRestoreBackup)).toBe(path.join(dir, 'backups'));
    expect((await listJson()).map((s) => s.name)).toEqual(['In backup']);
    expect((await listJson(restored.preRestoreBackup)).map((s) => s.name)).toEqual([
      'After backup',
      'In backup',
    ]);

    // A damaged copy: check lists the problem and exits 3.
    const orphan = new BetterSqlite3(out);
    orphan.pragma('foreign_keys = OFF');
    orphan.prepare("INSERT INTO storefront_category_commissions VALUES ('gone', 'x', 1)").run();
    orphan.close();
    const damaged = await cli('check', '--db', out, '--json');
    expect(damaged.code).toBe(3);
    expect(JSON.parse(damaged.stdout)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/foreign key/)],
    });
    expect((await cli('check', '--db', path.join(dir, 'missing.db'))).code).toBe(3);
  });

  it('creates the demo shop with its orders in an empty database', async () => {
    const run = await cli('demo', '--db', db, '--orders', '500', '--seed', '42', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      file: db,
      staff: 5,
      orders: 500,
      storefronts: expect.arrayContaining(['天猫旗舰店', 'Shopify Global']),
    });
    expect((await listJson()).length).toBe(5);
  });

  it('uses the data folder for the default database', async () => {
    const run = await cli('init', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: path.join(dir, 'default-data', 'channeldesk.db') });
  });
});
