import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createCore } from '../../electron/core/app';
import type { Campaign, CampaignGuardrail, CampaignSummary } from '../../shared/domain/promotions';
import type { CampaignEvaluationWithSeries } from '../../shared/domain/promotions-evaluation';
import type { Storefront } from '../../shared/domain/storefronts';
import { localDate } from '../../shared/logic/dates';
import { addDays } from '../../shared/logic/metrics';
import { formatDate, formatMoney } from '../../shared/logic/money';
import { callApi } from './helpers/api';
import { launchChromium } from './helpers/browser';
import { startPreview, type RunningPreview } from './helpers/preview';

let seedDir: string;
let preview: RunningPreview;
let browser: Browser;
let page: Page;
let stores: { tmall: Storefront; jd: Storefront };
/** The campaign's days (shop zone) and the low-margin SKU the 满300减40 pushes below its floor. */
let plan: { first: string; last: string; skuCode: string };

const ZONE = 'Asia/Shanghai';
const NAME = '双12 满300减40（e2e）';
const main = () => page.getByRole('main');

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

const iso = (day: string) => `${day}T00:00:00+08:00`;

/**
 * Three days at least three weeks ahead with no other campaign within a week, so the drag later re-checks
 * the same stacking; then a SKU on both storefronts that 满300减40 takes below its floor but 满1000减40 does
 * not — found with two throwaway drafts (drafts never stack with anything), cancelled again.
 */
async function choosePlan(): Promise<typeof plan> {
  let first = addDays(localDate(new Date().toISOString(), ZONE), 21);
  for (;;) {
    const near = await callApi<CampaignSummary[]>(preview, 'promotions/list', {
      from: addDays(first, -7),
      to: addDays(first, 10),
    });
    if (!near.some((c) => c.state !== 'cancelled')) break;
    first = addDays(first, 7);
  }
  const last = addDays(first, 2);
  const probe = async (thresholdMinor: number) => {
    const draft = await callApi<Campaign>(preview, 'promotions/create', {
      name: `probe ${thresholdMinor}`,
      goal: 'sales',
      terms: { type: 'tiered', tiers: [{ thresholdMinor, offMinor: 4000 }] },
      storefrontIds: [stores.tmall.id, stores.jd.id],
      startAt: iso(first),
      endAt: iso(addDays(last, 1)),
    });
    const guard = await callApi<CampaignGuardrail>(preview, 'promotions/guardrail', { id: draft.id });
    await callApi(preview, 'promotions/cancel', { id: draft.id });
    return guard.rows;
  };
  const tight = await probe(30_000);
  const loose = await probe(100_000);
  const fine = (code: string) => {
    const rows = loose.filter((r) => r.skuCode === code);
    return rows.length === 2 && rows.every((r) => r.belowFloor === false);
  };
  const sku = tight.find((r) => r.belowFloor && fine(r.skuCode));
  if (!sku)
    throw new Error('the demo shop has no SKU that 满300减40 takes below its floor and 满1000减40 does not');
  return { first, last, skuCode: sku.skuCode };
}

beforeAll(async () => {
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-e2e-promotions-'));
  const dbFile = path.join(seedDir, 'shop.db');
  await seedDemo(dbFile);
  preview = await startPreview(dbFile);
  const all = await callApi<Storefront[]>(preview, 'storefronts/list');
  stores = {
    tmall: all.find((s) => s.name === '天猫旗舰店')!,
    jd: all.find((s) => s.name === '京东自营店')!,
  };
  plan = await choosePlan();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1500, height: 1000 } });
  page.setDefaultTimeout(15_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  fs.rmSync(seedDir, { recursive: true, force: true });
});

const campaignNamed = async (name: string) =>
  (await callApi<CampaignSummary[]>(preview, 'promotions/list')).find((c) => c.name === name)!;
const guardRow = (storefront: string) => main().locator(`tr[aria-label="${plan.skuCode} on ${storefront}"]`);

