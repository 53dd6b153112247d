import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteForClosedTicket } from '../../electron/core/surveys/invitations';
import { bulkClose } from '../../electron/core/tickets/merge';
import { requireTicket } from '../../electron/core/tickets/repo';
import { transitionTicket } from '../../electron/core/tickets/workflow';
import type {
  InvitationBatchResult,
  InvitationExportResult,
  MarkSentResult,
  RenderedInvitation,
  SurveyInvitationPage,
} from '../../shared/domain/survey-views';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { closedTicket, count, ruleOn, surveyShop, type SurveyShop } from '../helpers/survey-shop';
import { newTicket } from '../helpers/ticket-shop';
import { sh } from '../helpers/ticket-timelines';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-surveys');
  shop = await surveyShop(core);
});
afterEach(() => core.cleanup());

const invitations = (input: Record<string, unknown> = {}) =>
  value<SurveyInvitationPage>(core.dispatch('surveys', 'invitations', { status: 'all', ...input }));

describe('invitations when a ticket closes', () => {
  it('creates one invitation with the assignee at close as agent, only where the rule is on', async () => {
    ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id);
    const orderId = shop.order('3301000000000001');
    const id = closedTicket(core, shop, { orderId, assigneeId: shop.wang.id }, sh('2024-03-12 10:00'));
    // Shopify has no rule: its closed ticket asks nobody.
    closedTicket(core, shop, { storefrontId: shop.shopify.id }, sh('2024-03-12 11:00'));
    const page = await invitations();
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      trigger: 'ticket_closed',
      storefrontId: shop.tmall.id,
      ticketId: id,
      ticketNumber: 1,
      orderId,
      orderExternalId: '3301000000000001',
      customerName: '张伟',
      phone: '13800138000',
      agentId: shop.wang.id,
      agentName: '王客服',
      language: 'zh-CN',
      createdAt: sh('2024-03-12 10:00'),
      sentAt: null,
      responseId: null,
    });
    // Asking again for the same ticket (a retried close, the import) never makes a second one.
    inviteForClosedTicket(core.ctx.sqlite, requireTicket(core.ctx.sqlite, id), sh('2024-03-12 12:00'));
    expect(count(core, 'survey_invitations')).toBe(1);
  });

  it('is written in the closing transaction: a close that fails leaves no invitation', () => {
    ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id);
    const open = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-12 09:00'));
    const done = closedTicket(core, shop, {}, sh('2024-03-12 10:00'));
    expect(count(core, 'survey_invitations')).toBe(1);
    // The batch refuses a ticket already closed: the other one is neither closed nor invited.
    expect(() => bulkClose(core.ctx.sqlite, { ids: [open, done] }, sh('2024-03-12 11:00'))).toThrow();
    expect(requireTicket(core.ctx.sqlite, open).state).toBe('new');
    expect(count(core, 'survey_invitations')).toBe(1);
    bulkClose(core.ctx.sqlite, { ids: [open] }, sh('2024-03-12 11:00'));
    expect(count(core, 'survey_invitations')).toBe(2);
  });

  it('waits out the rule delay before an invitation is to be sent', async () => {
    ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id, 24);
    const id = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-12 09:00'));
    transitionTicket(core.ctx.sqlite, { id, to: 'resolved' }, sh('2024-03-12 09:30'));
    // Closed "now" so the 24-hour delay is still running when the list is read.
    await value(core.dispatch('tickets', 'transition', { id, to: 'closed' }));
    expect((await invitations({ status: 'to_send' })).total).toBe(0);
    expect((await invitations({ status: 'waiting' })).rows[0]!.ticketId).toBe(id);
  });
});

describe('invitations for completed orders', () => {
  it('invites each completed order of the period once, for storefronts whose order rule is on', async () => {
    ruleOn(core, shop.tmall.id, 'order_completed', shop.nps.id);
    const first = await value<InvitationBatchResult>(
      core.dispatch('surveys', 'createOrderInvitations', { from: '2024-03-01', to: '2024-03-31' }),
    );
    // Tmall's completed orders placed in March (Shanghai days): …0001 (03-10) and …0002 (03-10 in Shanghai).
    expect(first).toEqual({ created: 2, skipped: 0 });
    const again = await value<InvitationBatchResult>(
      core.dispatch('surveys', 'createOrderInvitations', { from: '2024-01-01', to: '2024-03-31' }),
    );
    expect(again).toEqual({ created: 0, skipped: 2 });
    const rows = (await invitations()).rows;
    expect(rows.map((r) => r.orderExternalId).sort()).toEqual(['3301000000000001', '3301000000000002']);
    expect(
      rows.every((r) => r.trigger === 'order_completed' && r.agentId === null && r.ticketId === null),
    ).toBe(true);
    expect(
      await core.dispatch('surveys', 'createOrderInvitations', { from: '2024-03-31', to: '2024-03-01' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'to', message: 'periodOrder' }] },
    });
  });
});

