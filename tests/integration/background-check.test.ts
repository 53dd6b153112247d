import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IntegrityStatus } from '../../shared/domain/backup';
import type { RecoveryStatus } from '../../shared/domain/recovery';
import { readIntegrityRecord } from '../../electron/core/backup/integrity-record';
import { backupName } from '../../electron/core/backup/naming';
import { MAX_PAGE_COUNT_ENV } from '../../electron/core/db/disk-full';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { beginCore, type HostCore } from '../../electron/core/recovery/host';
import { fileState } from '../helpers/db-fingerprint';
import { runCli } from '../helpers/run-cli';
import { backupInto, startHost, storefrontInput, valueOf } from '../helpers/host-core';

/**
 * The open of a big file (recovery/host.ts): the fast path opens it at once and the full integrity_check +
 * foreign_key_check runs in a worker afterwards; an older file is upgraded in a worker while status reports
 * the steps. `fullCheckMaxBytes: 0` makes these small test files take the big-file path.
 */

const fixturesDir = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));
let dir: string;
let db: string;
const hosts: HostCore[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bgcheck-'));
  db = path.join(dir, 'shop.db');
});
afterEach(async () => {
  delete process.env[MAX_PAGE_COUNT_ENV];
  for (const host of hosts.splice(0)) await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const big = { fullCheckMaxBytes: 0 };
const host = async (options = {}) => {
  const h = await startHost(db, options);
  hosts.push(h);
  return h;
};
const statusOf = async (h: HostCore) =>
  valueOf<RecoveryStatus>(await h.dispatch('recovery', 'status', undefined));
const recoveryEvents = (h: { events: { event: string; payload: unknown }[] }) =>
  h.events.filter(
    (e) => e.event === 'data:changed' && (e.payload as { namespace: string }).namespace === 'recovery',
  );

/** A shop of 40 storefronts (each also an audit row) with a good backup; closed, WAL folded in. */
let template: string;
beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bgcheck-template-'));
  const h = await startHost(path.join(template, 'shop.db'));
  try {
    for (let i = 0; i < 40; i++)
      valueOf(await h.dispatch('storefronts', 'create', storefrontInput(`Store ${i}`)));
    await backupInto(h, backupName('automatic', new Date(Date.now() - 3_600_000)));
  } finally {
    await h.close();
  }
  fs.rmSync(path.join(template, 'shop.db.integrity.json'), { force: true });
}, 60_000);
afterAll(() => fs.rmSync(template, { recursive: true, force: true }));

/** Garbage over the root page of the audit log: nothing the fast path or opening reads, found by integrity_check. */
function damageAuditLog(file: string): void {
  const raw = new BetterSqlite3(file, { readonly: true });
  const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").get() as {
    rootpage: number;
  };
  const pageSize = Number(raw.pragma('page_size', { simple: true }));
  raw.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}

