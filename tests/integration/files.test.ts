import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/app';
import type { FileDialogRequest } from '../../electron/core/files/dialogs';
import { tempCore } from '../helpers/temp-core';

let dir: string;
let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The host's native dialog is the one thing played here: it "picks" the next queued path. */
async function appCore(answers: (string | null)[]) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-files-'));
  const asked: FileDialogRequest[] = [];
  core = await createCore({
    dbFile: path.join(dir, 'shop.db'),
    locale: 'zh-CN',
    fileDialogs: {
      show: async (request) => {
        asked.push(request);
        return answers.shift() ?? null;
      },
    },
  });
  return { core, asked };
}

describe('files.choose and the picked-path rule', () => {
  it('asks the host for a save dialog in the shop language and lets only the picked path be written', async () => {
    const picked = path.join(os.tmpdir(), `picked-${process.pid}-${Date.now()}.xlsx`);
    const { core, asked } = await appCore([picked]);
    const choice = await core.dispatch('files', 'choose', {
      purpose: 'catalogExport',
      defaultName: 'p.xlsx',
    });
    expect(choice).toEqual({ ok: true, value: { path: picked, manual: false } });
    expect(asked).toEqual([
      {
        mode: 'save',
        purpose: 'catalogExport',
        defaultName: 'p.xlsx',
        title: '导出商品',
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      },
    ]);
    const written = await core.dispatch('catalog', 'exportProducts', { path: picked, lang: 'en' });
    expect(written).toMatchObject({ ok: true, value: { path: picked } });
    expect(fs.existsSync(picked)).toBe(true);
    fs.rmSync(picked);

    const elsewhere = path.join(dir, 'not-picked.xlsx');
    const refused = await core.dispatch('catalog', 'exportProducts', { path: elsewhere, lang: 'en' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'notPicked' } });
    expect(fs.existsSync(elsewhere)).toBe(false);
    const imported = await core.dispatch('catalog', 'importProducts', { path: elsewhere });
    expect(imported).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('opens an import dialog with the spreadsheet types, and a cancelled dialog picks nothing', async () => {
    const { core, asked } = await appCore([null]);
    expect(await core.dispatch('files', 'choose', { purpose: 'catalogImport' })).toEqual({
      ok: true,
      value: { path: null, manual: false },
    });
    expect(asked[0]).toMatchObject({
      mode: 'open',
      filters: [{ extensions: ['xlsx', 'csv', 'tsv', 'txt'] }],
    });
  });

  it('answers manual where the host has no dialogs (CLI, preview), and typed paths are the person’s to choose', async () => {
    const t = await tempCore('channeldesk-files-manual');
    dir = t.dir;
    try {
      expect(await t.dispatch('files', 'choose', { purpose: 'catalogTemplate' })).toEqual({
        ok: true,
        value: { path: null, manual: true },
      });
      const file = path.join(t.dir, 'template.xlsx');
      expect(await t.dispatch('catalog', 'productTemplate', { path: file, lang: 'zh-CN' })).toMatchObject({
        ok: true,
      });
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
