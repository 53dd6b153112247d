import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markSent } from '../../electron/core/surveys/invitations';
import { recordResponse } from '../../electron/core/surveys/response-views';
import { ticketStats } from '../../electron/core/tickets/stats';
import { setRootCause } from '../../electron/core/tickets/workflow';
import { responseRecordSchema } from '../../shared/api/schemas/surveys';
import type {
  ImprovementActionView,
  SurveyInvitationPage,
  SurveyResults,
} from '../../shared/domain/survey-views';
import type { TicketType } from '../../shared/domain/tickets';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { closedTicket, ruleOn, surveyShop, type SurveyShop } from '../helpers/survey-shop';
import { sh } from '../helpers/ticket-timelines';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
let tickets: { li: string[]; wang: string[] };

const answer = (input: Record<string, unknown>, at: string) =>
  recordResponse(core.ctx.sqlite, responseRecordSchema.parse({ answeredAt: at, ...input }), at);
const csatAnswers = (csat: number, dims: Record<string, number> = {}) => [
  { questionId: 'csat', kind: 'csat', score: csat },
  ...Object.entries(dims).map(([questionId, score]) => ({ questionId, kind: 'dimension', score })),
];
const nps = (score: number, storefrontId: string, at: string) =>
  answer({ templateId: shop.nps.id, storefrontId, answers: [{ questionId: 'nps', kind: 'nps', score }] }, at);

/**
 * Hand-worked week 2024-03-11 … 03-17 (Shanghai days). Six Tmall tickets close on 03-12 (李 4 returns, 王 2
 * quality), each inviting; all six invitations sent at 12:00. Answered on 03-13:
 *   李: CSAT 5 (attitude 5, speed 4), CSAT 4 (attitude 3), CSAT 2 — 王: CSAT 1 (speed 2).
 * Order NPS answers on 03-15 without invitation: 10, 9, 7, 3.
 * Previous week 03-04 … 03-10: one CSAT 5 on 03-08.
 */
beforeEach(async () => {
  core = await tempCore('channeldesk-surveys');
  shop = await surveyShop(core);
  ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id);
  const close = (assigneeId: string, type: TicketType) =>
    closedTicket(core, shop, { storefrontId: shop.tmall.id, assigneeId, type }, sh('2024-03-12 10:00'));
  tickets = {
    li: [1, 2, 3, 4].map(() => close(shop.li.id, 'return')),
    wang: [1, 2].map(() => close(shop.wang.id, 'quality')),
  };
  const page = await value<SurveyInvitationPage>(core.dispatch('surveys', 'invitations', { status: 'all' }));
  const invitationOf = new Map(page.rows.map((r) => [r.ticketId, r.id]));
  markSent(
    core.ctx.sqlite,
    page.rows.map((r) => r.id),
    sh('2024-03-12 12:00'),
  );
  const via = (ticketId: string, answers: unknown[]) =>
    answer(
      { templateId: shop.service.id, invitationId: invitationOf.get(ticketId), answers },
      sh('2024-03-13 10:00'),
    );
  via(tickets.li[0]!, csatAnswers(5, { attitude: 5, speed: 4 }));
  via(tickets.li[1]!, csatAnswers(4, { attitude: 3 }));
  via(tickets.li[2]!, csatAnswers(2));
  via(tickets.wang[0]!, csatAnswers(1, { speed: 2 }));
  for (const score of [10, 9, 7, 3]) nps(score, shop.tmall.id, sh('2024-03-15 10:00'));
  answer(
    { templateId: shop.service.id, storefrontId: shop.tmall.id, answers: csatAnswers(5) },
    sh('2024-03-08 10:00'),
  );
});
afterEach(() => core.cleanup());

const results = (input: Record<string, unknown> = {}) =>
  value<SurveyResults>(
    core.dispatch('surveys', 'results', { from: '2024-03-11', to: '2024-03-17', ...input }),
  );

