import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis } from '../../electron/core/orders/kpis';
import { reportFigures } from '../../electron/core/reports/monthly/figures';
import { reportTexts } from '../../electron/core/reports/monthly/texts';
import type { KpiFigures, KpiReport } from '../../shared/domain/kpis';
import type { OrderShop } from '../helpers/order-shop';
import { readWorkbook, reportShop, runReportJob } from '../helpers/report-shop';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
let core: TempCore;
let shop: OrderShop;
let en: ExcelJS.Workbook;
let zh: ExcelJS.Workbook;
let enFile: string;

beforeAll(async () => {
  core = await tempCore('report-monthly');
  shop = await reportShop(core);
  enFile = path.join(core.dir, 'march.xlsx');
  const zhFile = path.join(core.dir, '三月.xlsx');
  const [a, b] = await Promise.all([
    runReportJob(core, { month: '2024-03', path: enFile, lang: 'en' }),
    runReportJob(core, { month: '2024-03', path: zhFile, lang: 'zh-CN' }),
  ]);
  expect(a.job).toMatchObject({ state: 'done', kind: 'monthlyReport' });
  expect(b.job.state).toBe('done');
  en = await readWorkbook(enFile);
  zh = await readWorkbook(zhFile);
}, 60_000);
afterAll(async () => core?.cleanup());

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
};

const rowValues = (ws: ExcelJS.Worksheet, r: number): unknown[] =>
  (ws.getRow(r).values as unknown[]).slice(1);

/** What a figure cell must hold: money in major units, ratios as fractions, "—" for a zero denominator. */
function expected(value: number | null, kind: 'count' | 'money' | 'percent'): unknown {
  if (value === null) return '—';
  if (kind === 'money') return value / 100;
  if (kind === 'percent') return value / 10_000;
  return value;
}

const changeOf = (now: number | null, then: number | null): unknown => {
  if (now === null || then === null || then === 0) return '—';
  // Basis points rounded half away from zero (METRICS.md): −2000.5 → −2001.
  const bp = ((now - then) / then) * 10_000;
  return (Math.sign(bp) * Math.round(Math.abs(bp))) / 10_000;
};

