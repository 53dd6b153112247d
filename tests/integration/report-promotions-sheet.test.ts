import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeMonthlyReport } from '../../electron/core/reports/monthly/write-monthly-report';
import { insertCampaign } from '../helpers/campaign-rows';
import type { TempCore } from '../helpers/catalog-data';
import {
  campaignWindow,
  evaluationShop,
  handWorkedOrders,
  writeAndAttribute,
  type EvaluationShop,
} from '../helpers/evaluation-shop';
import { readWorkbook } from '../helpers/report-shop';
import { tempCore } from '../helpers/temp-core';

let core: TempCore;
let shop: EvaluationShop;
beforeEach(async () => {
  core = await tempCore('report-promotions-sheet');
  shop = await evaluationShop(core);
});
afterEach(async () => core?.cleanup());

const rowsOf = async (file: string, sheet: string) => {
  const ws = (await readWorkbook(file)).getWorksheet(sheet)!;
  return Array.from({ length: ws.rowCount }, (_, i) => (ws.getRow(i + 1).values as unknown[]).slice(1));
};

describe('the Promotions sheet', () => {
  it("evaluates the month's campaigns as the evaluation page does (hand-worked in promotions-evaluation.test.ts)", async () => {
    // 满100减10 on red mugs Mar 11–13, spend ¥50: uplift 250 %, discount cost ¥25, ROI 69 %, ROAS 6.5×.
    insertCampaign(core.ctx.sqlite, {
      id: 'mj',
      name: '满100减10',
      terms: { type: 'tiered', tiers: [{ thresholdMinor: 10_000, offMinor: 1_000 }] },
      storefrontIds: [shop.storefrontId],
      skuIds: [shop.redId],
      spendMinor: 5_000,
      budgetMinor: 20_000,
      ...campaignWindow,
    });
    writeAndAttribute(core, shop.storefrontId, handWorkedOrders());
    const now = new Date('2024-03-20T04:00:00.000Z');
    const en = path.join(core.dir, 'march.xlsx');
    const zh = path.join(core.dir, '三月.xlsx');
    await writeMonthlyReport(core.ctx.sqlite, '2024-03', 'en', en, { now });
    await writeMonthlyReport(core.ctx.sqlite, '2024-03', 'zh-CN', zh, { now });
    const [header, row, ...rest] = await rowsOf(en, 'Promotions');
    expect(header).toEqual([
      'Campaign',
      'Storefronts',
      'Start',
      'End',
      'Evaluation',
      'Net sales',
      'Uplift (units)',
      'Discount cost',
      'ROI',
      'ROAS (net sales ÷ spend)',
    ]);
    expect(rest).toEqual([]);
    expect(row!.slice(0, 2)).toEqual(['满100减10', '天猫店']);
    expect((row![2] as Date).toISOString().slice(0, 10)).toBe('2024-03-11');
    expect((row![3] as Date).toISOString().slice(0, 10)).toBe('2024-03-13');
    expect(row!.slice(4)).toEqual(['Final', 325, 2.5, 25, 0.69, 6.5]);
    const [zhHeader, zhRow] = await rowsOf(zh, '促销');
    expect([zhHeader![4], zhHeader![9], zhRow![4]]).toEqual(['评估', 'ROAS（投产比）', '最终']);

    // April has no campaign: the sheet says so.
    const april = path.join(core.dir, 'april.xlsx');
    await writeMonthlyReport(core.ctx.sqlite, '2024-04', 'en', april, { now });
    expect(await rowsOf(april, 'Promotions')).toEqual([header, ['No campaign ran this month.']]);
  });
});
