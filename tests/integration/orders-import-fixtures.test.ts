import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importOrderFiles } from '../../electron/core/orders/import/run-order-import';
import { computeKpis } from '../../electron/core/orders/kpis';
import type { KpiFigures } from '../../shared/domain/kpis';
import type { Storefront } from '../../shared/domain/storefronts';
import { tempCore } from '../helpers/temp-core';
import { count, createStorefront, value, type TempCore } from '../helpers/catalog-data';
import { expectedCn } from '../fixtures/orders/expected-cn';
import { expectedIntl } from '../fixtures/orders/expected-intl';

/**
 * Every platform fixture (every format and encoding: GBK, UTF-8 with and without BOM, UTF-16LE, `;`-separated,
 * xlsx) imported through the real pipeline, then read back as METRICS.md figures per month with `computeKpis`:
 * the numbers worked out by hand in expected-cn.ts / expected-intl.ts must come out to the cent.
 */
const dir = path.join(__dirname, '../fixtures/orders');
const io = { progress: () => {}, cancelled: false };
let core: TempCore;
afterEach(async () => core?.cleanup());

interface Figures {
  orders: number;
  units: number;
  gross_sales: number;
  discounts: number;
  refunds: number;
  net_sales: number;
  shipping_income: number;
}

const asFigures = (k: KpiFigures): Figures => ({
  orders: k.orders,
  units: k.units,
  gross_sales: k.grossSalesMinor,
  discounts: k.discountsMinor,
  refunds: k.refundsMinor,
  net_sales: k.netSalesMinor,
  shipping_income: k.shippingIncomeMinor,
});

const monthRange = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
};

async function shopFor(platform: string, currency: string, timezone: string): Promise<Storefront> {
  core = await tempCore('orders-fixtures');
  // Base currency = the files' currency, so the figures compare without FX; months in the shop's zone.
  await value(core.dispatch('settings', 'update', { baseCurrency: currency, timezone: 'Asia/Shanghai' }));
  return createStorefront(core, {
    name: `${platform} shop`,
    platform: platform === 'taobao' ? 'tmall' : platform,
    currency,
    timezone,
    role: 'core',
    feeRules: {
      commissionRateBp: 500,
      paymentFeeRateBp: 60,
      fixedFeeMinor: 0,
      shippingCostMinor: 800,
      categoryCommissions: [],
    },
  });
}

interface Case {
  name: string;
  format: string;
  files: string[];
  currency: string;
  timezone: string;
  ordersInFile: number;
  linesInFile: number;
  total: Figures;
  byMonth: Record<string, Figures>;
}

const cases: Case[] = [
  ...Object.entries(expectedCn).flatMap(([name, e]) =>
    e.files.map((f) => ({
      name: `${name}: ${f}`,
      format: e.format,
      files: [f, ...('itemsFile' in e && e.itemsFile ? [e.itemsFile] : [])],
      currency: e.currency,
      timezone: e.timezone,
      ordersInFile: e.ordersInFile,
      linesInFile: e.linesInFile,
      total: e.total,
      byMonth: e.byMonth,
    })),
  ),
  ...Object.entries(expectedIntl).flatMap(([name, e]) =>
    e.files.map((f) => ({
      name: `${name}: ${f}`,
      format: e.format,
      files: [f, ...('itemsFile' in e && e.itemsFile ? [e.itemsFile] : [])],
      currency: e.currency,
      timezone: e.timezone,
      ordersInFile: e.ordersInFile,
      linesInFile: e.linesInFile,
      total: e.total,
      byMonth: e.byMonthShanghai,
    })),
  ),
];

describe('every platform fixture imports to the hand-worked METRICS.md figures', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const sf = await shopFor(c.format, c.currency, c.timezone);
    const files = c.files.map((f) => path.join(dir, f));
    for (const f of files) expect(fs.existsSync(f), f).toBe(true);
    const first = await importOrderFiles(core.ctx.sqlite, { storefrontId: sf.id, files, format: 'auto' }, io);
    expect(first.errors).toEqual([]);
    expect(first.format).toBe(c.format);
    expect(first.inserted).toBe(c.ordersInFile);
    expect(first.lines).toBe(c.linesInFile);

    for (const [month, figures] of Object.entries(c.byMonth)) {
      const report = computeKpis(core.ctx.sqlite, { ...monthRange(month), storefrontId: sf.id });
      expect(asFigures(report.storefronts[0]!), `${c.name} ${month}`).toEqual(figures);
    }
    const months = Object.keys(c.byMonth).sort();
    const all = computeKpis(core.ctx.sqlite, {
      from: monthRange(months[0]!).from,
      to: monthRange(months[months.length - 1]!).to,
    });
    expect(asFigures(all.total)).toEqual(c.total);

    // Idempotent: the same file again changes nothing.
    const again = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files, format: c.format as never },
      io,
    );
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: c.ordersInFile, errors: [] });
    expect(count(core, 'orders')).toBe(c.ordersInFile);
    expect(count(core, 'order_lines')).toBe(c.linesInFile);
  });

  it('an overlapping later Shopify export updates changed orders and adds new ones, never duplicating', async () => {
    const e = expectedIntl.shopify;
    const later = expectedIntl.shopifyUpdate;
    const sf = await shopFor('shopify', e.currency, e.timezone);
    const run = (f: string) =>
      importOrderFiles(
        core.ctx.sqlite,
        { storefrontId: sf.id, files: [path.join(dir, f)], format: 'auto' },
        io,
      );
    expect((await run(e.files[0]!)).errors).toEqual([]);
    const second = await run(later.files[0]!);
    expect(second.errors).toEqual([]);
    expect(second.inserted + second.updated + second.unchanged).toBe(later.ordersInFile);
    expect(second.updated).toBeGreaterThan(0);
    expect(second.inserted).toBeGreaterThan(0);
    const months = Object.keys(later.byMonthShanghai).sort();
    const all = computeKpis(core.ctx.sqlite, {
      from: monthRange(months[0]!).from,
      to: monthRange(months[months.length - 1]!).to,
    });
    // The later file holds every order of the first one, so its figures are now the shop's figures.
    expect(asFigures(all.total)).toEqual(later.total);
  });
});
