import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntegrityReport } from '../../shared/domain/backup';
import { createCore, type Core } from '../../electron/core/app';
import { checkIntegrity } from '../../electron/core/backup/service';
import { restoreDatabase, validateBackupFile } from '../../electron/core/backup/restore';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { inspectDatabase } from '../../electron/cli/commands/check';

let dir: string;
const open: Core[] = [];
afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function newCore(file = 'shop.db'): Promise<Core> {
  const core = await createCore({ dbFile: path.join(dir, file), locale: 'en-US' });
  open.push(core);
  return core;
}

const sha256 = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const storefront = (name: string) => ({
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
const names = (file: string): string[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM storefronts ORDER BY name').all() as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    db.close();
  }
};

/** Several MB of rows, so a backup takes many steps (room for concurrent writes and a cancel). */
function bulk(core: Core, megabytes: number): void {
  core.ctx.sqlite.exec('CREATE TABLE IF NOT EXISTS ballast (id INTEGER PRIMARY KEY, data BLOB) STRICT');
  const insert = core.ctx.sqlite.prepare('INSERT INTO ballast (data) VALUES (?)');
  core.ctx.sqlite.transaction(() => {
    for (let i = 0; i < megabytes * 16; i++) insert.run(crypto.randomBytes(64 * 1024));
  })();
}

describe('backup and restore', () => {
  it('backs up a consistent copy while another connection keeps writing', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-backup-'));
    const core = await newCore();
    bulk(core, 8);
    const out = path.join(dir, 'copy.db');
    const job = core.ctx.jobs.start('backup', { dbFile: core.ctx.dbFile, outFile: out });
    const writer = new BetterSqlite3(core.ctx.dbFile);
    const insert = writer.prepare(
      'INSERT INTO audit_log (at, entity, entity_id, action) VALUES (?, ?, ?, ?)',
    );
    let writes = 0;
    // Bounded: every write by another connection restarts SQLite's online backup.
    while (core.ctx.jobs.get(job.id).state === 'running' && writes < 100) {
      insert.run(new Date().toISOString(), 'test', String(writes), 'write');
      writes++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    writer.close();
    const ended = await core.ctx.jobs.wait(job.id);
    expect(ended).toMatchObject({ state: 'done', message: out });
    expect(writes).toBeGreaterThan(0);
    const copy = new BetterSqlite3(out, { readonly: true });
    try {
      expect(checkIntegrity(copy)).toEqual({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, problems: [] });
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const copied = (
        copy.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'test'").get() as { n: number }
      ).n;
      expect(copied).toBeGreaterThanOrEqual(0);
      expect(copied).toBeLessThanOrEqual(writes);
      expect(copy.prepare('SELECT count(*) AS n FROM ballast').get()).toEqual({ n: 8 * 16 });
    } finally {
      copy.close();
    }
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
  });

  it('leaves no file behind when a backup is cancelled', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-backup-'));
    const core = await newCore();
    bulk(core, 16);
    const out = path.join(dir, 'cancelled.db');
    const job = core.ctx.jobs.start('backup', { dbFile: core.ctx.dbFile, outFile: out });
    expect(core.ctx.jobs.cancel(job.id).state).toBe('running');
    const ended = await core.ctx.jobs.wait(job.id);
    expect(ended.state).toBe('cancelled');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
    expect(await core.dispatch('jobs', 'cancel', { id: job.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('restores a good backup, keeping the current database first', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-backup-'));
    const core = await newCore();
    await core.dispatch('storefronts', 'create', storefront('Before backup'));
    const job = core.ctx.jobs.start('backup', {
      dbFile: core.ctx.dbFile,
      outFile: path.join(dir, 'backups', 'b1.db'),
    });
    const { message: backupFile } = await core.ctx.jobs.wait(job.id);
    await core.dispatch('storefronts', 'create', storefront('After backup'));
    await open.pop()!.close();

    const result = await restoreDatabase({
      dbFile: path.join(dir, 'shop.db'),
      dataDir: dir,
      from: backupFile!,
    });
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(result.preRestoreBackup).toMatch(/backups[/\\]pre-restore-.+\.db$/);
    expect(names(result.preRestoreBackup!)).toEqual(['After backup', 'Before backup']);
    expect(fs.existsSync(path.join(dir, 'shop.db-wal'))).toBe(false);

    const reopened = await newCore();
    const list = await reopened.dispatch('storefronts', 'list', undefined);
    expect(list.ok && (list.value as { name: string }[]).map((s) => s.name)).toEqual(['Before backup']);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.restore-'))).toEqual([]);
  });

  it('refuses bad files and leaves the current database untouched', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-backup-'));
    const core = await newCore();
    await core.dispatch('storefronts', 'create', storefront('Keep me'));
    await open.pop()!.close();
    const dbFile = path.join(dir, 'shop.db');
    const hash = sha256(dbFile);

    const garbage = path.join(dir, 'garbage.db');
    fs.writeFileSync(garbage, crypto.randomBytes(8192));
    const foreign = path.join(dir, 'foreign.db');
    new BetterSqlite3(foreign).exec('CREATE TABLE notes (text TEXT)');
    const future = path.join(dir, 'future.db');
    fs.copyFileSync(dbFile, future);
    const f = new BetterSqlite3(future);
    f.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    f.close();

    const cases: [string, RegExp][] = [
      [garbage, /not a readable SQLite database/],
      [foreign, /not a ChannelDesk database/],
      [future, /newer ChannelDesk/],
      [path.join(dir, 'missing.db'), /does not exist/],
      [dbFile, /being replaced/],
    ];
    for (const [file, reason] of cases) {
      const error = await restoreDatabase({ dbFile, dataDir: dir, from: file }).catch((err: unknown) => err);
      expect(error, file).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(reason) });
    }
    expect(sha256(dbFile)).toBe(hash);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    expect(names(dbFile)).toEqual(['Keep me']);
  });

  it('check reports a healthy database as ok and a damaged copy with its problems', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-backup-'));
    const core = await newCore();
    for (let i = 0; i < 200; i++) await core.dispatch('storefronts', 'create', storefront(`Store ${i}`));
    expect(await core.dispatch('backup', 'check', undefined)).toEqual({
      ok: true,
      value: { ok: true, schemaVersion: LATEST_SCHEMA_VERSION, problems: [] } satisfies IntegrityReport,
    });
    const job = core.ctx.jobs.start('backup', {
      dbFile: core.ctx.dbFile,
      outFile: path.join(dir, 'copy.db'),
    });
    const copy = (await core.ctx.jobs.wait(job.id)).message!;
    expect(validateBackupFile(copy)).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION });

    // Damage 1: a dangling foreign key.
    const orphan = path.join(dir, 'orphan.db');
    fs.copyFileSync(copy, orphan);
    const o = new BetterSqlite3(orphan);
    o.pragma('foreign_keys = OFF');
    o.prepare("INSERT INTO storefront_category_commissions VALUES ('gone', 'x', 1)").run();
    o.close();
    expect(inspectDatabase(orphan)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/foreign key: storefront_category_commissions/)],
    });

    // Damage 2: garbage bytes over the name index's pages.
    const damaged = path.join(dir, 'damaged.db');
    fs.copyFileSync(copy, damaged);
    const d = new BetterSqlite3(damaged, { readonly: true });
    const { rootpage } = d
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'storefronts_name_unique'")
      .get() as { rootpage: number };
    const pageSize = Number(d.pragma('page_size', { simple: true }));
    d.close();
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize - 200, 0x5a), 0, pageSize - 200, (rootpage - 1) * pageSize + 100);
    fs.closeSync(fd);
    const report = inspectDatabase(damaged);
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(() => validateBackupFile(damaged)).toThrow(/integrity check failed/);
  });
});
