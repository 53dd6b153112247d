import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis } from '../../electron/core/orders/kpis';
import { readWorkbook, reportShop } from '../helpers/report-shop';
import { runCli } from '../helpers/run-cli';
import { tempCore } from '../helpers/temp-core';

let dir: string;
let db: string;
let marchNetSales: number;
const cli = (...args: string[]) => runCli(path.join(dir, 'default-data'), args);

// Each run is a fresh Node process compiling TypeScript through tsx: allow for a loaded machine.
describe('channeldesk report monthly', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const core = await tempCore('cli-report');
    await reportShop(core);
    marchNetSales = computeKpis(core.ctx.sqlite, { from: '2024-03-01', to: '2024-03-31' }).total
      .netSalesMinor;
    await core.close();
    dir = core.dir;
    db = path.join(dir, 'shop.db');
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the report and prints {file, month, sheets, orderLines} with --json', async () => {
    const out = path.join(dir, 'report-2024-03.xlsx');
    const run = await cli(
      'report',
      'monthly',
      '--db',
      db,
      '--month',
      '2024-03',
      '--out',
      out,
      '--lang',
      'en',
      '--json',
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['file', 'month', 'orderLines', 'sheets']);
    expect(json).toEqual({
      file: out,
      month: '2024-03',
      sheets: ['Summary', 'Storefronts', 'Products', 'Promotions', 'After-sales', 'Satisfaction', 'Orders'],
      orderLines: 9,
    });
    const wb = await readWorkbook(out);
    const summary = wb.getWorksheet('Summary')!;
    const net = [...Array(summary.rowCount).keys()]
      .map((i) => summary.getRow(i + 1))
      .find((r) => r.getCell(1).value === 'Total' && r.getCell(2).value === 'Net sales')!;
    expect(net.getCell(3).value).toBe(marchNetSales / 100);
  });

  it('speaks the shop language without --lang and writes a month without orders with zeros', async () => {
    const out = path.join(dir, 'empty.xlsx');
    const run = await cli('report', 'monthly', '--db', db, '--month', '2031-07', '--out', out, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ month: '2031-07', orderLines: 0 });
    // The order shop was created with an en-US locale: English sheets.
    expect((await readWorkbook(out)).worksheets[0]!.name).toBe('Summary');
  });

  it('exit 1 for a bad month, language or file type; exit 2 for a missing folder; nothing written', async () => {
    const out = path.join(dir, 'bad.xlsx');
    for (const args of [
      ['--month', '2024-3', '--out', out],
      ['--month', '2024-13', '--out', out],
      ['--month', '2024-03', '--out', out, '--lang', 'fr'],
      ['--month', '2024-03', '--out', path.join(dir, 'bad.csv')],
      ['--out', out],
    ]) {
      const run = await cli('report', 'monthly', '--db', db, ...args);
      expect({ args, code: run.code }).toEqual({ args, code: 1 });
      expect(run.stderr).toMatch(/--month|--lang|--out/);
    }
    expect((await cli('report', 'weekly', '--db', db, '--month', '2024-03', '--out', out)).code).toBe(1);
    const missing = await cli(
      'report',
      'monthly',
      '--db',
      db,
      '--month',
      '2024-03',
      '--out',
      path.join(dir, 'no', 'r.xlsx'),
      '--json',
    );
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('bad'))).toEqual([]);
  });
});
