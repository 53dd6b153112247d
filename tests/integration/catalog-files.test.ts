import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../electron/core/catalog/import/run-import';
import { catalogHeaders } from '../../electron/core/catalog/import/columns';
import { tempCore } from '../helpers/temp-core';
import { addFixtureStorefronts, catalogFixture, importFile, tableCounts } from '../helpers/catalog-import';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
afterEach(async () => core?.cleanup());

async function seeded(): Promise<TempCore> {
  core = await tempCore('catalog-files');
  await addFixtureStorefronts(core);
  await importFile(core, catalogFixture('products-utf8.csv'));
  return core;
}

async function firstSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

describe('catalog export and template', () => {
  it.each(['xlsx', 'csv'] as const)('export → import of %s is unchanged', async (format) => {
    await seeded();
    const file = path.join(core.dir, `catalog.${format}`);
    expect(await core.dispatch('catalog', 'exportProducts', { path: file, lang: 'en', format })).toEqual({
      ok: true,
      value: { path: file, rows: 5 },
    });
    const before = tableCounts(core);
    const again = await importFile(core, file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, errors: [] });
    expect(tableCounts(core)).toEqual({ ...before, audit_log: before.audit_log! + 1 });
  });

  it('writes codes as text cells and csv with a BOM', async () => {
    await seeded();
    const xlsx = path.join(core.dir, 'c.xlsx');
    await core.dispatch('catalog', 'exportProducts', { path: xlsx, lang: 'zh-CN' });
    const ws = await firstSheet(xlsx);
    expect(ws.getRow(1).getCell(2).value).toBe('商家编码');
    const codes = [2, 3, 4, 5, 6].map((r) => ws.getRow(r).getCell(2));
    expect(codes.map((c) => c.value)).toContain('0012');
    expect(codes.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    const csv = path.join(core.dir, 'c.csv');
    await core.dispatch('catalog', 'exportProducts', { path: csv, lang: 'en' });
    expect([...fs.readFileSync(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('never writes a formula: cells starting with = + - @ stay text', async () => {
    core = await tempCore('catalog-files');
    const file = path.join(core.dir, 'inject.csv');
    fs.writeFileSync(file, '商品名称,商家编码,SKU名称,品牌,采购成本\n=1+1,@SUM(A1),+cmd,-2+3,1\n');
    expect(await importFile(core, file)).toMatchObject({ inserted: 1, errors: [] });
    const xlsx = path.join(core.dir, 'inject.xlsx');
    await core.dispatch('catalog', 'exportProducts', { path: xlsx, lang: 'en' });
    const row = (await firstSheet(xlsx)).getRow(2);
    for (const [col, text] of [
      [1, '=1+1'],
      [2, '@SUM(A1)'],
      [3, '+cmd'],
      [5, '-2+3'],
    ] as const) {
      expect(row.getCell(col).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(col).value).toBe(text);
    }
    const csv = path.join(core.dir, 'inject-out.csv');
    await core.dispatch('catalog', 'exportProducts', { path: csv, lang: 'en' });
    expect(fs.readFileSync(csv, 'utf8')).toContain("'=1+1,'@SUM(A1),'+cmd");
    // The guard quote comes off again on import: the round trip is unchanged.
    expect(await importFile(core, csv)).toMatchObject({ unchanged: 1, errors: [] });
  });

  it.each([
    ['zh-CN', '填写说明'],
    ['en', 'Instructions'],
  ] as const)('template in %s has the headers and an explanation sheet', async (lang, helpTitle) => {
    await seeded();
    const file = path.join(core.dir, `template-${lang}.xlsx`);
    expect(await core.dispatch('catalog', 'productTemplate', { path: file, lang })).toMatchObject({
      ok: true,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const headers = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(catalogHeaders(['天猫旗舰店', 'Shopify Global'], lang));
    expect(wb.worksheets[0]!.rowCount).toBe(1);
    const help = wb.worksheets[1]!;
    expect(help.name).toBe(helpTitle);
    expect(help.rowCount).toBe(1 + 14 + 4);
    expect(String(help.getRow(3).getCell(1).value)).toBe(lang === 'en' ? 'SKU code' : '商家编码');
    // The empty template imports as a file with no rows, never as a crash.
    expect((await importFile(core, file)).errors[0]?.message).toBe('is followed by no data rows');
  });

  it('refuses a relative path or a folder that does not exist', async () => {
    core = await tempCore('catalog-files');
    for (const p of ['relative.xlsx', path.join(core.dir, 'missing', 'x.xlsx'), core.dir]) {
      expect(await core.dispatch('catalog', 'exportProducts', { path: p, lang: 'en' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await core.dispatch('catalog', 'productTemplate', { path: 'x.csv', lang: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('importProducts job', { timeout: 60_000 }, () => {
  it('imports through the worker and returns the summary', async () => {
    core = await tempCore('catalog-job');
    await addFixtureStorefronts(core);
    const job = core.ctx.jobs.start('importProducts', {
      dbFile: core.ctx.dbFile,
      file: catalogFixture('products.xlsx'),
    });
    const ended = await core.ctx.jobs.wait(job.id);
    expect(ended).toMatchObject({ state: 'done', done: 5, total: 5 });
    expect(JSON.parse(ended.message!) as ImportSummary).toMatchObject({ inserted: 5, errors: [] });
    expect(tableCounts(core).skus).toBe(5);
  });

  it('starts from the API and refuses a file that is not there before any worker starts', async () => {
    core = await tempCore('catalog-job');
    await addFixtureStorefronts(core);
    const started = await core.dispatch('catalog', 'importProducts', {
      path: catalogFixture('products-gbk.csv'),
    });
    if (!started.ok) throw new Error(started.error.message);
    const ended = await core.ctx.jobs.wait((started.value as { id: string }).id);
    expect(JSON.parse(ended.message!) as ImportSummary).toMatchObject({ inserted: 5 });
    const missing = await core.dispatch('catalog', 'importProducts', {
      path: path.join(core.dir, 'none.csv'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(core.ctx.jobs.list()).toHaveLength(1);
  });

  it('cancel in the middle rolls everything back', async () => {
    core = await tempCore('catalog-job');
    const file = path.join(core.dir, 'big.csv');
    const lines = ['SKU code,Product name,SKU name,Purchase cost,Stock on hand'];
    for (let i = 0; i < 60_000; i++) lines.push(`B-${i},Product ${i % 1000},V${i},${i % 90}.50,${i % 7}`);
    fs.writeFileSync(file, lines.join('\n'));
    const before = tableCounts(core);
    let job = core.ctx.jobs.start('importProducts', { dbFile: core.ctx.dbFile, file });
    // Cancel once rows are being written, so the rollback has something to undo.
    const stop = core.ctx.jobs.onUpdate((j) => {
      if (j.id === job.id && j.state === 'running' && j.done > 0) {
        stop();
        job = core.ctx.jobs.cancel(j.id);
      }
    });
    const ended = await core.ctx.jobs.wait(job.id);
    expect(ended.state).toBe('cancelled');
    expect(tableCounts(core)).toEqual(before);
  });
});
