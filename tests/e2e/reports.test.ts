import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createCore } from '../../electron/core/app';
import type { KpiReport } from '../../shared/domain/kpis';
import { lastMonth, monthPeriod } from '../../shared/logic/months';
import { callApi } from './helpers/api';
import { launchChromium } from './helpers/browser';
import { startPreview, type RunningPreview } from './helpers/preview';

let seedDir: string;
let preview: RunningPreview;
let browser: Browser;
let page: Page;

/** The demo shop (five storefronts, 15,000 orders over 18 months up to now), written before the preview starts. */
async function seedDemo(dbFile: string): Promise<void> {
  const core = await createCore({ dbFile, locale: 'en-US' });
  try {
    const opened = await core.dispatch('demo', 'open', undefined);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    await core.dispatch('settings', 'update', { language: 'en' });
  } finally {
    await core.close();
  }
}

beforeAll(async () => {
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-e2e-reports-'));
  const dbFile = path.join(seedDir, 'shop.db');
  await seedDemo(dbFile);
  preview = await startPreview(dbFile);
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(15_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  fs.rmSync(seedDir, { recursive: true, force: true });
});

describe('owner exports the monthly report of the demo shop (Chromium against the preview)', () => {
  it('writes last month from the Reports page to a typed path; the file opens with its figures', async () => {
    // The page offers last month of the computer's calendar first.
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const month = lastMonth(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
    const file = path.join(seedDir, `report-${month}.xlsx`);
    await page.goto(`${preview.url}#/reports`);
    await page.getByRole('heading', { name: 'Reports', exact: true }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Month' }).inputValue()).toBe(month);
    await page.getByRole('button', { name: 'Save report…' }).click();
    await page.getByLabel('Full path').fill(file);
    await page.getByRole('button', { name: 'Write the report' }).click();
    await page.getByText(`Report written: ${file}`).waitFor({ timeout: 90_000 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Storefronts',
      'Products',
      'Promotions',
      'After-sales',
      'Satisfaction',
      'Orders',
    ]);
    const kpis = await callApi<KpiReport>(preview, 'kpis/compute', monthPeriod(month));
    const summary = wb.getWorksheet('Summary')!;
    const net = [...Array(summary.rowCount).keys()]
      .map((i) => summary.getRow(i + 1))
      .find((r) => r.getCell(1).value === 'Total' && r.getCell(2).value === 'Net sales')!;
    expect(net.getCell(3).value).toBe(kpis.total.netSalesMinor / 100);
    expect(summary.getImages()).toHaveLength(2);
    expect(wb.getWorksheet('Orders')!.rowCount).toBeGreaterThan(kpis.total.orders);
    expect(fs.readdirSync(seedDir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  }, 120_000);
});
