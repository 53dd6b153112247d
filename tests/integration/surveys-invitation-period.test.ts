import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  InvitationExportResult,
  SurveyInvitationPage,
  SurveyInvitationRow,
} from '../../shared/domain/survey-views';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { closedTicket, ruleOn, surveyShop, type SurveyShop } from '../helpers/survey-shop';
import { sh } from '../helpers/ticket-timelines';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
let ids: string[];
beforeEach(async () => {
  core = await tempCore('channeldesk-surveys');
  shop = await surveyShop(core);
  ruleOn(core, shop.tmall.id, 'ticket_closed', shop.service.id);
  ruleOn(core, shop.shopify.id, 'ticket_closed', shop.service.id);
  // 23:30 on the 10th and 00:30 on the 11th in Shanghai are the same UTC day (15:30Z and 16:30Z on the 10th):
  // only shop-zone days tell them apart.
  closedTicket(core, shop, {}, sh('2024-03-10 23:30'));
  closedTicket(core, shop, {}, sh('2024-03-11 00:30'));
  closedTicket(core, shop, { storefrontId: shop.shopify.id }, sh('2024-03-11 23:59'));
  closedTicket(core, shop, {}, sh('2024-03-12 10:00'));
  ids = (
    core.ctx.sqlite.prepare('SELECT id FROM survey_invitations ORDER BY created_at').all() as { id: string }[]
  ).map((r) => r.id);
});
afterEach(() => core.cleanup());

const list = (input: Record<string, unknown>) =>
  core.dispatch('surveys', 'invitations', { status: 'all', ...input });
const idsOf = async (input: Record<string, unknown>) =>
  (await value<SurveyInvitationPage>(list(input))).rows.map((r) => r.id);

describe('invitations created in a period', () => {
  it('filters on shop-zone days, either end open, with the other filters', async () => {
    expect(ids).toHaveLength(4);
    const [lateTenth, earlyEleventh, shopifyEleventh, twelfth] = ids as [string, string, string, string];
    expect(await idsOf({ from: '2024-03-11', to: '2024-03-11' })).toEqual([shopifyEleventh, earlyEleventh]);
    expect(await idsOf({ to: '2024-03-10' })).toEqual([lateTenth]);
    expect(await idsOf({ from: '2024-03-12' })).toEqual([twelfth]);
    expect(await idsOf({ from: '2024-03-11', storefrontId: shop.tmall.id })).toEqual([
      twelfth,
      earlyEleventh,
    ]);
    const page = await value<SurveyInvitationPage>(
      list({ from: '2024-03-10', to: '2024-03-11', pageSize: 1 }),
    );
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 1 });
    expect(page.rows.map((r) => r.id)).toEqual([shopifyEleventh]);
  });

  it('refuses a period that ends before it starts, and a day that is not one', async () => {
    expect(await list({ from: '2024-03-12', to: '2024-03-11' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'to', message: 'periodOrder' }] },
    });
    expect(await list({ from: '2024-02-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('exports only the period', async () => {
    const file = path.join(core.dir, 'invitations.csv');
    const result = await value<InvitationExportResult>(
      core.dispatch('surveys', 'exportInvitations', {
        path: file,
        lang: 'en',
        status: 'all',
        from: '2024-03-11',
        to: '2024-03-11',
      }),
    );
    expect(result).toEqual({ path: file, rows: 2 });
  });
});

describe('one invitation by id', () => {
  it('answers the row the list shows, and NOT_FOUND for an unknown id', async () => {
    const listed = (await value<SurveyInvitationPage>(list({ from: '2024-03-12' }))).rows[0]!;
    const one = await value<SurveyInvitationRow>(core.dispatch('surveys', 'invitation', { id: listed.id }));
    expect(one).toEqual(listed);
    expect(one).toMatchObject({ trigger: 'ticket_closed', storefrontId: shop.tmall.id, responseId: null });
    expect(await core.dispatch('surveys', 'invitation', { id: 'no-such-invitation' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await core.dispatch('surveys', 'invitation', { id: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
