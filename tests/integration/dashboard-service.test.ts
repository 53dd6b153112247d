import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lowScores, overdueTickets } from '../../electron/core/dashboard/service-alerts';
import { dashboardServiceFigures } from '../../electron/core/dashboard/service-figures';
import { replyToTicket, transitionTicket } from '../../electron/core/tickets/workflow';
import { ticketStats } from '../../electron/core/tickets/stats';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { closedTicket, surveyShop, type SurveyShop } from '../helpers/survey-shop';
import { newTicket } from '../helpers/ticket-shop';
import { sh } from '../helpers/ticket-timelines';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-dashboard-service');
  shop = await surveyShop(core);
});
afterEach(() => core.cleanup());

const march = { from: '2024-03-01', to: '2024-03-31' };
const now = sh('2024-03-14 10:00');
const figures = (storefrontId?: string) =>
  dashboardServiceFigures(core.ctx.sqlite, { ...march, ...(storefrontId ? { storefrontId } : {}) }, now);

const record = (templateId: string, storefrontId: string, answer: Record<string, unknown>) =>
  value(
    core.dispatch('surveys', 'recordResponse', {
      templateId,
      storefrontId,
      answeredAt: '2024-03-12T02:00:00Z',
      answers: [answer],
    }),
  );

describe('dashboard service figures', () => {
  it('counts open and overdue tickets now, SLA met of the period, CSAT and NPS, per storefront too', async () => {
    // Tmall (return/normal: answer within 60, resolve within 540 working minutes, Mon–Fri 09:00–18:00): one
    // answered at once but unresolved past 09:30 on the 14th, one never answered (due 10:00 on the 11th) — both
    // overdue at 10:00 on the 14th — and one resolved and closed; Shopify: an inquiry created five minutes ago.
    const answered = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-13 09:30'));
    replyToTicket(core.ctx.sqlite, { id: answered, body: '您好，已为您登记。' }, sh('2024-03-13 09:45'));
    newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 09:00'));
    closedTicket(core, shop, { storefrontId: shop.tmall.id }, sh('2024-03-12 10:00'));
    newTicket(core, { storefrontId: shop.shopify.id, type: 'inquiry' }, sh('2024-03-14 09:55'));
    // CSAT: a 5 and a 2 → 1 satisfied of 2 = 50; NPS: a 10 and a 3 → 50 % − 50 % = 0; all on Tmall.
    await record(shop.service.id, shop.tmall.id, { questionId: 'csat', kind: 'csat', score: 5 });
    await record(shop.service.id, shop.tmall.id, { questionId: 'csat', kind: 'csat', score: 2 });
    await record(shop.nps.id, shop.tmall.id, { questionId: 'nps', kind: 'nps', score: 10 });
    await record(shop.nps.id, shop.tmall.id, { questionId: 'nps', kind: 'nps', score: 3 });

    const all = figures();
    // The CSAT 2 and the NPS 3 each opened a follow-up complaint (unassigned, open, created at the answer).
    const followups = (
      core.ctx.sqlite.prepare("SELECT count(*) AS n FROM tickets WHERE type = 'complaint'").get() as {
        n: number;
      }
    ).n;
    expect(followups).toBe(2);
    expect(all).toMatchObject({ available: true, openTickets: 3 + followups, csat: 5000, nps: 0 });
    // Follow-up complaints have no SLA policy in this shop: never overdue.
    expect(all.overdue).toBe(2);
    expect(all.slaMetRateBp).toBe(ticketStats(core.ctx.sqlite, march, now).total.slaMetBp);
    expect(all.slaMetRateBp).not.toBeNull();

    const shopify = figures(shop.shopify.id);
    expect(shopify).toMatchObject({ available: true, openTickets: 1, overdue: 0, slaMetRateBp: null });
    expect([shopify.csat, shopify.nps]).toEqual([null, null]);
    const tmall = figures(shop.tmall.id);
    expect([tmall.openTickets, tmall.overdue]).toEqual([2 + followups, 2]);
    expect([tmall.csat, tmall.nps]).toEqual([5000, 0]);
    expect(tmall.slaMetRateBp).toBe(all.slaMetRateBp);
  });

  it('is not set up while the shop has neither tickets nor survey templates', async () => {
    core.ctx.sqlite.prepare('DELETE FROM survey_templates').run();
    expect(figures()).toEqual({
      available: false,
      openTickets: null,
      overdue: null,
      slaMetRateBp: null,
      csat: null,
      nps: null,
    });
  });

  it('alerts overdue tickets now and low scores whose follow-up is still open, linking to their rows', async () => {
    expect(overdueTickets(core.ctx.sqlite, march, now)).toEqual([]);
    newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 09:00'));
    newTicket(core, { storefrontId: shop.shopify.id }, sh('2024-03-11 09:00'));
    expect(overdueTickets(core.ctx.sqlite, march, now)).toEqual([
      {
        kind: 'overdueTickets',
        severity: 'critical',
        count: 2,
        params: { count: 2 },
        link: { route: '/tickets', query: { queue: 'overdue' } },
      },
    ]);
    expect(overdueTickets(core.ctx.sqlite, { ...march, storefrontId: shop.tmall.id }, now)[0]).toMatchObject({
      count: 1,
      link: { route: '/tickets', query: { queue: 'overdue', storefront: shop.tmall.id } },
    });

    await record(shop.service.id, shop.tmall.id, { questionId: 'csat', kind: 'csat', score: 1 });
    await record(shop.service.id, shop.tmall.id, { questionId: 'csat', kind: 'csat', score: 2 });
    await record(shop.service.id, shop.tmall.id, { questionId: 'csat', kind: 'csat', score: 5 });
    const [alert] = lowScores(core.ctx.sqlite, march);
    expect(alert).toEqual({
      kind: 'lowScores',
      severity: 'warning',
      count: 2,
      params: { count: 2 },
      link: {
        route: '/surveys',
        query: { tab: 'responses', low: '1', from: march.from, to: march.to },
      },
    });
    // Calling one customer back (the follow-up resolved) leaves one to do; April has none.
    const followup = core.ctx.sqlite
      .prepare('SELECT followup_ticket_id AS id FROM survey_responses WHERE csat = 1')
      .get() as { id: string };
    transitionTicket(core.ctx.sqlite, { id: followup.id, to: 'resolved' }, sh('2024-03-14 11:00'));
    expect(lowScores(core.ctx.sqlite, march)[0]!.count).toBe(1);
    expect(lowScores(core.ctx.sqlite, { from: '2024-04-01', to: '2024-04-30' })).toEqual([]);
    expect(lowScores(core.ctx.sqlite, { ...march, storefrontId: shop.shopify.id })).toEqual([]);
  });
});
