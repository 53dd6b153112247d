import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createCore } from '../../electron/core/app';
import {
  costOf,
  createProduct,
  createStorefront,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';
import { orderLine, parsedOrder, writeOrders } from '../helpers/order-builders';
import { launchChromium } from './helpers/browser';
import { startPreview, type RunningPreview } from './helpers/preview';

let seedDir: string;
let preview: RunningPreview;
let browser: Browser;
let page: Page;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * One person who bought on Tmall with a phone and on JD with only an e-mail (nothing links them), and a
 * stranger. Orders only come from imports, so they are written through the OrderWriter before the preview
 * starts; the customer figures are built by the preview on its first read, as after an upgrade.
 */
async function seedShop(dbFile: string): Promise<void> {
  const core = await createCore({ dbFile, locale: 'en-US' });
  const shop = {
    ...core,
    dir: path.dirname(dbFile),
    events: [],
    cleanup: async () => {},
  } as unknown as TempCore;
  try {
    await value(
      core.dispatch('settings', 'update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai', language: 'en' }),
    );
    const tmall = await createStorefront(shop, tmallFields);
    const jd = await createStorefront(shop, { ...tmallFields, name: '京东旗舰店', platform: 'jd' });
    await createProduct(shop, { name: '保温杯', skus: [{ code: 'CUP', name: '白色', cost: costOf(2000) }] });
    const line = orderLine({ sku: 'CUP', quantity: 1, unitPriceMinor: 9900 });
    writeOrders(shop, tmall.id, [
      parsedOrder({
        externalId: 'TM-1',
        placedAt: daysAgo(40),
        lines: [line],
        customer: { name: '王芳', phone: '13500135000' },
      }),
      parsedOrder({
        externalId: 'TM-2',
        placedAt: daysAgo(3),
        lines: [line],
        customer: { name: 'Li Lei', phone: '13600136000' },
      }),
    ]);
    writeOrders(shop, jd.id, [
      parsedOrder({
        externalId: 'JD-1',
        placedAt: daysAgo(10),
        lines: [line],
        customer: { name: 'Fang W', email: 'fang@example.com' },
      }),
    ]);
  } finally {
    await core.close();
  }
}

beforeAll(async () => {
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-e2e-customers-'));
  const dbFile = path.join(seedDir, 'shop.db');
  await seedShop(dbFile);
  preview = await startPreview(dbFile);
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  fs.rmSync(seedDir, { recursive: true, force: true });
});

describe('operator merges one person bought on two storefronts (Chromium against the preview)', () => {
  it('lists every customer with figures built from the orders', async () => {
    await page.goto(`${preview.url}#/customers`);
    await page.getByRole('heading', { name: 'Customers', level: 2 }).waitFor();
    await page.getByText('3 customers').waitFor();
    const row = page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'Fang W' });
    await expect.poll(() => row.textContent()).toContain('fang@example.com');
    expect(await row.textContent()).toContain('CN¥99.00');
  });

  it('merges the JD buyer into the Tmall one from the customer page, and the list agrees', async () => {
    await page.getByRole('link', { name: '王芳' }).click();
    await page.getByRole('heading', { name: '王芳' }).waitFor();
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge other customers into 王芳' });
    await dialog.getByLabel('Find customers by name, phone or e-mail').fill('fang@');
    await dialog.getByRole('checkbox', { name: /^Fang W/ }).check();
    await dialog.getByRole('button', { name: 'Merge 1' }).click();
    await page.getByText('1 merged: 1 orders moved here').waitFor();

    const orders = page.getByRole('table', { name: 'Orders on every storefront' });
    await expect.poll(() => orders.getByRole('row').count()).toBe(3);
    expect(await orders.getByRole('row').nth(1).textContent()).toContain('京东旗舰店');
    await page.getByText('fang@example.com', { exact: true }).waitFor();
    await page.getByText('CN¥198.00').waitFor();

    await page.getByRole('link', { name: 'All customers' }).click();
    await page.getByText('2 customers').waitFor();
    expect(await page.getByRole('link', { name: 'Fang W' }).count()).toBe(0);

    const db = new BetterSqlite3(preview.dbFile, { readonly: true });
    try {
      const audit = db
        .prepare("SELECT action FROM audit_log WHERE entity = 'customer' ORDER BY id")
        .all() as { action: string }[];
      expect(audit.map((a) => a.action)).toEqual(['mergedInto', 'merge']);
    } finally {
      db.close();
    }
  });

  it('exports the list as a segment to a typed path (no file dialog in the browser preview)', async () => {
    const file = path.join(seedDir, 'customers.xlsx');
    await page.getByRole('button', { name: 'Export segment' }).click();
    await page.getByRole('menuitem', { name: 'This segment to Excel…' }).click();
    await page.getByLabel('Full path').fill(file);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText(`2 customers written to ${file}`).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets[0]!.getColumn(2).values.slice(2);
    expect(names).toEqual(['王芳', 'Li Lei']);
  });
});