describe('monthly report workbook', () => {
  it('has the seven sheets with names in the chosen language, and the job says so', async () => {
    expect(en.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Storefronts',
      'Products',
      'Promotions',
      'After-sales',
      'Satisfaction',
      'Orders',
    ]);
    expect(zh.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '店铺',
      '商品',
      '促销',
      '售后',
      '满意度',
      '订单明细',
    ]);
    expect(rowValues(sheet(zh, '订单明细'), 1).slice(0, 4)).toEqual(['店铺', '订单号', '下单时间', '状态']);
    expect(fs.readdirSync(core.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('Summary figures are computeKpis of the month, the previous month and the same month last year', () => {
    const ws = sheet(en, 'Summary');
    const t = reportTexts('en');
    const headerRow = [...Array(ws.rowCount).keys()]
      .map((i) => i + 1)
      .find((r) => ws.getCell(r, 1).value === 'Storefront')!;
    expect(rowValues(ws, headerRow)).toEqual(t.summaryHeaders);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });

    const month = computeKpis(core.ctx.sqlite, { from: '2024-03-01', to: '2024-03-31' });
    const previous = computeKpis(core.ctx.sqlite, { from: '2024-02-01', to: '2024-02-29' });
    const lastYear = computeKpis(core.ctx.sqlite, { from: '2023-03-01', to: '2023-03-31' });
    // The comparison periods really have orders, so MoM and YoY are numbers, not only "—".
    expect(previous.total.orders).toBe(1);
    expect(lastYear.total.orders).toBe(1);
    const scope = (r: KpiReport, name: string): KpiFigures =>
      name === 'Total' ? r.total : r.storefronts.find((s) => s.name === name)!;

    const names = ['Total', ...month.storefronts.map((s) => s.name)];
    let r = headerRow + 1;
    for (const name of names) {
      for (const f of reportFigures) {
        const [a, b, c] = [month, previous, lastYear].map((k) => scope(k, name)[f.key]);
        const row = rowValues(ws, r++);
        expect({ name, figure: f.key, row }).toEqual({
          name,
          figure: f.key,
          row: [
            name,
            t.figures[f.label],
            expected(a!, f.kind),
            expected(b!, f.kind),
            changeOf(a!, b!),
            expected(c!, f.kind),
            changeOf(a!, c!),
          ],
        });
      }
    }
    expect(r - 1).toBe(headerRow + names.length * reportFigures.length);
    // Formats: money in the base currency, percentages as percentages.
    const net = (headerRow + 1 + reportFigures.findIndex((f) => f.key === 'netSalesMinor')) as number;
    expect(ws.getCell(net, 3).numFmt).toBe('"CNY" #,##0.00');
    expect(ws.getCell(net, 5).numFmt).toBe('0.00%');
    const margin = headerRow + 1 + reportFigures.findIndex((f) => f.key === 'grossMarginBp');
    expect(ws.getCell(margin, 3).numFmt).toBe('0.00%');
    expect(ws.autoFilter).toBeTruthy();
  });

  it('puts two chart PNGs on the Summary sheet', () => {
    const images = sheet(en, 'Summary').getImages();
    expect(images).toHaveLength(2);
    const media = (en.model as unknown as { media: { type: string; extension: string; buffer: Buffer }[] })
      .media;
    expect(media).toHaveLength(2);
    for (const m of media) {
      expect(m.extension).toBe('png');
      expect([...m.buffer.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(m.buffer.length).toBeGreaterThan(5000);
    }
    expect(images.map((i) => i.range.tl.nativeCol)).toEqual([8, 8]);
  });

  it('Orders lists every line of the month with ids and phones as text and no formula from imported text', () => {
    const ws = sheet(en, 'Orders');
    const lines = core.ctx.sqlite
      .prepare(
        `SELECT count(*) AS n FROM order_lines l JOIN orders o ON o.id = l.order_id
          WHERE o.placed_date BETWEEN '2024-03-01' AND '2024-03-31'`,
      )
      .get() as { n: number };
    expect(lines.n).toBe(9);
    expect(ws.rowCount - 1).toBe(lines.n);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();

    const rows = [...Array(lines.n).keys()].map((i) => ws.getRow(i + 2));
    const byId = (id: string) => rows.find((row) => row.getCell(2).value === id)!;
    const leadingZero = byId('0033010000000009');
    expect(leadingZero.getCell(2).type).toBe(ExcelJS.ValueType.String);
    for (const row of rows) {
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
      if (row.getCell(6).value !== null) expect(row.getCell(6).type).toBe(ExcelJS.ValueType.String);
      for (let c = 1; c <= 15; c++) expect(row.getCell(c).formula).toBeUndefined();
    }
    for (const [id, name] of [
      ['3301000000000004', '=HYPERLINK("http://x","点我")'],
      ['0033010000000009', '+86 139 0000 0000'],
      ['3301000000000010', '@x'],
    ]) {
      const cell = byId(id!).getCell(5);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name);
    }
    expect(byId('0033010000000009').getCell(6).value).toBe('+8613900000000');
    expect(byId('#1001').getCell(6).value).toBe('+1 555 0100');

    // The two-line order: quantities, prices, discount and line net in the order's currency.
    const two = rows.filter((row) => row.getCell(2).value === '3301000000000010');
    expect(two.map((row) => rowValues(ws, row.number).slice(6, 13))).toEqual([
      ['MUG-BLUE', '陶瓷马克杯 蓝色', 3, 45, 5, 130, 'CNY'],
      ['LAMP-1', 'Desk lamp', 1, 150, 0, 150, 'CNY'],
    ]);
    expect(two[0]!.getCell(10).numFmt).toBe('"CNY" #,##0.00');
    expect(byId('#1001').getCell(10).numFmt).toBe('"USD" #,##0.00');
    // Placed at in the shop's zone, as a date-time cell; status in words; the refunded order flagged.
    const refunded = byId('3301000000000002');
    expect(refunded.getCell(3).value).toEqual(new Date('2024-03-10T01:30:00.000Z'));
    expect(refunded.getCell(3).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect([refunded.getCell(4).value, refunded.getCell(14).value, refunded.getCell(15).value]).toEqual([
      'Completed',
      'Yes',
      'Yes',
    ]);
  });

  it('Storefronts and Products carry the month per storefront and per SKU, totals matching kpis', () => {
    const month = computeKpis(core.ctx.sqlite, { from: '2024-03-01', to: '2024-03-31' });
    const ws = sheet(en, 'Storefronts');
    const header = rowValues(ws, 1) as string[];
    const col = (h: string) => header.indexOf(h) + 1;
    expect(ws.rowCount).toBe(1 + month.storefronts.length + 1);
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(1).value).toBe('Total');
    expect(total.getCell(col('Net sales')).value).toBe(month.total.netSalesMinor / 100);
    expect(total.getCell(col('Fees')).value).toBe(month.total.feesMinor / 100);
    expect(total.getCell(col('Shipping cost')).value).toBe(month.total.shippingCostMinor / 100);
    expect(total.getCell(col('Gross margin')).value).toBe(month.total.grossMarginBp! / 10_000);
    expect(total.getCell(col('Gross margin')).numFmt).toBe('0.00%');
    expect(total.getCell(col('Net sales')).numFmt).toBe('"CNY" #,##0.00');
    const shopify = ws.getRow(2 + month.storefronts.findIndex((s) => s.storefrontId === shop.shopify.id));
    expect([shopify.getCell(2).value, shopify.getCell(3).value]).toEqual(['shopify', 'USD']);

    const products = sheet(en, 'Products');
    const codes = [...Array(products.rowCount - 1).keys()].map((i) => products.getCell(i + 2, 1).value);
    expect(new Set(codes)).toEqual(new Set(['MUG-RED', 'MUG-BLUE', 'LAMP-1']));
    let profit = 0;
    for (let r = 2; r <= products.rowCount; r++)
      profit += Math.round(Number(products.getCell(r, 7).value) * 100);
    // Product profits are allocated shares rounded once per product: at most a cent per product off the total.
    expect(Math.abs(profit - month.total.grossProfitMinor)).toBeLessThanOrEqual(codes.length);
  });

  it('Promotions, After-sales and Satisfaction have headers and a line saying the month had none', () => {
    // This shop has no campaigns, tickets or surveys: headers, then one line saying so (tests/integration/
    // report-service-sheets.test.ts fills them).
    for (const [name, first, note] of [
      ['Promotions', 'Campaign', /^No campaign ran this month/],
      ['After-sales', 'Ticket', /^No ticket was opened or resolved this month/],
      ['Satisfaction', 'By', /^No survey invitation was sent/],
    ] as const) {
      const ws = sheet(en, name);
      expect(ws.getCell(1, 1).value).toBe(first);
      expect(ws.rowCount).toBe(2);
      expect(String(ws.getCell(2, 1).value)).toMatch(note);
    }
    expect(String(sheet(zh, '售后').getCell(2, 1).value)).toBe('本月没有新建或解决的工单。');
    expect(String(sheet(zh, '促销').getCell(2, 1).value)).toBe('本月没有进行中的促销活动。');
  });
});

describe('monthly report edge cases', () => {
  it('writes a month without orders with zeros and "—" for every change', async () => {
    const file = path.join(core.dir, 'empty.xlsx');
    const { job, result } = await runReportJob(core, { month: '2030-01', path: file, lang: 'en' });
    expect(job.state).toBe('done');
    expect(result).toMatchObject({ file, month: '2030-01', orderLines: 0 });
    const wb = await readWorkbook(file);
    const orders = sheet(wb, 'Orders');
    expect(orders.rowCount).toBe(2);
    expect(orders.getCell(2, 1).value).toBe('No orders in this month.');
    const summary = sheet(wb, 'Summary');
    const totalOrders = [...Array(summary.rowCount).keys()]
      .map((i) => summary.getRow(i + 1))
      .find((row) => row.getCell(1).value === 'Total' && row.getCell(2).value === 'Orders')!;
    expect(rowValues(summary, totalOrders.number)).toEqual(['Total', 'Orders', 0, 0, '—', 0, '—']);
  });

  it('refuses a bad month, a non-xlsx name or a missing folder before any job starts', async () => {
    const bad = [
      { month: '2024-13', path: path.join(core.dir, 'x.xlsx'), lang: 'en' },
      { month: '2024-03', path: path.join(core.dir, 'x.csv'), lang: 'en' },
      { month: '2024-03', path: path.join(core.dir, 'x.xlsx'), lang: 'fr' },
      { month: '2024-03', path: 'relative.xlsx', lang: 'en' },
      { month: '2024-03', path: path.join(core.dir, 'missing', 'x.xlsx'), lang: 'en' },
    ];
    const jobsBefore = core.ctx.jobs.list().length;
    for (const input of bad) {
      expect(await core.dispatch('reports', 'monthly', input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(core.ctx.jobs.list()).toHaveLength(jobsBefore);
    expect(fs.existsSync(path.join(core.dir, 'x.xlsx'))).toBe(false);
  });
});
