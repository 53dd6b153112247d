import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './helpers/browser';
import { callApi } from './helpers/api';
import { startPreview, type RunningPreview } from './helpers/preview';

let preview: RunningPreview;
let browser: Browser;
let page: Page;

/** The preview's API, as the page calls it. */
const apiCall = <T = unknown>(call: string, input: unknown = null): Promise<T> =>
  callApi<T>(preview, call, input);

/** Mantine Select inside `scope`: open it by its label, pick the option. */
async function pick(scope: Locator | Page, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

interface Listing {
  id: string;
  storefrontId: string;
  priceMinor: number;
}
interface ProductDetail {
  id: string;
  skus: { id: string; code: string; barcode: string | null; weightG: number | null; listings: Listing[] }[];
}
interface ProductPage {
  rows: { id: string; name: string }[];
}

const feeRules = (commissionRateBp: number) => ({
  commissionRateBp,
  paymentFeeRateBp: 60,
  fixedFeeMinor: 0,
  shippingCostMinor: 800,
  categoryCommissions: [],
});

async function product(): Promise<ProductDetail> {
  const list = await apiCall<ProductPage>('catalog/listProducts', {
    search: 'Vacuum flask',
    page: 1,
    pageSize: 50,
  });
  return apiCall<ProductDetail>('catalog/getProduct', { id: list.rows[0]!.id });
}

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(15_000);
  await apiCall('settings/update', { baseCurrency: 'CNY', timezone: 'Asia/Shanghai' });
  for (const [name, platform, commission] of [
    ['JD Flagship', 'jd', 800],
    ['Tmall Store', 'tmall', 500],
  ] as const) {
    await apiCall('storefronts/create', {
      name,
      platform,
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      role: 'core',
      feeRules: feeRules(commission),
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('operator prices a new product on two storefronts (Chromium against the preview)', () => {
  it('creates a product with its first SKU from the catalog page', async () => {
    await page.goto(`${preview.url}#/catalog`);
    await page.getByRole('heading', { name: 'Catalog', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'New product' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Product', exact: true }).fill('Vacuum flask');
    await dialog.getByRole('textbox', { name: 'Category', exact: true }).fill('Kitchen');
    await dialog.getByRole('textbox', { name: 'Brand', exact: true }).fill('Acme');
    await dialog.getByRole('textbox', { name: 'SKU code (商家编码)', exact: true }).fill('VF-500');
    await dialog.getByRole('textbox', { name: 'SKU name', exact: true }).fill('500 ml');
    await dialog.getByLabel('Purchase cost').fill('40');
    await dialog.getByLabel('Packaging cost').fill('2.5');
    await dialog.getByRole('textbox', { name: 'Barcode', exact: true }).fill('6901234567890');
    await dialog.getByRole('textbox', { name: 'Weight (g)', exact: true }).fill('380');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Vacuum flask' }).waitFor();
    const saved = await product();
    expect(saved.skus.map((s) => [s.code, s.barcode, s.weightG])).toEqual([['VF-500', '6901234567890', 380]]);
  });

  it('edits the SKU details and refuses a weight that is not whole grams', async () => {
    await page.getByRole('button', { name: 'Edit SKU' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit SKU VF-500' });
    await dialog.getByRole('textbox', { name: 'Weight (g)', exact: true }).fill('1.5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Whole grams, 0 or more').waitFor();
    await dialog.getByRole('textbox', { name: 'Weight (g)', exact: true }).fill('410');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Weight \(g\): 410/).waitFor();
    expect((await product()).skus[0]!.weightG).toBe(410);
  });

  it('adds a second SKU', async () => {
    await page.getByRole('button', { name: 'Add SKU' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'SKU code (商家编码)', exact: true }).fill('VF-750');
    await dialog.getByRole('textbox', { name: 'SKU name', exact: true }).fill('750 ml');
    await dialog.getByLabel('Purchase cost').fill('52');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await product()).skus.map((s) => s.code).sort())
      .toEqual(['VF-500', 'VF-750']);
    await page.getByRole('button', { name: /VF-750/ }).waitFor();
  });

  it('lists the first SKU on both storefronts', async () => {
    const listings = page.getByRole('table', { name: 'Storefront listings VF-500' });
    for (const [storefront, externalId, price] of [
      ['JD Flagship', 'JD-10001', '99'],
      ['Tmall Store', 'TM-20001', '109'],
    ]) {
      await page.getByRole('button', { name: 'Add listing' }).first().click();
      const dialog = page.getByRole('dialog');
      await pick(dialog, 'Storefront', `${storefront!} (CNY)`);
      await dialog.getByRole('textbox', { name: 'Storefront SKU id', exact: true }).fill(externalId!);
      await dialog.getByRole('textbox', { name: 'Price', exact: true }).fill(price!);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await listings.getByRole('cell', { name: externalId!, exact: true }).waitFor();
    }
    const sku = (await product()).skus.find((s) => s.code === 'VF-500')!;
    expect(sku.listings.map((l) => l.priceMinor).sort((a, b) => a - b)).toEqual([9900, 10900]);
  });

  it('sets a price for a 30 % margin in the pricing workbench', async () => {
    const row = page
      .getByRole('table', { name: 'Storefront listings VF-500' })
      .getByRole('row')
      .filter({ hasText: 'JD Flagship' });
    await row.getByRole('link', { name: 'Open in pricing workbench' }).click();
    await page.getByRole('heading', { name: 'Pricing workbench', level: 2 }).waitFor();
    await page.getByRole('textbox', { name: 'Target margin (%)' }).fill('30');
    const use = page.getByRole('button', { name: 'Use this price' });
    await use.waitFor();
    await use.click();
    await page.getByText(/^Price saved:/).waitFor();
    const sku = (await product()).skus.find((s) => s.code === 'VF-500')!;
    const jd = sku.listings.find((l) => l.priceMinor !== 10900)!;
    // The saved price really earns at least 30 %: ask the workbench for the margin at that price.
    const at = await apiCall<{ atPrice: { marginBp: number | null } | null }>('pricing/workbench', {
      listingId: jd.id,
      priceMinor: jd.priceMinor,
    });
    expect(at.atPrice?.marginBp).toBeGreaterThanOrEqual(3000);
    expect(jd.priceMinor).not.toBe(9900);
  });

  it('bulk-reprices the category with cost-plus and an ending, then shows the history', async () => {
    await page.getByRole('tab', { name: 'Bulk repricing' }).click();
    await page.getByRole('heading', { name: 'Bulk repricing', level: 2 }).waitFor();
    await page.getByRole('textbox', { name: 'Category', exact: true }).fill('Kitchen');
    await page.getByRole('textbox', { name: 'Target margin (%)', exact: true }).fill('35');
    await pick(page, 'Price ending', 'Ends in 9');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText(/2 selected · 2 change/).waitFor();
    await page
      .getByRole('textbox', { name: 'Why (kept in the price history)' })
      .fill('Kitchen cost-plus 35 %');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await page.getByText('2 prices updated').waitFor();

    const sku = (await product()).skus.find((s) => s.code === 'VF-500')!;
    for (const listing of sku.listings) expect(listing.priceMinor % 1000).toBe(900);

    await page.goto(`${preview.url}#/catalog`);
    await page.getByText('Vacuum flask').click();
    const row = page
      .getByRole('table', { name: 'Storefront listings VF-500' })
      .getByRole('row')
      .filter({ hasText: 'JD Flagship' });
    await row.getByRole('button', { name: 'Price history' }).click();
    const history = page.getByRole('table', { name: 'Price history' });
    await history.getByRole('cell', { name: 'Kitchen cost-plus 35 %' }).waitFor();
    await history.getByRole('cell', { name: 'Set in the pricing workbench' }).waitFor();
    expect(await history.getByRole('row').count()).toBe(4); // header, repricing, workbench, first price
  });
});