describe('operator plans a 满300减40 with the guardrail, and reads a finished campaign (Chromium)', () => {
  it('plans the campaign on two storefronts and sees the low-margin SKU below its floor', async () => {
    await page.goto(`${preview.url}#/promotions`);
    await main().getByRole('link', { name: 'New campaign' }).click();
    await main().getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
    await main().getByRole('combobox', { name: 'Storefronts' }).click();
    await page.getByRole('option', { name: '天猫旗舰店 (CNY)' }).click();
    await page.getByRole('option', { name: '京东自营店 (CNY)' }).click();
    await page.keyboard.press('Escape');
    await main().getByLabel('Starts').fill(`${plan.first}T00:00`);
    await main()
      .getByLabel('Ends')
      .fill(`${addDays(plan.last, 1)}T00:00`);
    await main().getByRole('textbox', { name: 'Order value reaches (1)', exact: true }).fill('300');
    await main().getByRole('textbox', { name: 'Save (1)', exact: true }).fill('40');
    await main().getByRole('combobox', { name: 'SKUs' }).fill(plan.skuCode);
    await page.getByRole('option', { name: new RegExp(`^${plan.skuCode} · `) }).click();
    await page.keyboard.press('Escape');
    await main().getByRole('button', { name: 'Create draft' }).click();

    await main().getByRole('heading', { name: 'Price guardrail' }).waitFor();
    await main()
      .getByText(/SKU × storefront rows below the price floor/)
      .waitFor();
    const below = [guardRow('天猫旗舰店'), guardRow('京东自营店')];
    const texts = await Promise.all(below.map((r) => r.textContent()));
    expect(texts.some((t) => t?.includes('Below floor'))).toBe(true);

    // Activation is refused while a row is below floor: the override dialog asks why, and going back changes nothing.
    await main().getByRole('button', { name: 'Activate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Activate below the price floor?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Back to the terms' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await campaignNamed(NAME)).state).toBe('draft');
  });

  it('fixes the terms, sees the warning go away and activates without an override', async () => {
    await main().getByRole('textbox', { name: 'Order value reaches (1)', exact: true }).fill('1000');
    await main().getByRole('button', { name: 'Save', exact: true }).click();
    await main().getByText('No SKU goes below its price floor.').waitFor();
    expect(await main().getByText('Below floor').count()).toBe(0);
    expect(await guardRow('京东自营店').textContent()).toContain('OK');
    await main().getByRole('button', { name: 'Activate', exact: true }).click();
    await main().getByText('Scheduled', { exact: true }).waitFor();
    const saved = await callApi<Campaign>(preview, 'promotions/get', { id: (await campaignNamed(NAME)).id });
    expect(saved.state).toBe('scheduled');
    expect(saved.overrides).toEqual([]);
    expect(saved.terms).toEqual({ type: 'tiered', tiers: [{ thresholdMinor: 100_000, offMinor: 4000 }] });
  });

  it('shows the campaign on the calendar on both storefronts, and a drag moves it by a day', async () => {
    await page.goto(`${preview.url}#/promotions/calendar?month=${plan.first.slice(0, 7)}`);
    const label = (a: string, b: string) => `${NAME}, ${formatDate(a, 'en')} – ${formatDate(b, 'en')}`;
    const bar = (storefront: string, a = plan.first, b = plan.last) =>
      main()
        .getByRole('group', { name: storefront })
        .getByRole('button', { name: label(a, b) });
    await bar('天猫旗舰店').waitFor();
    await bar('京东自营店').waitFor();

    const box = (await bar('京东自营店').boundingBox())!;
    const dayWidth = (box.width + 2) / 3;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + dayWidth / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + dayWidth * 1.1, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const [a, b] = [addDays(plan.first, 1), addDays(plan.last, 1)];
    await bar('天猫旗舰店', a, b).waitFor();
    const moved = await callApi<Campaign>(preview, 'promotions/get', { id: (await campaignNamed(NAME)).id });
    expect(moved.startAt).toBe(new Date(iso(a)).toISOString());
    expect(moved.endAt).toBe(new Date(iso(addDays(b, 1))).toISOString());
  });

  it('opens a finished demo campaign’s evaluation with its chart and the figures of the core', async () => {
    const ended = (await callApi<CampaignSummary[]>(preview, 'promotions/list'))
      .filter((c) => c.state === 'ended' && c.name.includes('双11'))
      .sort((x, y) => y.startAt.localeCompare(x.startAt))[0];
    expect(ended, 'the demo shop has a finished 双11 campaign').toBeDefined();
    await page.goto(`${preview.url}#/promotions?state=ended`);
    await main().getByRole('link', { name: ended!.name }).click();
    await main().getByRole('link', { name: 'Evaluation' }).click();
    await main()
      .getByRole('img', { name: 'Daily net sales against the baseline band' })
      .locator('svg')
      .first()
      .waitFor();
    const e = await callApi<CampaignEvaluationWithSeries>(preview, 'promotions/evaluate', { id: ended!.id });
    expect(e.state).toBe('final');
    expect(await main().getByTestId('eval-netSales').textContent()).toBe(
      formatMoney(e.figures.netSalesMinor!, e.baseCurrency, 'en'),
    );
    expect(await main().getByTestId('eval-incrementalGrossProfit').textContent()).toBe(
      formatMoney(e.figures.incrementalGrossProfitMinor!, e.baseCurrency, 'en'),
    );
    // ROI and ROAS side by side, each under its own name.
    await main().getByText('ROI', { exact: true }).waitFor();
    await main().getByText('ROAS (投产比)', { exact: true }).waitFor();
    expect(await main().getByTestId('eval-roas').textContent()).toMatch(/^[\d.,]+×$/);
    // The demo's 双11 exports name their 满减: attribution says so.
    await main().getByText('by promotion name').waitFor();
    // The chart has the campaign days and the baseline days before them.
    expect(e.series.days.length).toBeGreaterThan(0);
    expect(e.series.baselineDays.length).toBe(e.series.days.length);
  });
});
