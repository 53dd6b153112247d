import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/browser';
import { callApi } from './helpers/api';
import { startPreview, type RunningPreview } from './helpers/preview';

let preview: RunningPreview;
let browser: Browser;
let page: Page;

/** The preview's API, as the page calls it. */
const apiCall = <T = unknown>(call: string, input: unknown = null): Promise<T> =>
  callApi<T>(preview, call, input);

/** Mantine Select: open it by its label (the accessible name ends with the required mark), pick the option. */
async function pick(label: string, option: string): Promise<void> {
  const box = page.getByRole('dialog').getByRole('combobox', { name: label, exact: true });
  await box.click();
  // Long lists (time zones) show the first matches only: type to narrow, as a person would.
  await box.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('operator sets up storefronts (Chromium against the preview)', () => {
  it('starts an empty shop from the first-run screen', async () => {
    await page.goto(preview.url);
    await page.getByRole('button', { name: 'Start with an empty shop' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Storefronts', level: 2 }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('No storefronts yet').isVisible()).toBe(true);
  });

  it('refuses bad input with messages on the fields and creates nothing', async () => {
    await page.getByRole('button', { name: 'New storefront' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Commission (%)').fill('12.345');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByText('Required').first().isVisible()).toBe(true);
    await expect
      .poll(() => dialog.getByText('A percentage between 0 and 100 with at most 2 decimals').isVisible())
      .toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await apiCall('storefronts/list')).toEqual([]);
  });

  it('creates a storefront with fee rules stored exactly', async () => {
    await page.getByRole('button', { name: 'New storefront' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('JD Flagship');
    await pick('Platform', 'JD');
    await pick('Time zone', 'Asia/Shanghai');
    await dialog.getByLabel('Commission (%)').fill('8');
    await dialog.getByLabel('Payment fee (%)').fill('0.6');
    await dialog.getByLabel('Default shipping cost per order').fill('10.5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByRole('cell', { name: 'JD Flagship', exact: true }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText(/8 % commission/).isVisible()).toBe(true);
    const [saved] = (await apiCall('storefronts/list')) as {
      name: string;
      platform: string;
      feeRules: object;
    }[];
    expect(saved).toMatchObject({
      name: 'JD Flagship',
      platform: 'jd',
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      feeRules: { commissionRateBp: 800, paymentFeeRateBp: 60, fixedFeeMinor: 0, shippingCostMinor: 1050 },
    });
  });

  it('edits it, and shows a duplicate name as a readable error on the field', async () => {
    await page.getByRole('button', { name: 'Edit JD Flagship' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Commission (%)').fill('6.5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText(/6\.5 % commission/).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'New storefront' }).click();
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('jd flagship');
    await pick('Platform', 'Tmall');
    await pick('Time zone', 'Asia/Shanghai');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByText('A storefront named “jd flagship” already exists.').isVisible())
      .toBe(true);
    await expect.poll(() => dialog.getByText('This name is already used').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(((await apiCall('storefronts/list')) as unknown[]).length).toBe(1);
  });

  it('switches to Chinese, and the choice survives a reload', async () => {
    await page.getByRole('banner').first().getByText('中文', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: '店铺', level: 2 }).isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: '店铺', level: 2 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/佣金 6\.5%/).isVisible()).toBe(true);
    expect(await apiCall('settings/get')).toMatchObject({ language: 'zh-CN' });
  });

  it('archives a storefront after confirmation and restores it', async () => {
    await page.getByRole('button', { name: '归档 JD Flagship' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '归档' }).click();
    await expect.poll(() => page.getByText('还没有店铺').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('switch', { name: '显示已归档' }).check();
    await page.getByRole('button', { name: '恢复 JD Flagship' }).click();
    await expect.poll(async () => ((await apiCall('storefronts/list')) as unknown[]).length).toBe(1);
  });
});