describe('the full check in the background and the upgrade in a worker', { timeout: 60_000 }, () => {
  it('a damaged big file opens on the fast path; the background check finds it and switches to recovery', async () => {
    fs.cpSync(template, dir, { recursive: true });
    damageAuditLog(db);
    const h = await host(big);
    expect(h.lastCheck()).toMatchObject({ mode: 'fast', problem: null });
    expect((await statusOf(h)).mode).toBe('normal');

    await h.checked();
    const status = await statusOf(h);
    expect(status).toMatchObject({ mode: 'recovery', problem: { kind: 'damaged' } });
    expect(status.problem!.details.join('\n')).toMatch(/page|tree|corrupt|malformed/i);
    expect(status.latestGood?.kind).toBe('automatic');
    // The page hears it through the event, then every normal call says why.
    expect(recoveryEvents(h).length).toBeGreaterThan(0);
    expect(await h.dispatch('storefronts', 'list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'recoveryMode' },
    });
    expect(readIntegrityRecord(db)).toMatchObject({ ok: false });
    await hosts.pop()!.close();

    // The next start does not open the damaged file again: the record says so and it was not written since.
    const again = await host(big);
    expect(again.lastCheck()).toMatchObject({ mode: 'fast', problem: { kind: 'damaged' } });
    expect((await statusOf(again)).mode).toBe('recovery');
    // Restoring the good backup brings the app back, and the restored file is checked anew.
    valueOf(await again.dispatch('backup', 'restore', { path: status.latestGood!.path }));
    expect((await statusOf(again)).mode).toBe('normal');
    await again.checked();
    expect(valueOf<IntegrityStatus>(await again.dispatch('backup', 'integrity', undefined))).toMatchObject({
      last: { ok: true, problems: [] },
      running: false,
    });
    expect((await statusOf(again)).mode).toBe('normal');
  });

  it('a clean big file: calls are answered while the check runs, and the result is recorded ok', async () => {
    fs.cpSync(template, dir, { recursive: true });
    const h = await host(big);
    expect(h.integrity()).toEqual({ last: null, running: true });
    const list = await h.dispatch('storefronts', 'list', undefined);
    // Answered while the worker was still checking: the check does not hold the connection or the thread.
    expect(h.integrity().running).toBe(true);
    expect(valueOf<unknown[]>(list)).toHaveLength(40);
    valueOf(await h.dispatch('storefronts', 'create', storefrontInput('While checking')));

    await h.checked();
    const answer = valueOf<IntegrityStatus>(await h.dispatch('backup', 'integrity', undefined));
    expect(answer).toMatchObject({
      running: false,
      last: { ok: true, problems: [], schemaVersion: LATEST_SCHEMA_VERSION },
    });
    expect(Date.parse(answer.last!.checkedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await statusOf(h)).mode).toBe('normal');
    expect(recoveryEvents(h).length).toBeGreaterThan(0);
  });

  it('a small file is checked fully before it opens, and that check is recorded too', async () => {
    fs.cpSync(template, dir, { recursive: true });
    const h = await host();
    expect(h.lastCheck()).toMatchObject({ mode: 'integrity_check', problem: null });
    expect(h.integrity()).toMatchObject({ running: false, last: { ok: true } });
  });

  it('`channeldesk check` runs the full check and records it where the app shows it', async () => {
    fs.cpSync(template, dir, { recursive: true });
    damageAuditLog(db);
    const run = await runCli(dir, ['check', '--db', db, '--json']);
    expect(run.code).toBe(3);
    const record = readIntegrityRecord(db);
    expect(record).toMatchObject({ ok: false });
    expect(record!.problems).toEqual((JSON.parse(run.stdout) as { problems: string[] }).problems);
  });

  it('an older file is upgraded in a worker: status says which step, then the file opens', async () => {
    fs.copyFileSync(path.join(fixturesDir, 'v7.db'), db);
    const events: { event: string; payload: unknown }[] = [];
    const h = beginCore({
      dbFile: db,
      locale: 'en-US',
      log: () => undefined,
      emit: (event, payload) => events.push({ event, payload }),
    });
    hosts.push(h);
    const first = await statusOf(h);
    expect(first).toMatchObject({
      mode: 'upgrading',
      upgrade: {
        from: 7,
        to: LATEST_SCHEMA_VERSION,
        total: LATEST_SCHEMA_VERSION - 7,
        current: 'daily_rollups',
      },
    });
    // Any other call waits for the open instead of failing.
    const storefronts = h.dispatch('storefronts', 'list', undefined);
    await h.ready;
    expect((await storefronts).ok).toBe(true);
    expect((await statusOf(h)).mode).toBe('normal');
    expect(Number(h.current()!.ctx.sqlite.pragma('user_version', { simple: true }))).toBe(
      LATEST_SCHEMA_VERSION,
    );
    expect(recoveryEvents({ events }).length).toBeGreaterThanOrEqual(2);
  });

  it('an upgrade that fails (disk full) opens in recovery and leaves the file at its old version', async () => {
    fs.copyFileSync(path.join(fixturesDir, 'v7.db'), db);
    const before = fileState(db);
    // The worker's connection gets the cap too: any migration that grows the file fails with SQLITE_FULL.
    process.env[MAX_PAGE_COUNT_ENV] = String(fs.statSync(db).size / 4096);
    const h = await host();
    const status = await statusOf(h);
    expect(status).toMatchObject({ mode: 'recovery', problem: { kind: 'upgradeFailed' } });
    expect(status.problem!.message).toMatch(/schema version 7/);
    await hosts.pop()!.close();
    delete process.env[MAX_PAGE_COUNT_ENV];
    const raw = new BetterSqlite3(db, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(7);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    expect(fileState(db)).toEqual(before);
  });
});
