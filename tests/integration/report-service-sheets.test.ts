import path from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refundTicket, setGoodsReturned } from '../../electron/core/tickets/resolution';
import { replyToTicket, setRootCause, transitionTicket } from '../../electron/core/tickets/workflow';
import type { StaffMember } from '../../shared/domain/staff';
import { value } from '../helpers/catalog-data';
import { readWorkbook, runReportJob } from '../helpers/report-shop';
import { surveyShop, type SurveyShop } from '../helpers/survey-shop';
import { newTicket } from '../helpers/ticket-shop';
import { sh } from '../helpers/ticket-timelines';
import { tempCore } from '../helpers/temp-core';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
let en: ExcelJS.Workbook;
let zh: ExcelJS.Workbook;

const rows = (ws: ExcelJS.Worksheet) =>
  Array.from({ length: ws.rowCount }, (_, i) => (ws.getRow(i + 1).values as unknown[]).slice(1));

beforeAll(async () => {
  core = await tempCore('report-service-sheets');
  shop = await surveyShop(core);
  const sqlite = core.ctx.sqlite;
  // #1: a return on a Tmall order, answered in 30 min, resolved with a ¥20 refund the same day (met both targets).
  const orderId = shop.order('3301000000000001');
  const one = newTicket(core, { orderId, externalRef: '=HYPERLINK("x")' }, sh('2024-03-12 09:00'));
  replyToTicket(sqlite, { id: one, body: '您好' }, sh('2024-03-12 09:30'));
  refundTicket(sqlite, { id: one, amountMinor: 2000 }, sh('2024-03-12 11:00'));
  setGoodsReturned(sqlite, { id: one, returned: true }, sh('2024-03-12 11:00'));
  setRootCause(sqlite, { id: one, rootCause: 'product' }, sh('2024-03-12 11:00'));
  transitionTicket(sqlite, { id: one, to: 'resolved' }, sh('2024-03-12 11:00'));
  // #2: opened in March, never answered, still open; #3: February, not in the March sheet.
  newTicket(core, { storefrontId: shop.shopify.id, type: 'inquiry' }, sh('2024-03-20 10:00'));
  newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-02-20 10:00'));
  // Survey answers in March on Tmall: CSAT 5 and 2 (→ 50), attitude 4 and 2 (→ 3).
  for (const [csat, attitude] of [
    [5, 4],
    [2, 2],
  ])
    await value(
      core.dispatch('surveys', 'recordResponse', {
        templateId: shop.service.id,
        storefrontId: shop.tmall.id,
        answeredAt: '2024-03-15T02:00:00Z',
        answers: [
          { questionId: 'csat', kind: 'csat', score: csat },
          { questionId: 'attitude', kind: 'dimension', score: attitude },
        ],
      }),
    );
  // The report is the owner's (the service agents of the survey shop may not run it): the owner works now.
  const owner = await value<StaffMember>(core.dispatch('staff', 'create', { name: '王店长', role: 'owner' }));
  await value(core.dispatch('settings', 'update', { actingStaffId: owner.id }));
  const enFile = path.join(core.dir, 'march.xlsx');
  const zhFile = path.join(core.dir, '三月.xlsx');
  expect((await runReportJob(core, { month: '2024-03', path: enFile, lang: 'en' })).job.state).toBe('done');
  expect((await runReportJob(core, { month: '2024-03', path: zhFile, lang: 'zh-CN' })).job.state).toBe(
    'done',
  );
  en = await readWorkbook(enFile);
  zh = await readWorkbook(zhFile);
}, 60_000);
afterAll(async () => core?.cleanup());

describe('the After-sales sheet', () => {
  it('lists the tickets opened or resolved in the month with SLA, refund and root cause', () => {
    const ws = en.getWorksheet('After-sales')!;
    const [header, ...body] = rows(ws);
    expect(header!.slice(0, 5)).toEqual(['Ticket', 'Platform case no.', 'Type', 'Priority', 'State']);
    // #3 is February's; the low score's follow-up complaint (#4) was opened when it was recorded, today.
    expect(body.map((r) => [r[0], r[2], r[4]])).toEqual([
      ['#1', 'Return', 'Resolved'],
      ['#2', 'Inquiry', 'New'],
    ]);
    const first = body[0]!;
    // A platform text starting with "=" stays text, never a formula.
    expect(first[1]).toBe('=HYPERLINK("x")');
    expect(ws.getCell(2, 2).type).toBe(3); // ExcelJS.ValueType.String
    expect(first[6]).toBe('3301000000000001');
    // 09:00 → 09:30 first reply (0.5 working h), resolved at 11:00 (2 working h), both targets met.
    expect([first[12], first[13], first[14]]).toEqual([0.5, 2, 'Yes']);
    expect([first[15], first[16], first[17]]).toEqual([20, 'Yes', 'Product']);
    // The open inquiry has no resolution and is not judged yet.
    expect([body[1]![11], body[1]![13], body[1]![14]]).toEqual([undefined, undefined, undefined]);
  });

  it('speaks the chosen language', () => {
    const ws = zh.getWorksheet('售后')!;
    expect(rows(ws)[0]!.slice(0, 3)).toEqual(['工单', '平台售后单号', '类型']);
    expect(rows(ws)[1]!.slice(2, 5)).toEqual(['退货', '普通', '已解决']);
  });
});

describe('the Satisfaction sheet', () => {
  it('gives the month in total and by storefront, agent and ticket type', () => {
    const [header, ...body] = rows(en.getWorksheet('Satisfaction')!);
    expect(header).toEqual([
      'By',
      'Name',
      'Invitations sent',
      'Responses',
      'Response rate',
      'CSAT (0–100)',
      'NPS (−100…100)',
      'Attitude (1–5)',
      'Speed (1–5)',
      'Resolution (1–5)',
      'Low scores',
    ]);
    // No invitation was sent: the response rate and the unanswered scores are "—", never 0.
    expect(body[0]).toEqual(['Total', undefined, 0, 2, '—', 50, '—', 3, '—', '—', 1]);
    expect(body.find((r) => r[0] === 'Storefront')!.slice(1, 4)).toEqual([shop.tmall.name, 0, 2]);
    expect(body.find((r) => r[0] === 'Agent')![1]).toBe('Unassigned');
    expect(body.find((r) => r[0] === 'Ticket type')![1]).toBe('No ticket');
  });
});