describe('invitation text, sending and the sheet', () => {
  it('renders the intro with placeholders in the customer language, then each question with how to answer', async () => {
    ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id);
    closedTicket(core, shop, { orderId: shop.order('3301000000000001') }, sh('2024-03-12 10:00'));
    const [inv] = (await invitations()).rows;
    const zh = await value<RenderedInvitation>(core.dispatch('surveys', 'renderInvitation', { id: inv!.id }));
    expect(zh.language).toBe('zh-CN');
    expect(zh.text.split('\n').slice(0, 4)).toEqual([
      '张伟您好，工单 #1 已处理完毕，请为我们打分：',
      '',
      '1. 您对本次服务满意吗？（请回复 1–5，5 为非常满意）',
      '2. 服务态度（请回复 1–5，5 为非常满意）',
    ]);
    expect(zh.unknownPlaceholders).toEqual([]);
    const en = await value<RenderedInvitation>(
      core.dispatch('surveys', 'renderInvitation', { id: inv!.id, language: 'en' }),
    );
    expect(en.text.split('\n')[0]).toBe('Hi 张伟, ticket #1 is done. Please rate us:');
  });

  it('leaves a placeholder it cannot fill visible and lists it', async () => {
    ruleOn(core, shop.tmall.id, 'ticket_closed', shop.nps.id);
    closedTicket(core, shop, { storefrontId: shop.tmall.id }, sh('2024-03-12 10:00'));
    const [inv] = (await invitations()).rows;
    const r = await value<RenderedInvitation>(core.dispatch('surveys', 'renderInvitation', { id: inv!.id }));
    expect(r.text).toContain('订单 {order_id} 已完成');
    expect(r.unknownPlaceholders).toEqual(['order_id']);
    expect(r.text).toContain('   A. 朋友推荐');
  });

  it('marks one or many sent, keeping the first time, and refuses an unknown id for the whole batch', async () => {
    ruleOn(core, shop.tmall.id, 'order_completed', shop.nps.id);
    await value(core.dispatch('surveys', 'createOrderInvitations', { from: '2024-03-01', to: '2024-03-31' }));
    const [a, b] = (await invitations()).rows;
    const one = await value<MarkSentResult>(core.dispatch('surveys', 'markSent', { ids: [a!.id] }));
    expect(one.changed).toBe(1);
    const refused = await core.dispatch('surveys', 'markSent', { ids: [b!.id, 'nope'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count(core, 'survey_invitations', 'sent_at IS NOT NULL')).toBe(1);
    const both = await value<MarkSentResult>(core.dispatch('surveys', 'markSent', { ids: [a!.id, b!.id] }));
    expect(both.changed).toBe(1);
    const sent = (await invitations({ status: 'sent' })).rows;
    expect(sent.find((r) => r.id === a!.id)!.sentAt).toBe(one.sentAt);
    expect((await invitations({ status: 'to_send' })).total).toBe(0);
  });

  it('exports the sheet with order ids and phones as text and the invitation text', async () => {
    ruleOn(core, shop.tmall.id, 'order_completed', shop.nps.id);
    await value(core.dispatch('surveys', 'createOrderInvitations', { from: '2024-03-01', to: '2024-03-31' }));
    const file = path.join(core.dir, 'invitations.xlsx');
    const result = await value<InvitationExportResult>(
      core.dispatch('surveys', 'exportInvitations', { path: file, lang: 'zh-CN', status: 'all' }),
    );
    expect(result).toEqual({ path: file, rows: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('问卷邀请');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('订单号');
    const orderCol = header.indexOf('订单号') + 1;
    const phoneCol = header.indexOf('电话') + 1;
    const textCol = header.indexOf('邀请内容') + 1;
    const orderIds = [2, 3].map((r) => sheet.getRow(r).getCell(orderCol).value).sort();
    expect(orderIds).toEqual(['3301000000000001', '3301000000000002']);
    const phones = [2, 3].map((r) => sheet.getRow(r).getCell(phoneCol).value);
    expect(phones).toContain('13800138000');
    expect(String(sheet.getRow(2).getCell(textCol).value)).toContain('您有多大可能向朋友推荐我们？');
  });
});
