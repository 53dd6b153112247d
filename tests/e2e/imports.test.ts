import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/browser';
import { callApi } from './helpers/api';
import { startPreview, type RunningPreview } from './helpers/preview';

const fixtures = fileURLToPath(new URL('../fixtures/orders/', import.meta.url));

let preview: RunningPreview;
let browser: Browser;
let page: Page;

const storefronts = [
  ['青禾茶舍', 'taobao'],
  ['青禾抖店', 'douyin'],
  ['Market stall', 'offline'],
] as const;

/**
 * A sheet kept by hand at a market stall: no platform writes these columns. 林小雨 bought here with another
 * phone than on Taobao, so she becomes a second customer until someone merges the two.
 */
const STALL_SHEET = [
  'Order No,Date,Item code,Qty,Price,Buyer,Mobile',
  'S-0001,2024-04-06 11:00,CUP-01,2,59.00,林小雨,13900009999',
  'S-0001,2024-04-06 11:00,TEA-LJ,1,128.00,林小雨,13900009999',
  'S-0002,2024-04-07 15:30,PAD-9,4,30.50,Walk-in buyer,',
].join('\n');

const form = () => page.getByRole('region', { name: 'Import orders and fees' });
const result = () => page.getByRole('region', { name: 'Result' });

async function chooseStorefront(label: string): Promise<void> {
  await form()
    .getByRole('combobox', { name: /^Storefront/ })
    .click();
  await page.getByRole('option', { name: label }).click();
}

/** The browser preview has no file dialog: the form asks for the path, as a person would type it. */
async function addFile(file: string): Promise<void> {
  await form().getByRole('button', { name: 'Add file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Path of the file' });
  await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByText(file, { exact: true }).waitFor();
}

async function removeFiles(files: string[]): Promise<void> {
  for (const file of files) await page.getByRole('button', { name: `Remove ${file}` }).click();
}

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(15_000);
  await callApi(preview, 'settings/update', {
    baseCurrency: 'CNY',
    timezone: 'Asia/Shanghai',
    language: 'en',
  });
  for (const [name, platform] of storefronts) {
    await callApi(preview, 'storefronts/create', {
      name,
      platform,
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
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
  await page.goto(`${preview.url}#/orders/import`);
  await page.getByRole('heading', { name: 'Import orders and fees', level: 2 }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('operator imports every storefront’s exports (Chromium against the preview)', () => {
  const taobao = [path.join(fixtures, 'taobao-orders-gbk.csv'), path.join(fixtures, 'taobao-items-gbk.csv')];
  const douyin = path.join(fixtures, 'douyin-orders-bom.csv');
  let stallSheet: string;

  it('imports the Taobao GBK orders + items pair and shows the counts', async () => {
    await chooseStorefront('青禾茶舍 (Taobao)');
    for (const file of taobao) await addFile(file);
    await form().getByRole('button', { name: 'Import', exact: true }).click();
    await result().getByText('7 new, 0 updated, 0 unchanged orders (9 lines).').waitFor();
  });

  it('imports the Douyin export with its BOM', async () => {
    await removeFiles(taobao);
    await chooseStorefront('青禾抖店 (Douyin shop)');
    await addFile(douyin);
    await form().getByRole('button', { name: 'Import', exact: true }).click();
    await result().getByText('6 new, 0 updated, 0 unchanged orders (8 lines).').waitFor();
  });

  it('refuses an unknown sheet, maps its columns on the mapping screen, then imports it', async () => {
    stallSheet = path.join(preview.dir, 'stall-april.csv');
    fs.writeFileSync(stallSheet, STALL_SHEET);
    await removeFiles([douyin]);
    await chooseStorefront('Market stall (Offline store)');
    await addFile(stallSheet);
    await form().getByRole('button', { name: 'Import', exact: true }).click();
    await result().getByText('Nothing was imported: 1 problem(s) to fix in the file.').waitFor();
    await result().getByRole('button', { name: 'Map the columns of this file' }).click();

    const dialog = page.getByRole('dialog', { name: 'Map the columns of stall-april.csv' });
    // The suggestion fills what the names say, with the first value of each column beside it.
    const orderId = dialog.getByRole('combobox', { name: 'Order id' });
    await expect.poll(() => orderId.inputValue()).toBe('Order No');
    expect(await dialog.getByRole('combobox', { name: 'Order date' }).inputValue()).toBe('Date');
    expect(await dialog.getByRole('combobox', { name: 'Unit price' }).inputValue()).toBe('Price');
    await dialog.getByRole('row', { name: /Phone/ }).getByText('13900009999').waitFor();

    // Buyer holds names here, not platform buyer ids: the person moves it, and the stall's sales are completed.
    await dialog.locator('[aria-label="Clear Buyer id"]').click();
    await dialog.getByRole('combobox', { name: 'Customer name' }).click();
    await page.getByRole('option', { name: 'Buyer', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Status of every order (no status column)' }).click();
    await page.getByRole('option', { name: 'Completed', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save and import' }).click();

    await result().getByText('2 new, 0 updated, 0 unchanged orders (3 lines).').waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await form().getByRole('combobox', { name: 'File format' }).inputValue()).toBe(
      'Other file (map columns)',
    );
  });

  it('lists the three imports in the history', async () => {
    const history = page.getByRole('region', { name: 'Import history' });
    const rows = history.getByRole('row');
    // Header row + one row per import.
    await expect.poll(() => rows.count()).toBe(4);
    expect(await history.textContent()).toContain('stall-april.csv');
    expect(await history.textContent()).toContain('taobao-orders-gbk.csv, taobao-items-gbk.csv');
    expect(await history.textContent()).toContain('douyin-orders-bom.csv');
  });

  it('finds a Taobao order in the order list and sees its profit waterfall', async () => {
    await page.goto(`${preview.url}#/orders`);
    await page.getByRole('heading', { name: 'Orders', level: 2 }).waitFor();
    await page.getByText('15 orders').waitFor();
    await page.getByLabel('Search order id, phone, buyer, SKU or product').fill('3921000000000001');
    await page.getByText('1 order', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: '3921000000000001' }).click();
    await page.getByRole('heading', { name: 'Order 3921000000000001' }).waitFor();
    const waterfall = page.getByRole('table', { name: 'Profit' });
    const figure = (step: string) =>
      waterfall.getByRole('row').filter({ hasText: step }).getByRole('cell').nth(2);
    // 2 × 59.00 + 30.50 (the items file), the buyer owed 138.50 → 10.00 discount.
    await expect.poll(() => figure('Gross sales').textContent()).toBe('CN¥148.50');
    expect(await figure('= Net sales').textContent()).toBe('CN¥138.50');
  });

  it('merges the stall’s 林小雨 into the Taobao customer of the same name', async () => {
    await page.getByRole('link', { name: 'Open customer' }).click();
    await page.getByRole('heading', { name: '林小雨', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge other customers into 林小雨' });
    await dialog.getByRole('textbox', { name: 'Find customers by name, phone or e-mail' }).fill('林小雨');
    await dialog.getByRole('checkbox', { name: /13900009999/ }).check();
    await dialog.getByRole('button', { name: 'Merge 1' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Her Taobao order and the stall order are now one customer's.
    const orders = page.getByRole('table', { name: 'Orders' });
    await orders.getByRole('link', { name: 'S-0001' }).waitFor();
    await orders.getByRole('link', { name: '3921000000000001' }).waitFor();
  });
});
