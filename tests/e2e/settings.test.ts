import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/browser';
import { startPreview, type RunningPreview } from './helpers/preview';

let preview: RunningPreview;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('owner opens the demo shop and looks after settings (Chromium against the preview)', () => {
  it('opens the demo shop from the first-run screen', async () => {
    await page.goto(preview.url);
    await page.getByRole('button', { name: 'Open the demo shop' }).click();
    await page.goto(`${preview.url}#/storefronts`);
    await expect.poll(() => page.getByRole('row').count()).toBe(6); // header + five demo storefronts
    await expect.poll(() => page.getByText('Demo shop', { exact: true }).isVisible()).toBe(true);
  });

  it('opens the promotions area from the navigation', async () => {
    await page.getByRole('link', { name: /Promotions/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Promotions', level: 2 }).isVisible())
      .toBe(true);
  });

  it('adds a staff member and makes them the person working', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Chen Wei');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Chen Wei' }).isVisible()).toBe(true);
    await page.getByRole('combobox', { name: 'Who is working' }).click();
    await page.getByRole('option', { name: 'Chen Wei · Operator' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Who is working' }).inputValue())
      .toBe('Chen Wei · Operator');
  });

  it('refuses a bad exchange rate with a readable message, then adds a good one', async () => {
    await page.getByRole('textbox', { name: 'Rate', exact: true }).fill('-7');
    await page.getByRole('button', { name: 'Add rate' }).click();
    await expect
      .poll(() => page.getByText('rate: A positive rate with at most 6 decimals').isVisible())
      .toBe(true);
    await page.getByRole('textbox', { name: 'Rate', exact: true }).fill('7.1234');
    await page.getByRole('button', { name: 'Add rate' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '7.1234' }).isVisible()).toBe(true);
  });

  it('backs up now as a background job and lists the backup', async () => {
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => page.getByText('Backup finished').isVisible()).toBe(true);
    const backups = page.getByRole('table', { name: 'Backups in the data folder' });
    await expect.poll(() => backups.getByRole('row').count()).toBe(2);
    await expect.poll(() => backups.getByText(/^channeldesk-.*\.db$/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Check integrity' }).click();
    await expect.poll(() => page.getByText(/The database is healthy/).isVisible()).toBe(true);
  });
});
