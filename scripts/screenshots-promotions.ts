// The promotions screens for `npm run screenshots` (scripts/screenshots.ts calls this on the fresh demo shop,
// after the build): campaign list, editor with its guardrail, calendar and a finished campaign's evaluation,
// in English and Chinese. A 满300减40 on two storefronts is planned first so the guardrail has rows to show.
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Campaign, CampaignSummary } from '../shared/domain/promotions';
import type { Storefront } from '../shared/domain/storefronts';
import { localDate } from '../shared/logic/dates';
import { addDays } from '../shared/logic/metrics';
import { callApi } from '../tests/e2e/helpers/api';
import type { RunningPreview } from '../tests/e2e/helpers/preview';

type Language = 'en' | 'zh';

const names = {
  en: { guardrail: 'Price guardrail', chart: 'Daily net sales against the baseline band', list: 'Campaigns' },
  zh: { guardrail: '价格护栏', chart: '每日净销售额与基线区间', list: '活动' },
};

/** A draft 满300减40 on Tmall and JD two weeks ahead, over the whole catalog: some low-margin SKUs go below floor. */
async function planDraft(preview: RunningPreview): Promise<Campaign> {
  const existing = (await callApi<CampaignSummary[]>(preview, 'promotions/list')).find((c) =>
    c.name.startsWith('元旦'),
  );
  if (existing) return callApi<Campaign>(preview, 'promotions/get', { id: existing.id });
  const stores = await callApi<Storefront[]>(preview, 'storefronts/list');
  const ids = ['天猫旗舰店', '京东自营店'].map((n) => stores.find((s) => s.name === n)!.id);
  const first = addDays(localDate(new Date().toISOString(), 'Asia/Shanghai'), 14);
  return callApi<Campaign>(preview, 'promotions/create', {
    name: '元旦 满300减40',
    goal: 'sales',
    terms: { type: 'tiered', tiers: [{ thresholdMinor: 30_000, offMinor: 4_000 }] },
    storefrontIds: ids,
    startAt: `${first}T00:00:00+08:00`,
    endAt: `${addDays(first, 4)}T00:00:00+08:00`,
    budgetMinor: 1_000_000,
  });
}

export async function promotionScreenshots(
  page: Page,
  preview: RunningPreview,
  out: string,
  lang: Language,
): Promise<void> {
  const n = names[lang];
  const file = (name: string) => path.join(out, `promotions-${name}-${lang}.png`);
  const draft = await planDraft(preview);
  const ended = (await callApi<CampaignSummary[]>(preview, 'promotions/list'))
    .filter((c) => c.state === 'ended')
    .sort((a, b) => b.startAt.localeCompare(a.startAt))
    .find((c) => c.name.includes('双11'));

  await page.setViewportSize({ width: 1360, height: 800 });
  await page.goto(`${preview.url}#/promotions`);
  await page.getByRole('table', { name: n.list }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: file('list') });

  await page.setViewportSize({ width: 1360, height: 1500 });
  await page.goto(`${preview.url}#/promotions/${draft.id}`);
  await page.getByRole('table', { name: n.guardrail }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: file('editor') });

  await page.setViewportSize({ width: 1360, height: 700 });
  const month = localDate(new Date().toISOString(), 'Asia/Shanghai').slice(0, 7);
  await page.goto(`${preview.url}#/promotions/calendar?view=quarter&month=${month}`);
  await page.getByRole('region').getByRole('button').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: file('calendar') });

  if (ended) {
    await page.setViewportSize({ width: 1360, height: 1100 });
    await page.goto(`${preview.url}#/promotions/${ended.id}/evaluation`);
    await page.getByRole('img', { name: n.chart }).locator('svg').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: file('evaluation') });
  }
}
