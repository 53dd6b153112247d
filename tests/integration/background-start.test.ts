import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIntegrityRecord } from '../../electron/core/backup/integrity-record';
import { listBackups } from '../../electron/core/backup/service';
import type { HostCore } from '../../electron/core/recovery/host';
import { startHost, storefrontInput, valueOf } from '../helpers/host-core';

/**
 * The open's background work (recovery/host.ts `backgroundStart`, quiet-start.ts): the full check of a big
 * file and the start's automatic backup begin only once the window's first calls are answered and it has
 * gone quiet, so they do not take the disk and a core from the dashboard's first figures.
 * `fullCheckMaxBytes: 0` makes this small file take the big-file path.
 */
const QUIET_MS = 300;
const options = {
  fullCheckMaxBytes: 0,
  autoBackup: true,
  backgroundStart: { quietMs: QUIET_MS, maxWaitMs: 60_000 },
};

let dir: string;
let db: string;
const hosts: HostCore[] = [];
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-bgstart-'));
  db = path.join(dir, 'shop.db');
  // A shop that existed before this start (a new one has nothing worth backing up).
  const first = await startHost(db);
  valueOf(await first.dispatch('storefronts', 'create', storefrontInput('Tmall')));
  await first.close();
});
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const automaticBackups = () => listBackups(dir).filter((b) => b.kind === 'automatic');

describe('background work waits for the first answers', { timeout: 60_000 }, () => {
  it('starts neither the full check nor the backup until the calls are answered and it went quiet', async () => {
    const h = await startHost(db, options);
    hosts.push(h);
    expect(h.lastCheck()).toMatchObject({ mode: 'fast', problem: null });
    expect(h.integrity()).toEqual({ last: null, running: false });
    expect(h.autoBackups()).toBeNull();

    // The window's first figures: answered on a disk nobody else is reading.
    const answer = await h.dispatch('storefronts', 'list', undefined);
    const answeredAt = Date.now();
    expect(valueOf<{ name: string }[]>(answer).map((s) => s.name)).toEqual(['Tmall']);
    expect(h.integrity().running).toBe(false);
    expect(h.autoBackups()).toBeNull();

    await h.checked();
    const record = readIntegrityRecord(db);
    expect(record).toMatchObject({ ok: true, problems: [] });
    // The check began (its end minus its duration) no sooner than the quiet after the answer.
    expect(Date.parse(record!.checkedAt) - record!.ms).toBeGreaterThanOrEqual(answeredAt + QUIET_MS - 50);
    await h.autoBackups()!.current();
    expect(automaticBackups()).toHaveLength(1);
  });

  it('a host closed while waiting starts nothing, and checked() does not hang', async () => {
    const h = await startHost(db, options);
    valueOf(await h.dispatch('storefronts', 'list', undefined));
    await h.close();
    await h.checked();
    expect(readIntegrityRecord(db)).toBeNull();
    expect(automaticBackups()).toHaveLength(0);
  });

  it('without backgroundStart (scripts, tests) the check starts with the open, as before', async () => {
    const h = await startHost(db, { fullCheckMaxBytes: 0 });
    hosts.push(h);
    expect(h.integrity().running).toBe(true);
    await h.checked();
    expect(readIntegrityRecord(db)).toMatchObject({ ok: true });
  });
});
