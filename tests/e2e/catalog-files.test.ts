import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/browser';
import { callApi } from './helpers/api';
import { startPreview, type RunningPreview } from './helpers/preview';

const fixtures = fileURLToPath(new URL('../fixtures/catalog/', import.meta.url));

let preview: RunningPreview;
let browser: Browser;
let page: Page;

/** The preview's API, as the page calls it. */
const apiCall = <T = unknown>(call: string, input: unknown = null): Promise<T> =>
  callApi<T>(preview, call, input);

const total = async () =>
  (await apiCall<{ total: number }>('catalog/listProducts', { page: 1, pageSize: 50 })).total;

/** The browser preview has no file dialog: the page asks for the path, as a person would type it. */
async function runFromMenu(item: string, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Import / export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog', { name: 'Where is the file?' });
  await dialog.getByRole('textbox', { name: 'Full path' }).fill(file);
  await dialog.getByRole('button', { name: 'Continue' }).click();
}

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(15_000);
  await apiCall('settings/update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai', language: 'en' });
  for (const [name, platform, currency] of [
    ['天猫旗舰店', 'tmall', 'CNY'],
    ['Shopify Global', 'shopify', 'USD'],
  ] as const) {
    await apiCall('storefronts/create', {
      name,
      platform,
      currency,
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
  await page.goto(`${preview.url}#/catalog`);
  await page.getByRole('heading', { name: 'Catalog', level: 2 }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('operator imports and exports the catalog (Chromium against the preview)', () => {
  it('refuses a file with errors, lists every problem by row and column, and writes nothing', async () => {
    await runFromMenu('Import products from xlsx or csv…', path.join(fixtures, 'products-errors.csv'));
    const result = page.getByRole('dialog', { name: 'Product import' });
    await result.getByText(/problems found: nothing was imported/).waitFor();
    const problems = result.getByRole('table', { name: 'Problem' });
    expect(await problems.getByRole('row').count()).toBeGreaterThan(3);
    await problems.getByRole('cell', { name: 'Must be a number' }).first().waitFor();
    await result.getByRole('button', { name: 'Close' }).click();
    expect(await total()).toBe(0);
  });

  it('imports a good file and the list shows the new products', async () => {
    await runFromMenu('Import products from xlsx or csv…', path.join(fixtures, 'products-utf8.csv'));
    const result = page.getByRole('dialog', { name: 'Product import' });
    await result.getByText('5 new · 0 updated · 0 unchanged').waitFor();
    await result.getByRole('button', { name: 'Close' }).click();
    await page.getByText('3 products').waitFor();
    await page.getByText('保温杯').waitFor();
    expect(await total()).toBe(3);
  });

  it('exports the catalog to Excel with the same columns, and saves the template', async () => {
    const out = path.join(preview.dir, 'export.xlsx');
    await runFromMenu('Export all products to Excel…', out);
    await page.getByText(`5 rows written to ${out}`).waitFor();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0]!;
    const codes = sheet.getColumn(2).values.slice(2).map(String);
    expect(codes.sort()).toEqual(['0012', '0013', 'JJ-001', 'JJ-002', 'SM-01'].sort());

    const template = path.join(preview.dir, 'template.xlsx');
    await runFromMenu('Download the import template…', template);
    await page.getByText(`Template saved to ${template}`).waitFor();
    expect(fs.statSync(template).size).toBeGreaterThan(0);
  });
});
