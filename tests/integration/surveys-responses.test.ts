import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireTicket } from '../../electron/core/tickets/repo';
import type {
  SurveyInvitationPage,
  SurveyResponsePage,
  SurveyResponseView,
} from '../../shared/domain/survey-views';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { closedTicket, count, ruleOn, surveyShop, type SurveyShop } from '../helpers/survey-shop';
import { sh } from '../helpers/ticket-timelines';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-surveys');
  shop = await surveyShop(core);
});
afterEach(() => core.cleanup());

const csat = (score: number) => ({ questionId: 'csat', kind: 'csat', score });
const record = (input: Record<string, unknown>) =>
  core.dispatch('surveys', 'recordResponse', { templateId: shop.service.id, ...input });

describe('a response taken by phone', () => {
  it('refuses answers that do not fit, naming each question, and writes nothing', async () => {
    const bad = await record({
      storefrontId: shop.tmall.id,
      answers: [
        { questionId: 'attitude', kind: 'dimension', score: 7 },
        { questionId: 'speed', kind: 'nps', score: 3 },
        { questionId: 'nope', kind: 'free_text', text: 'x' },
      ],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', key: 'surveyAnswers' } });
    const error = (bad as { error: { message: string; issues: { path: string; message: string }[] } }).error;
    expect(error.issues.map((i) => `${i.path} ${i.message}`)).toEqual([
      'answers.attitude scoreRange',
      'answers.speed kindMismatch',
      'answers.nope unknownQuestion',
      'answers.csat required',
    ]);
    expect(error.message).toContain('"Service attitude" must be a whole number');
    expect(error.message).toContain('"How satisfied are you with our service?" is required');
    expect(count(core, 'survey_responses') + count(core, 'survey_answers')).toBe(0);
  });

  it('answers an invitation: takes its ticket, order, customer, agent and ticket type, and counts it as sent', async () => {
    ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id);
    const orderId = shop.order('3301000000000001');
    const ticketId = closedTicket(
      core,
      shop,
      { orderId, assigneeId: shop.wang.id, type: 'quality' },
      sh('2024-03-12 10:00'),
    );
    const [inv] = (
      await value<SurveyInvitationPage>(core.dispatch('surveys', 'invitations', { status: 'all' }))
    ).rows;
    const r = await value<SurveyResponseView>(
      record({
        invitationId: inv!.id,
        answeredAt: '2024-03-12T16:30:00Z',
        answers: [
          csat(4),
          { questionId: 'speed', kind: 'dimension', score: 3 },
          { questionId: 'comment', kind: 'free_text', text: '还不错' },
        ],
      }),
    );
    expect(r).toMatchObject({
      invitationId: inv!.id,
      storefrontId: shop.tmall.id,
      ticketId,
      ticketType: 'quality',
      orderId,
      customerName: '张伟',
      agentId: shop.wang.id,
      channel: 'phone',
      // 16:30 UTC is 00:30 the next day in Shanghai: results count it on the 13th.
      answeredDate: '2024-03-13',
      csat: 4,
      nps: null,
      low: false,
      followupTicketId: null,
    });
    expect(r.answers.map((a) => a.questionId)).toEqual(['csat', 'speed', 'comment']);
    expect(count(core, 'survey_invitations', 'sent_at IS NOT NULL')).toBe(1);
    expect(await record({ invitationId: inv!.id, answers: [csat(5)] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'surveyInvitationAnswered' },
    });
    expect(
      await core.dispatch('surveys', 'recordResponse', {
        templateId: shop.nps.id,
        invitationId: inv!.id,
        answers: [{ questionId: 'nps', kind: 'nps', score: 5 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('links by order alone to its storefront and customer, and refuses unknown links', async () => {
    const orderId = shop.order('#1001');
    const r = await value<SurveyResponseView>(record({ orderId, answers: [csat(5)] }));
    expect([r.storefrontId, r.orderExternalId, r.agentId, r.ticketId]).toEqual([
      shop.shopify.id,
      '#1001',
      null,
      null,
    ]);
    expect(await record({ orderId: 'nope', answers: [csat(5)] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await record({ orderId, storefrontId: shop.tmall.id, answers: [csat(5)] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'surveyLinkMismatch' },
    });
    expect(count(core, 'survey_responses')).toBe(1);
  });
});

describe('a low score', () => {
  it('opens exactly one complaint ticket on the same order and customer, referencing the response', async () => {
    const orderId = shop.order('3301000000000001');
    const before = count(core, 'tickets');
    const r = await value<SurveyResponseView>(
      record({
        orderId,
        answers: [csat(2), { questionId: 'comment', kind: 'free_text', text: '杯子碎了没人管' }],
      }),
    );
    expect(r.low).toBe(true);
    expect(count(core, 'tickets')).toBe(before + 1);
    const t = requireTicket(core.ctx.sqlite, r.followupTicketId!);
    expect([t.type, t.priority, t.order_id, t.customer_id, t.storefront_id, t.state]).toEqual([
      'complaint',
      'high',
      orderId,
      r.customerId,
      shop.tmall.id,
      'new',
    ]);
    expect(t.description).toContain(r.id);
    expect(t.description).toContain('杯子碎了没人管');
    expect(r.followupTicketNumber).toBe(t.number);
    // Reading it again opens nothing more.
    await value(core.dispatch('surveys', 'getResponse', { id: r.id }));
    expect(count(core, 'tickets')).toBe(before + 1);
  });

  it('counts CSAT ≤ 2 or NPS ≤ 6 only: CSAT 3, NPS 7 and low dimension ratings open nothing', async () => {
    await value(
      record({
        storefrontId: shop.tmall.id,
        answers: [csat(3), { questionId: 'attitude', kind: 'dimension', score: 1 }],
      }),
    );
    await value(
      core.dispatch('surveys', 'recordResponse', {
        templateId: shop.nps.id,
        storefrontId: shop.tmall.id,
        answers: [{ questionId: 'nps', kind: 'nps', score: 7 }],
      }),
    );
    expect(count(core, 'tickets')).toBe(0);
    const low = await value<SurveyResponseView>(
      core.dispatch('surveys', 'recordResponse', {
        templateId: shop.nps.id,
        storefrontId: shop.tmall.id,
        answers: [{ questionId: 'nps', kind: 'nps', score: 6 }],
      }),
    );
    expect(low.followupTicketId).not.toBeNull();
    const page = await value<SurveyResponsePage>(
      core.dispatch('surveys', 'responses', { from: '2000-01-01', to: '2100-01-01', lowOnly: true }),
    );
    expect(page.rows.map((x) => x.id)).toEqual([low.id]);
  });

  it('is one transaction with its follow-up: a ticket that cannot be written leaves no response', async () => {
    // A trigger stands for any failure of the ticket write (a full disk, a constraint).
    core.ctx.sqlite.exec(
      `CREATE TRIGGER no_tickets BEFORE INSERT ON tickets BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const failed = await record({ storefrontId: shop.tmall.id, answers: [csat(1)] });
    expect(failed.ok).toBe(false);
    expect(count(core, 'survey_responses') + count(core, 'survey_answers')).toBe(0);
    // A good score needs no ticket and is written.
    await value(record({ storefrontId: shop.tmall.id, answers: [csat(5)] }));
    expect(count(core, 'survey_responses')).toBe(1);
  });
});
