import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestoreSummary } from '../../shared/domain/backup';
import type { Result } from '../../shared/api/result';
import type { HostCore } from '../../electron/core/recovery/host';
import { inspectDatabase } from '../../electron/cli/commands/check';
import { backupInto, startHost, storefrontInput, storefrontNames, valueOf } from '../helpers/host-core';

let dir: string;
let db: string;
let host: HostCore;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-live-restore-'));
  db = path.join(dir, 'shop.db');
  host = await startHost(db);
});
afterEach(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const create = (name: string) => host.dispatch('storefronts', 'create', storefrontInput(name));

describe('restore while the app has the database open', { timeout: 60_000 }, () => {
  it('closes the app’s connection, swaps the file and reopens it: no stale handle writes to the old file', async () => {
    valueOf(await create('In the backup'));
    const backup = await backupInto(host, 'channeldesk-manual-2026-01-01T00-00-00-000Z.db');
    valueOf(await create('Only before the restore'));
    const oldCore = host.current()!;

    const summary = valueOf<RestoreSummary>(await host.dispatch('backup', 'restore', { path: backup }));
    expect(oldCore.ctx.sqlite.open).toBe(false);
    expect(host.current()).not.toBe(oldCore);
    expect(host.current()!.ctx.sqlite.open).toBe(true);
    expect(storefrontNames(summary.preRestoreBackup!)).toEqual(['In the backup', 'Only before the restore']);

    // Writes after the restore land in the restored file, and only there.
    valueOf(await create('After the restore'));
    await host.close();
    expect(storefrontNames(db)).toEqual(['After the restore', 'In the backup']);
    expect(storefrontNames(summary.preRestoreBackup!)).toEqual(['In the backup', 'Only before the restore']);
    expect(inspectDatabase(db)).toMatchObject({ ok: true, problems: [] });
    // Pages reload on data:changed for every area.
    host = await startHost(db);
  });

  it('with writes arriving during the restore: each accepted write is in exactly one file, refused ones nowhere', async () => {
    for (let i = 0; i < 20; i++) valueOf(await create(`Base ${i}`));
    const backup = await backupInto(host, 'channeldesk-manual-2026-01-01T00-00-00-000Z.db');
    const restoring = host.dispatch('backup', 'restore', { path: backup });
    const writes: [string, Result<unknown>][] = [];
    // Keep writing until the restore has answered (and a little after, on the new file).
    let i = 0;
    let done = false;
    let afterDone = 0;
    void restoring.then(() => (done = true));
    while (afterDone < 5) {
      if (done) afterDone++;
      const name = `During ${i++}`;
      writes.push([name, await create(name)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const summary = valueOf<RestoreSummary>(await restoring);
    await host.close();

    const before = new Set(storefrontNames(summary.preRestoreBackup!));
    const after = new Set(storefrontNames(db));
    const refused = writes.filter(([, r]) => !r.ok);
    for (const [, r] of refused)
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'restoring' } });
    for (const [name, r] of writes) {
      const places = Number(before.has(name)) + Number(after.has(name));
      expect(places, name).toBe(r.ok ? 1 : 0);
    }
    expect(writes.filter(([name]) => after.has(name)).length).toBeGreaterThanOrEqual(5);
    expect(inspectDatabase(db)).toMatchObject({ ok: true });
    host = await startHost(db);
  });

  it('refuses to restore while an import is running, and a bad file without closing anything', async () => {
    valueOf(await create('Keep'));
    const core = host.current()!;
    const bad = path.join(dir, 'bad.db');
    fs.writeFileSync(bad, 'not a database at all, not even close');
    expect(await host.dispatch('backup', 'restore', { path: bad })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'backupInvalid' },
    });
    expect(host.current()).toBe(core);
    expect(core.ctx.sqlite.open).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);

    const good = await backupInto(host, 'channeldesk-manual-2026-01-01T00-00-00-000Z.db');
    const job = core.ctx.jobs.start('importOrders', {
      dbFile: core.ctx.dbFile,
      storefrontId: 'no-such-id',
      files: [path.join(dir, 'orders_export_1.csv')],
      format: 'shopify',
    });
    expect(await host.dispatch('backup', 'restore', { path: good })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'restoreJobsRunning', params: { kinds: 'importOrders' } },
    });
    await core.ctx.jobs.wait(job.id);
    expect(host.current()).toBe(core);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith('pre-restore-'))).toEqual([]);
  });
});
