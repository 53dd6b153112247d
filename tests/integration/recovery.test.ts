import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RestoreSummary } from '../../shared/domain/backup';
import type { RecoveryStatus } from '../../shared/domain/recovery';
import { backupName } from '../../electron/core/backup/naming';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import type { HostCore } from '../../electron/core/recovery/host';
import {
  backupInto,
  sha256,
  startHost,
  storefrontInput,
  storefrontNames,
  valueOf,
} from '../helpers/host-core';

let dir: string;
let db: string;
const hosts: HostCore[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-recovery-'));
  db = path.join(dir, 'shop.db');
});
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const host = async (options = {}) => {
  const h = await startHost(db, options);
  hosts.push(h);
  return h;
};

/**
 * A shop of 60 storefronts with a good backup in backups/, then one more storefront; closed (WAL folded in).
 * Built once; each test works on its own copy.
 */
let template: string;
beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-recovery-template-'));
  const h = await startHost(path.join(template, 'shop.db'));
  try {
    for (let i = 0; i < 60; i++)
      valueOf(await h.dispatch('storefronts', 'create', storefrontInput(`Store ${i}`)));
    await backupInto(h, backupName('automatic', new Date(Date.now() - 3_600_000)));
    valueOf(await h.dispatch('storefronts', 'create', storefrontInput('After the backup')));
  } finally {
    await h.close();
  }
}, 60_000);
afterAll(() => fs.rmSync(template, { recursive: true, force: true }));

async function shopWithBackup(): Promise<{ good: string; inBackup: string[] }> {
  fs.cpSync(template, dir, { recursive: true });
  expect(fs.existsSync(`${db}-wal`)).toBe(false);
  const [name] = fs.readdirSync(path.join(dir, 'backups'));
  const good = path.join(dir, 'backups', name!);
  return { good, inBackup: storefrontNames(good) };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    fs.closeSync(fd);
  }
}

const pageSize = 4096;
const damages: [
  string,
  (file: string) => void,
  RecoveryStatus['problem'] extends infer P ? (P extends { kind: infer K } ? K : never) : never,
][] = [
  [
    'pages cut off the end',
    (f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / pageSize / 2) * pageSize),
    'damaged',
  ],
  [
    'garbage over pages in the middle',
    (f) => {
      const pages = fs.statSync(f).size / pageSize;
      overwrite(f, Math.floor(pages / 2) * pageSize, Buffer.alloc(3 * pageSize, 0x5a));
    },
    'damaged',
  ],
  ['a garbage header', (f) => overwrite(f, 0, crypto.randomBytes(100)), 'unreadable'],
];

