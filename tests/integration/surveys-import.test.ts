import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  SurveyImportInspection,
  SurveyImportSummary,
  SurveyResponsePage,
} from '../../shared/domain/survey-views';
import type { SurveyImportInput } from '../../shared/api/schemas/surveys';
import { importSurveyResponses } from '../../electron/core/surveys/import/run-survey-import';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { count, surveyShop, type SurveyShop } from '../helpers/survey-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-surveys');
  shop = await surveyShop(core);
});
afterEach(() => core.cleanup());

/** A 问卷星-style export: a note line, then the header, ids as the tool writes them. */
const header = [
  '序号',
  '提交答卷时间',
  '订单号',
  '手机号',
  '您有多大可能向朋友推荐我们？',
  '您从哪里知道我们？',
  '您喜欢什么？',
];
const goodRows = [
  ['1', '2024/3/15 10:20:00', '3301000000000001', '', '10', '朋友推荐', '价格┋质量'],
  ['2', '2024/3/15 11:00:00', '', '13900139000', '9分', 'B', ''],
  ['3', '2024/3/16 09:00:00', '9999', '', '3', '', 'Delivery'],
];
const csvFile = (name: string, rows: string[][]) => {
  const file = path.join(core.dir, name);
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  fs.writeFileSync(
    file,
    `\uFEFF问卷导出 2024-03-17\n${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`,
  );
  return file;
};
const mapping = {
  questions: { nps: '您有多大可能向朋友推荐我们？', channel: '您从哪里知道我们？', liked: '您喜欢什么？' },
  responseId: '序号',
  answeredAt: '提交答卷时间',
  orderId: '订单号',
  phone: '手机号',
};
// The service the importSurveyResponses job runs, on this thread (surveys-import-job.test.ts runs the job).
const importFile = (file: string, more: Partial<SurveyImportInput> = {}) =>
  importSurveyResponses(
    core.ctx.sqlite,
    { templateId: shop.nps.id, storefrontId: shop.tmall.id, path: file, mapping, ...more },
    '2024-03-20T02:00:00.000Z',
  );

