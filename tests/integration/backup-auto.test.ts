import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../shared/domain/backup';
import type { JobInfo } from '../../shared/domain/jobs';
import { backupName } from '../../electron/core/backup/naming';
import { validateBackupFile } from '../../electron/core/backup/restore';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import type { HostCore } from '../../electron/core/recovery/host';
import { startHost, storefrontInput, storefrontNames, valueOf } from '../helpers/host-core';

let dir: string;
let db: string;
const hosts: HostCore[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-autobackup-'));
  db = path.join(dir, 'shop.db');
});
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;
const host = async (options = {}) => {
  const h = await startHost(db, options);
  hosts.push(h);
  return h;
};
const closeLast = () => hosts.pop()!.close();
const backups = (): BackupFile[] => {
  const folder = path.join(dir, 'backups');
  return fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .sort()
        .map((name) => ({ name }) as BackupFile)
    : [];
};
const automatic = () => backups().filter((b) => b.name.startsWith('channeldesk-auto-'));

/** A shop that exists before the app starts (automatic backups skip a shop created by this very start). */
async function existingShop(): Promise<void> {
  const h = await host();
  valueOf(await h.dispatch('storefronts', 'create', storefrontInput('Shop A')));
  await closeLast();
}

describe('automatic daily backups', { timeout: 120_000 }, () => {
  it('takes one at start when none is a day old, through the backup job, and not again on the next start', async () => {
    await existingShop();
    const h = await host({ autoBackup: true });
    const job = (await h.autoBackups()!.current()) as JobInfo;
    expect(job).toMatchObject({ kind: 'backup', state: 'done' });
    const [first] = automatic();
    expect(first!.name).toMatch(/^channeldesk-auto-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/);
    const file = path.join(dir, 'backups', first!.name);
    expect(job.message).toBe(file);
    expect(validateBackupFile(file)).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION });
    expect(storefrontNames(file)).toEqual(['Shop A']);
    const listed = valueOf<BackupFile[]>(await h.dispatch('backup', 'list', undefined));
    expect(listed).toMatchObject([{ name: first!.name, kind: 'automatic', path: file }]);
    await closeLast();

    const again = await host({ autoBackup: true });
    expect(await again.autoBackups()!.current()).toBeNull();
    expect(automatic()).toHaveLength(1);
    await closeLast();

    // A day later the next start takes the next one.
    const later = await host({ autoBackup: { now: () => new Date(Date.now() + DAY + 60_000) } });
    expect(await later.autoBackups()!.current()).toMatchObject({ state: 'done' });
    expect(automatic()).toHaveLength(2);
  });

  it('takes none for a shop created by this start', async () => {
    const h = await host({ autoBackup: true });
    expect(await h.autoBackups()!.current()).toBeNull();
    expect(backups()).toEqual([]);
  });

  it('keeps backing up on a timer while running, and the timer stops when the core closes', async () => {
    await existingShop();
    const h = await host({ autoBackup: { intervalMs: 400 } });
    // Each backup is a worker job: on a loaded 2-core machine one takes several seconds to start.
    await expect.poll(() => automatic().length, { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(2);
    await h.autoBackups()!.current();
    await closeLast();
    const count = automatic().length;
    // Proving an absence takes time passing: three intervals with the core closed add nothing.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(automatic()).toHaveLength(count);
    expect(backups().filter((b) => b.name.endsWith('.partial'))).toEqual([]);
  });

  it('prunes by the retention settings after each automatic backup, never touching manual or pre-restore copies', async () => {
    await existingShop();
    const setup = await host();
    valueOf(
      await setup.dispatch('settings', 'update', { backupKeepDays: 2, backupKeepWeeks: 1, timezone: 'UTC' }),
    );
    // A real earlier backup, copied under old names: one a day for 20 days, plus manual and pre-restore ones.
    const made = (
      await setup
        .current()!
        .ctx.jobs.wait(valueOf<JobInfo>(await setup.dispatch('backup', 'start', undefined)).id)
    ).message!;
    await closeLast();
    const now = new Date('2026-06-18T12:00:00.000Z'); // a Thursday
    const folder = path.join(dir, 'backups');
    for (let d = 1; d <= 20; d++)
      fs.copyFileSync(made, path.join(folder, backupName('automatic', new Date(now.getTime() - d * DAY))));
    const oldManual = backupName('manual', new Date('2025-01-01T00:00:00.000Z'));
    const oldPre = backupName('preRestore', new Date('2025-01-02T00:00:00.000Z'));
    fs.copyFileSync(made, path.join(folder, oldManual));
    fs.copyFileSync(made, path.join(folder, oldPre));
    fs.writeFileSync(path.join(folder, 'my-own-copy.db'), 'not ours');

    const h = await host({ autoBackup: { now: () => now } });
    expect(await h.autoBackups()!.current()).toMatchObject({ state: 'done' });
    expect(backups().map((b) => b.name)).toEqual(
      [
        backupName('automatic', now), // today's, just taken
        backupName('automatic', new Date(now.getTime() - DAY)), // yesterday (2 days)
        // This ISO week (Mon 15 – Sun 21) already has today's: no older weekly copy is needed.
        path.basename(made), // "back up now" copy from the setup: manual
        oldManual,
        oldPre,
        'my-own-copy.db',
      ].sort(),
    );
  });
});

describe('backup to a chosen file', { timeout: 60_000 }, () => {
  it('writes a valid backup where the person chose, and refuses a missing folder or the database itself', async () => {
    await existingShop();
    const h = await host();
    const out = path.join(dir, 'usb-stick', 'shop-backup.db');
    expect(await h.dispatch('backup', 'saveTo', { path: out })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'folderMissing' },
    });
    expect(fs.existsSync(path.dirname(out))).toBe(false);
    for (const target of [db, `${db}-wal`, dir]) {
      expect(await h.dispatch('backup', 'saveTo', { path: target })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', key: 'backupTargetInvalid' },
      });
    }
    fs.mkdirSync(path.dirname(out));
    const job = valueOf<JobInfo>(await h.dispatch('backup', 'saveTo', { path: out }));
    expect(await h.current()!.ctx.jobs.wait(job.id)).toMatchObject({ state: 'done', message: out });
    expect(validateBackupFile(out)).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION });
    expect(storefrontNames(out)).toEqual(['Shop A']);
    // Not in the data folder's list: it went where the person put it.
    expect(valueOf<BackupFile[]>(await h.dispatch('backup', 'list', undefined))).toEqual([]);
  });

  it('in the app only a path picked in the dialog is accepted', async () => {
    await existingShop();
    const picked = path.join(dir, 'picked.db');
    const h = await host({ fileDialogs: { show: async () => picked } });
    expect(await h.dispatch('backup', 'saveTo', { path: path.join(dir, 'typed.db') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', key: 'notPicked' },
    });
    expect(
      valueOf(await h.dispatch('files', 'choose', { purpose: 'backupSave', defaultName: 'b.db' })),
    ).toEqual({
      path: picked,
      manual: false,
    });
    const job = valueOf<JobInfo>(await h.dispatch('backup', 'saveTo', { path: picked }));
    expect(await h.current()!.ctx.jobs.wait(job.id)).toMatchObject({ state: 'done' });
    expect(storefrontNames(picked)).toEqual(['Shop A']);
  });
});
