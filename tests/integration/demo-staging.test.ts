import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createStagedDemo } from '../../electron/core/demo/demo-staging';
import { createStorefront } from '../../electron/core/storefronts/service';
import { readSettingRows, writeSettingRows } from '../../electron/core/settings/repo';
import type { StorefrontFields } from '../../shared/api/schemas/storefronts';
import { storefrontInput } from '../helpers/host-core';
import { tempCore } from '../helpers/temp-core';

/**
 * The staging file behind demos of more than 50,000 orders (demo-staging.ts): the build writes into a file
 * beside the database, which receives it as one copy at the end — or not at all. The kill -9 points are in
 * tests/faults/crash-files.test.ts; here the outcomes in one process.
 */
const storefront = (name: string): StorefrontFields => ({
  ...storefrontInput(name),
  platform: 'website',
  role: 'core',
});

let core: Awaited<ReturnType<typeof tempCore>> | undefined;
afterEach(async () => {
  await core?.cleanup();
  core = undefined;
});

const names = (c: NonNullable<typeof core>) =>
  (c.ctx.sqlite.prepare('SELECT name FROM storefronts ORDER BY name').all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('the staged demo', { timeout: 60_000 }, () => {
  it('copies what the build wrote into the database, keeps its settings, and removes the staging file', async () => {
    core = await tempCore();
    await writeSettingRows(core.ctx.db, { language: 'zh-CN' });
    const staging = `${core.ctx.dbFile}.demo-partial`;
    // A staging file left by a killed run is replaced, never copied in.
    fs.writeFileSync(staging, 'left by a killed run');
    const built = await createStagedDemo(core.ctx.db, core.ctx.sqlite, async ({ db }) => {
      expect((await readSettingRows(db)).get('language')).toBe('zh-CN');
      await createStorefront(db, storefront('Staged A'));
      await createStorefront(db, storefront('Staged B'));
      await writeSettingRows(db, { demo: true });
      return 'built';
    });
    expect(built).toBe('built');
    // The app's own connection sees the copied shop at once.
    expect(names(core)).toEqual(['Staged A', 'Staged B']);
    const settings = await readSettingRows(core.ctx.db);
    expect([settings.get('language'), settings.get('demo')]).toEqual(['zh-CN', true]);
    expect(core.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fs.existsSync(staging)).toBe(false);
    expect(fs.existsSync(`${staging}-wal`)).toBe(false);
  });

  it('a build that fails leaves the database as it was and no staging file', async () => {
    core = await tempCore();
    await createStorefront(core.ctx.db, storefront('Before'));
    const before = names(core);
    await expect(
      createStagedDemo(core.ctx.db, core.ctx.sqlite, async ({ db }) => {
        await createStorefront(db, storefront('Half-built'));
        throw new Error('disk full half-way');
      }),
    ).rejects.toThrow('disk full half-way');
    expect(names(core)).toEqual(before);
    expect(fs.existsSync(`${core.ctx.dbFile}.demo-partial`)).toBe(false);
  });
});