describe('importing responses from a form tool', () => {
  it('suggests the mapping from the header', async () => {
    const inspection = await value<SurveyImportInspection>(
      core.dispatch('surveys', 'inspectImport', {
        templateId: shop.nps.id,
        path: csvFile('a.csv', goodRows),
      }),
    );
    expect(inspection.headerRow).toBe(2);
    expect(inspection.sample[0]![2]).toBe('3301000000000001');
    expect(inspection.suggested).toEqual(mapping);
  });

  it('imports a good file with links, then a re-import adds nothing', async () => {
    const file = csvFile('good.csv', goodRows);
    const summary = await importFile(file);
    expect(summary).toMatchObject({
      written: true,
      inserted: 3,
      unchanged: 0,
      linked: 2,
      followupTickets: 1,
      errors: [],
    });
    // Order 9999 is not imported: a warning naming row 5 (note line, header, rows 3–5) and the column.
    expect(summary.warnings.map((w) => [w.row, w.column, w.key])).toEqual([
      [5, '订单号', 'surveyOrderUnknown'],
    ]);
    const page = await value<SurveyResponsePage>(
      core.dispatch('surveys', 'responses', { from: '2024-03-01', to: '2024-03-31' }),
    );
    const byNps = new Map(page.rows.map((r) => [r.nps, r]));
    expect(byNps.get(10)).toMatchObject({
      orderExternalId: '3301000000000001',
      customerName: '张伟',
      channel: 'import',
      answeredAt: '2024-03-15T02:20:00.000Z',
    });
    expect(byNps.get(10)!.answers).toEqual([
      { questionId: 'nps', kind: 'nps', score: 10 },
      { questionId: 'channel', kind: 'single_choice', optionId: 'friend' },
      { questionId: 'liked', kind: 'multiple_choice', optionIds: ['price', 'quality'] },
    ]);
    // 王芳's phone finds her customer; "B" is the second option.
    expect(byNps.get(9)).toMatchObject({ customerName: '王芳', orderId: null });
    expect(byNps.get(9)!.answers[1]).toEqual({
      questionId: 'channel',
      kind: 'single_choice',
      optionId: 'search',
    });
    expect(byNps.get(3)!.followupTicketId).not.toBeNull();

    const again = await importFile(file);
    expect(again).toMatchObject({ written: true, inserted: 0, unchanged: 3 });
    expect(count(core, 'survey_responses')).toBe(3);
    expect(count(core, 'tickets')).toBe(1);
  });

  it('lists every bad row by row and column and writes nothing', async () => {
    const file = csvFile('bad.csv', [
      goodRows[0]!,
      ['2', 'yesterday', '', '', '11', '电视', ''],
      ['1', '2024/3/15 12:00:00', '', '', '4.5', '', '价格,广告'],
      ['4', '', '', '', '', '', ''],
    ]);
    const summary = await importFile(file);
    expect(summary.written).toBe(false);
    expect(summary.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [4, '您有多大可能向朋友推荐我们？', 'surveyScoreCell'],
      [4, '您从哪里知道我们？', 'surveyOptionCell'],
      [4, '提交答卷时间', 'surveyDateCell'],
      [5, '您有多大可能向朋友推荐我们？', 'surveyScoreCell'],
      [5, '您喜欢什么？', 'surveyOptionCell'],
      [5, '序号', 'surveyRowRepeated'],
      [6, '', 'surveyRowEmpty'],
    ]);
    expect(summary.errors[0]!.message).toBe('must be a whole number 0–10 (got "11")');
    expect(summary.errors[5]!.message).toBe('repeats response id 1 of row 3');
    expect(count(core, 'survey_responses') + count(core, 'survey_answers') + count(core, 'tickets')).toBe(0);
  });

  it('refuses a mapping to columns the file does not have, or to no question', async () => {
    const file = csvFile('a.csv', goodRows);
    const wrong = await importFile(file, {
      mapping: { questions: { nps: 'NPS score', ghost: '手机号' }, responseId: '序号' },
    });
    expect(wrong.errors.map((e) => [e.column, e.key])).toEqual([
      ['nps', 'surveyColumnUnknown'],
      ['ghost', 'unknownQuestion'],
    ]);
    const none = await importFile(file, { mapping: { questions: {} } });
    expect(none.errors.map((e) => e.key)).toEqual(['surveyNoQuestionsMapped']);
    expect(count(core, 'survey_responses')).toBe(0);
  });

  it('checks without writing on a dry run, with the counts a real import would have', async () => {
    const summary = await value<SurveyImportSummary>(
      core.dispatch('surveys', 'checkImport', {
        templateId: shop.nps.id,
        storefrontId: shop.tmall.id,
        path: csvFile('good.csv', goodRows),
        mapping,
      }),
    );
    expect(summary).toMatchObject({ written: false, inserted: 3, followupTickets: 1, errors: [] });
    expect(count(core, 'survey_responses') + count(core, 'tickets')).toBe(0);
  });

  it('reads an xlsx export and requires the required question', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Response ID', 'How likely are you to recommend us?', 'Where did you hear of us?']);
    ws.addRow(['r-1', 8, 'Search']);
    ws.addRow(['r-2', '', 'friend']);
    const file = path.join(core.dir, 'forms.xlsx');
    await wb.xlsx.writeFile(file);
    const inspection = await value<SurveyImportInspection>(
      core.dispatch('surveys', 'inspectImport', { templateId: shop.nps.id, path: file }),
    );
    expect(inspection.suggested).toEqual({
      questions: { nps: 'How likely are you to recommend us?', channel: 'Where did you hear of us?' },
      responseId: 'Response ID',
    });
    const summary = await importFile(file, { mapping: inspection.suggested });
    expect(summary.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, 'How likely are you to recommend us?', 'required'],
    ]);
    const fixed = path.join(core.dir, 'forms-fixed.xlsx');
    ws.getRow(3).getCell(2).value = 10;
    await wb.xlsx.writeFile(fixed);
    expect(await importFile(fixed, { mapping: inspection.suggested })).toMatchObject({
      written: true,
      inserted: 2,
    });
  });
});
