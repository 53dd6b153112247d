import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * Orders cannot be created through the API (they only come from imports), so the shop is written into the
 * database file first — through the import pipeline's OrderWriter — and the preview is started on that file.
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
    await createProduct(shop, {
      name: '陶瓷马克杯',
      category: '家居',
      skus: [{ code: 'MUG-RED', name: '红色 350ml', cost: costOf(3000) }],
    });
    writeOrders(shop, tmall.id, [
      // METRICS.md by hand: net ¥92, fees ¥4.292, shipping ¥8, COGS ¥60 → gross profit ¥29.71.
      parsedOrder({
        externalId: '3301000000000001',
        placedAt: '2024-03-10T02:00:00.000Z',
        status: 'completed',
        customer: { name: '张伟', phone: '13800138000' },
        lines: [
          orderLine({
            sku: 'MUG-RED',
            title: '陶瓷马克杯 红色',
            quantity: 2,
            unitPriceMinor: 5000,
            lineDiscountMinor: 500,
          }),
        ],
        orderDiscountMinor: 300,
        shippingIncomeMinor: 1000,
      }),
      ...Array.from({ length: 300 }, (_, i) =>
        parsedOrder({
          externalId: `4400${String(i).padStart(6, '0')}`,
          placedAt: new Date(Date.parse('2024-04-01T00:00:00Z') + i * 3_600_000).toISOString(),
          customer: { name: `Buyer ${i}`, phone: `1390000${String(i).padStart(4, '0')}` },
          lines: [orderLine({ sku: 'MUG-RED', quantity: 1, unitPriceMinor: 5000 })],
        }),
      ),
    ]);
  } finally {
    await core.close();
  }
}

beforeAll(async () => {
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-e2e-orders-'));
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

describe('operator finds an order and reads its profit (Chromium against the preview)', () => {
  it('lists the orders newest first with the count', async () => {
    await page.goto(`${preview.url}#/orders`);
    await page.getByRole('heading', { name: 'Orders', level: 2 }).waitFor();
    await page.getByText('301 orders').waitFor();
    const firstRow = page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1);
    await expect.poll(() => firstRow.textContent()).toContain('4400000299');
  });

  it('finds the order by phone, opens it and sees the waterfall figures', async () => {
    await page.getByLabel('Search order id, phone, buyer, SKU or product').fill('13800138000');
    await page.getByText('1 order', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: '3301000000000001' }).click();
    await page.getByRole('heading', { name: 'Order 3301000000000001' }).waitFor();
    const waterfall = page.getByRole('table', { name: 'Profit' });
    const figure = (step: string) =>
      waterfall.getByRole('row').filter({ hasText: step }).getByRole('cell').nth(2);
    await expect.poll(() => figure('Gross sales').textContent()).toBe('CN¥100.00');
    expect(await figure('= Net sales').textContent()).toBe('CN¥92.00');
    expect(await figure('− Cost of goods').textContent()).toBe('-CN¥60.00');
    expect(await figure('= Gross profit').textContent()).toBe('CN¥29.71');
    await page.getByText('Gross margin 32.29%').waitFor();
    await page.getByRole('table', { name: 'Lines' }).getByRole('link', { name: 'MUG-RED' }).waitFor();
    expect(await page.getByRole('link', { name: 'Open customer' }).getAttribute('href')).toMatch(
      /#\/customers\//,
    );
  });
});