describe('integrity on open and the recovery state', { timeout: 60_000 }, () => {
  it.each(damages)(
    'a database with %s opens in recovery, untouched, and the latest good backup brings it back',
    async (_name, damage, kind) => {
      const { good, inBackup } = await shopWithBackup();
      // A newer backup that is itself garbage must not be offered.
      fs.writeFileSync(path.join(dir, 'backups', backupName('automatic')), crypto.randomBytes(8192));
      damage(db);
      const damagedHash = sha256(db);

      const h = await host();
      const status = valueOf<RecoveryStatus>(await h.dispatch('recovery', 'status', undefined));
      expect(status).toMatchObject({
        mode: 'recovery',
        dbFile: db,
        problem: { kind },
        latestGood: { path: good, kind: 'automatic' },
      });
      expect(status.problem!.details.length).toBeGreaterThan(0);
      expect(sha256(db)).toBe(damagedHash);
      // Every normal call says why instead of failing somewhere inside.
      for (const [ns, method, input] of [
        ['storefronts', 'list', undefined],
        ['settings', 'get', undefined],
        ['backup', 'start', undefined],
        ['orders', 'get', { id: 'o1' }],
      ] as const) {
        expect(await h.dispatch(ns, method, input)).toMatchObject({
          ok: false,
          error: { code: 'CONFLICT', key: 'recoveryMode' },
        });
      }
      // Bad input is still INVALID_INPUT, as in normal mode.
      expect(await h.dispatch('backup', 'restore', { path: 'relative.db' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });

      const restored = valueOf<RestoreSummary>(await h.dispatch('backup', 'restore', { path: good }));
      expect(restored).toMatchObject({ restoredFrom: good, schemaVersion: LATEST_SCHEMA_VERSION });
      expect(path.basename(restored.preRestoreBackup!)).toMatch(/^pre-restore-.+\.db$/);
      expect(valueOf<RecoveryStatus>(await h.dispatch('recovery', 'status', undefined))).toMatchObject({
        mode: 'normal',
        problem: null,
      });
      const names = valueOf<{ name: string }[]>(await h.dispatch('storefronts', 'list', undefined)).map(
        (s) => s.name,
      );
      expect(names.sort()).toEqual([...inBackup].sort());
      expect(names).toHaveLength(60);
      expect(valueOf(await h.dispatch('backup', 'check', undefined))).toEqual({
        ok: true,
        schemaVersion: LATEST_SCHEMA_VERSION,
        problems: [],
      });
      // The app works normally again, on the restored file.
      valueOf(await h.dispatch('storefronts', 'create', storefrontInput('After recovery')));
      await hosts.pop()!.close();
      expect(storefrontNames(db)).toContain('After recovery');
      expect(h.events.some((e) => e.event === 'data:changed')).toBe(true);
    },
  );

  it('a database from a newer ChannelDesk is refused, never modified, and cannot be restored over', async () => {
    const { good } = await shopWithBackup();
    const raw = new BetterSqlite3(db);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const hash = sha256(db);
    let quits = 0;
    const h = await host({ onQuit: () => quits++ });
    expect(valueOf<RecoveryStatus>(await h.dispatch('recovery', 'status', undefined))).toMatchObject({
      mode: 'recovery',
      canQuit: true,
      problem: { kind: 'tooNew', found: LATEST_SCHEMA_VERSION + 1, known: LATEST_SCHEMA_VERSION },
    });
    expect(await h.dispatch('backup', 'restore', { path: good })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'restoreOverNewer' },
    });
    expect(valueOf(await h.dispatch('recovery', 'quit', undefined))).toEqual({ quitting: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(quits).toBe(1);
    await hosts.pop()!.close();
    expect(sha256(db)).toBe(hash);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith('pre-restore-'))).toEqual([]);
  });

  it('a file that is not a ChannelDesk database opens in recovery with nothing to offer, and is left alone', async () => {
    const foreign = new BetterSqlite3(db);
    foreign.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
    foreign.close();
    const hash = sha256(db);
    const h = await host();
    expect(valueOf<RecoveryStatus>(await h.dispatch('recovery', 'status', undefined))).toMatchObject({
      mode: 'recovery',
      canQuit: false,
      latestGood: null,
      problem: { kind: 'unreadable', details: ['it has tables but no settings table'] },
    });
    expect(valueOf(await h.dispatch('backup', 'list', undefined))).toEqual([]);
    expect(valueOf(await h.dispatch('recovery', 'quit', undefined))).toEqual({ quitting: false });
    // No dialogs here (like the preview): the file is typed.
    expect(valueOf(await h.dispatch('files', 'choose', { purpose: 'backupRestore' }))).toEqual({
      path: null,
      manual: true,
    });
    await hosts.pop()!.close();
    expect(sha256(db)).toBe(hash);
  });

  it('a restore from a bad file in recovery is refused and changes nothing', async () => {
    await shopWithBackup();
    overwrite(db, 0, crypto.randomBytes(100));
    const hash = sha256(db);
    const garbage = path.join(dir, 'elsewhere.db');
    fs.writeFileSync(garbage, crypto.randomBytes(4096));
    const h = await host();
    expect(await h.dispatch('backup', 'restore', { path: garbage })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'backupInvalid' },
    });
    expect(valueOf<RecoveryStatus>(await h.dispatch('recovery', 'status', undefined)).mode).toBe('recovery');
    expect(sha256(db)).toBe(hash);
  });

  it('a healthy file opens normally; the check runs read-only before anything writes', async () => {
    await shopWithBackup();
    const h = await host();
    expect(h.lastCheck()).toMatchObject({ problem: null, mode: 'integrity_check' });
    expect(valueOf<RecoveryStatus>(await h.dispatch('recovery', 'status', undefined))).toMatchObject({
      mode: 'normal',
    });
    expect(valueOf<{ name: string }[]>(await h.dispatch('storefronts', 'list', undefined))).toHaveLength(61);
  });
});