describe('survey results of a period', () => {
  it('works out CSAT, NPS, dimensions, response rate and low scores as METRICS.md defines them', async () => {
    const r = await results();
    expect(r.current).toEqual({
      responses: 8,
      invitationsSent: 6,
      responseRateBp: 6667, // 4 of the 6 invitations sent answered
      csatResponses: 4,
      csat: 5000, // 2 of 4 scored 4–5
      npsResponses: 4,
      promoters: 2,
      passives: 1,
      detractors: 1,
      nps: 2500, // 50 % − 25 %
      dimensions: { attitude: 400, speed: 300, resolution: null },
      lowScoreResponses: 3, // CSAT 2, CSAT 1, NPS 3
    });
  });

  it('compares with the previous period of equal length, "—" where either side has none', async () => {
    const r = await results();
    expect([r.previousFrom, r.previousTo]).toEqual(['2024-03-04', '2024-03-10']);
    expect(r.previous).toMatchObject({
      responses: 1,
      csat: 10000,
      nps: null,
      invitationsSent: 0,
      responseRateBp: null,
    });
    expect(r.changes).toEqual({
      csatPoints: -5000,
      npsPoints: null,
      responseRateBp: null,
      dimensions: { attitude: null, speed: null, resolution: null },
    });
  });

  it('splits by agent (at close), ticket type and storefront', async () => {
    const r = await results();
    const agents = r.byAgent.map((g) => [g.label, g.responses, g.csat, g.invitationsSent, g.responseRateBp]);
    expect(agents).toEqual([
      ['李客服', 3, 6667, 4, 7500],
      ['王客服', 1, 0, 2, 5000],
      [null, 4, null, 0, null],
    ]);
    expect(r.byTicketType.map((g) => [g.key, g.csat, g.nps])).toEqual([
      ['return', 6667, null],
      ['quality', 0, null],
      [null, null, 2500],
    ]);
    expect(r.byStorefront.map((g) => [g.label, g.responses])).toEqual([[shop.tmall.name, 8]]);
  });

  it('gives a daily trend of every day, and weekly buckets for long periods', async () => {
    const r = await results();
    expect(r.bucket).toBe('day');
    expect(r.trend.map((p) => [p.date, p.responses, p.csat, p.nps])).toEqual([
      ['2024-03-11', 0, null, null],
      ['2024-03-12', 0, null, null],
      ['2024-03-13', 4, 5000, null],
      ['2024-03-14', 0, null, null],
      ['2024-03-15', 4, null, 2500],
      ['2024-03-16', 0, null, null],
      ['2024-03-17', 0, null, null],
    ]);
    expect(r.previousTrend.find((p) => p.date === '2024-03-08')).toEqual({
      date: '2024-03-08',
      responses: 1,
      csat: 10000,
      nps: null,
    });
    const long = await results({ from: '2024-01-01', to: '2024-03-31' });
    expect(long.bucket).toBe('week');
    // 2024-01-01 is a Monday; 03-13 and 03-15 fall in the week of 03-11, 03-08 in the week of 03-04.
    expect(long.trend.filter((p) => p.responses).map((p) => [p.date, p.responses, p.csat])).toEqual([
      ['2024-03-04', 1, 10000],
      ['2024-03-11', 8, 5000],
    ]);
  });

  it('is "—" everywhere for a storefront with no responses, and −100 when every NPS answer is a detractor', async () => {
    const empty = await results({ storefrontId: shop.shopify.id });
    expect(empty.current).toMatchObject({
      responses: 0,
      csat: null,
      nps: null,
      responseRateBp: null,
      dimensions: { attitude: null, speed: null, resolution: null },
    });
    expect(empty.changes.csatPoints).toBeNull();
    nps(0, shop.shopify.id, sh('2024-03-14 10:00'));
    nps(6, shop.shopify.id, sh('2024-03-14 11:00'));
    const detractors = await results({ storefrontId: shop.shopify.id });
    expect(detractors.current).toMatchObject({ npsResponses: 2, detractors: 2, nps: -10000 });
    // Like the dashboard: at most 3,660 days, since the trend and the previous period grow with it.
    expect(await core.dispatch('surveys', 'results', { from: '2000-01-01', to: '2024-03-17' })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'to', message: 'periodTooLong' }] },
      },
    );
  });
});

describe('per-agent CSAT in the tickets statistics', () => {
  it('fills each agent with the CSAT of the responses to their tickets, and the total', () => {
    const stats = ticketStats(
      core.ctx.sqlite,
      { from: '2024-03-11', to: '2024-03-17' },
      sh('2024-03-18 09:00'),
    );
    expect(stats.agents.map((a) => [a.assigneeName, a.handled, a.csat])).toEqual([
      ['李客服', 4, 66.67],
      ['王客服', 2, 0],
    ]);
    expect(stats.total.csat).toBe(50);
    const before = ticketStats(
      core.ctx.sqlite,
      { from: '2024-03-04', to: '2024-03-10' },
      sh('2024-03-18 09:00'),
    );
    expect(before.total.csat).toBeNull();
  });
});

describe('improvement actions', () => {
  it('compares CSAT and NPS before and after, with the root cause tickets of each stretch', async () => {
    setRootCause(core.ctx.sqlite, { id: tickets.li[0]!, rootCause: 'product' }, sh('2024-03-14 09:00'));
    const saved = await value<ImprovementActionView>(
      core.dispatch('surveys', 'saveImprovementAction', {
        title: '杯子加厚包装',
        ownerId: shop.wang.id,
        startDate: '2024-03-11',
        endDate: '2024-03-17',
        rootCause: 'product',
        status: 'done',
        notes: '换成蜂窝纸',
      }),
    );
    expect(saved).toMatchObject({
      ownerName: '王客服',
      before: { from: '2024-03-04', to: '2024-03-10', responses: 1, csat: 10000, nps: null },
      after: { from: '2024-03-11', to: '2024-03-17', responses: 8, csat: 5000, nps: 2500 },
      csatChangePoints: -5000,
      npsChangePoints: null,
      rootCauseTickets: { before: 0, after: 1 },
    });
    const edited = await value<ImprovementActionView>(
      core.dispatch('surveys', 'saveImprovementAction', {
        id: saved.id,
        title: '杯子加厚包装',
        startDate: '2024-03-11',
        endDate: '2024-03-13',
        status: 'done',
      }),
    );
    // Three days after (03-11 … 03-13: the four CSAT answers), three before (03-08 … 03-10: the CSAT 5).
    expect([edited.before.from, edited.after.responses, edited.after.csat, edited.rootCauseTickets]).toEqual([
      '2024-03-08',
      4,
      5000,
      null,
    ]);
    const list = await value<ImprovementActionView[]>(core.dispatch('surveys', 'improvementActions', {}));
    expect(list.map((a) => a.id)).toEqual([saved.id]);
    expect(
      await core.dispatch('surveys', 'saveImprovementAction', {
        title: 'x',
        startDate: '2024-03-11',
        endDate: '2024-03-10',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'endDate', message: 'improvementDates' }] } });
  });
});
