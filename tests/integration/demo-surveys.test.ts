import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoShop } from '../../electron/core/demo/service';
import type {
  ImprovementActionView,
  SurveyResults,
  SurveyTemplateView,
} from '../../shared/domain/survey-views';
import { localDate } from '../../shared/logic/dates';
import { addDays } from '../../shared/logic/metrics';
import { value } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';

type TempCore = Awaited<ReturnType<typeof tempCore>>;
const now = new Date();
const today = localDate(now.toISOString(), 'Asia/Shanghai');
let core: TempCore;

beforeAll(async () => {
  core = await tempCore('demo-surveys');
  await createDemoShop(core.ctx.db, core.ctx.sqlite, { seed: 7, orders: 4000, now });
}, 120_000);
afterAll(async () => core?.cleanup());

const n = (sql: string): number => (core.ctx.sqlite.prepare(sql).get() as { n: number }).n;

describe('demo shop surveys', () => {
  it('has both bilingual surveys and a rule on every storefront', async () => {
    const templates = await value<SurveyTemplateView[]>(core.dispatch('surveys', 'templates', {}));
    expect(templates.map((t) => t.name.en).sort()).toEqual(['After-sales satisfaction', 'Order NPS survey']);
    expect(
      templates.every((t) => t.name['zh-CN'] && t.questions.every((q) => q.text['zh-CN'] && q.text.en)),
    ).toBe(true);
    expect(
      n(
        "SELECT count(DISTINCT storefront_id) n FROM survey_rules WHERE trigger = 'ticket_closed' AND enabled = 1",
      ),
    ).toBe(5);
  });

  it('invites every closed demo ticket once and answers about a third of what was sent', () => {
    const closedTickets = n(
      "SELECT count(*) n FROM tickets WHERE state = 'closed' AND id NOT IN (SELECT followup_ticket_id FROM survey_responses WHERE followup_ticket_id IS NOT NULL)",
    );
    expect(closedTickets).toBeGreaterThan(50);
    expect(
      n(
        "SELECT count(*) n FROM survey_invitations i JOIN tickets t ON t.id = i.ticket_id WHERE t.state = 'closed'",
      ),
    ).toBeGreaterThanOrEqual(closedTickets);
    expect(n("SELECT count(*) n FROM survey_invitations WHERE trigger = 'order_completed'")).toBeGreaterThan(
      20,
    );
    const sent = n('SELECT count(*) n FROM survey_invitations WHERE sent_at IS NOT NULL');
    const answered = n('SELECT count(*) n FROM survey_responses');
    expect(answered / sent).toBeGreaterThan(0.28);
    expect(answered / sent).toBeLessThan(0.42);
    // Responses follow their invitation's sending and never lie in the future.
    const late = core.ctx.sqlite
      .prepare(
        `SELECT count(*) n FROM survey_responses r JOIN survey_invitations i ON i.id = r.invitation_id
          WHERE r.answered_at < i.sent_at OR r.answered_at > ?`,
      )
      .get(now.toISOString()) as { n: number };
    expect(late.n).toBe(0);
  });

  it('opens a complaint follow-up for every low score, the older ones handled and closed', () => {
    const low = n('SELECT count(*) n FROM survey_responses WHERE csat <= 2 OR nps <= 6');
    expect(low).toBeGreaterThan(3);
    expect(
      n(
        "SELECT count(*) n FROM survey_responses r JOIN tickets t ON t.id = r.followup_ticket_id WHERE t.type = 'complaint'",
      ),
    ).toBe(low);
    expect(
      n(
        "SELECT count(*) n FROM survey_responses r JOIN tickets t ON t.id = r.followup_ticket_id WHERE t.state = 'closed'",
      ),
    ).toBeGreaterThan(0);
  });

  it('shows results for the last 90 days with figures in range, and the packaging action with before and after', async () => {
    const r = await value<SurveyResults>(
      core.dispatch('surveys', 'results', { from: addDays(today, -89), to: today }),
    );
    expect(r.current.responses).toBeGreaterThan(20);
    expect(r.current.csat).toBeGreaterThan(6000);
    expect(r.current.nps).not.toBeNull();
    expect(r.byAgent.filter((a) => a.key !== null).length).toBeGreaterThanOrEqual(2);
    const [action] = await value<ImprovementActionView[]>(core.dispatch('surveys', 'improvementActions', {}));
    expect(action).toMatchObject({ status: 'done', rootCause: 'logistics', ownerName: '刘客服' });
    expect(action!.before.responses + action!.after.responses).toBeGreaterThan(0);
  });
});
