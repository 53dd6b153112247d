import type BetterSqlite3 from 'better-sqlite3';
import type { SurveyAnswer } from '../../../shared/domain/surveys';
import { localDate } from '../../../shared/logic/dates';
import { newSortableId } from '../../../shared/logic/ids';
import { addDays } from '../surveys/periods';
import { inviteForClosedTicket } from '../surveys/invitations';
import { resolveLinks, writeResponse } from '../surveys/responses';
import { requireTemplate } from '../surveys/repo';
import { saveRule, saveTemplate } from '../surveys/templates';
import { saveImprovementAction } from '../surveys/improvements';
import { assignTicket, replyToTicket, transitionTicket } from '../tickets/workflow';
import { mulberry32 } from './demo-catalog';
import { demoCallbacks, demoComments, demoOrderSurvey, demoServiceSurvey } from './demo-survey-templates';

export interface DemoSurveyCounts {
  invitations: number;
  responses: number;
  followups: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Share of sent invitations answered: customers answer a third or so (the 30–40 %). */
const ANSWER_RATE = 0.35;
/** Order NPS invitations for the flagship storefront's completed orders of the last weeks only. */
const ORDER_SURVEY_DAYS = 45;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Satisfaction surveys consistent with the demo's tickets and orders: every closed ticket invites its
 * customer (rule on every storefront), the Tmall flagship's completed orders of the last 45 days are asked for
 * an NPS; about 35 % answer within two days. Low scores open their complaint follow-ups through the real
 * service (older ones handled and closed since), and one improvement action — sturdier packaging against
 * breakage — runs from 40 to 10 days ago, after which CSAT is better. Runs inside the demo's transaction.
 */
export function writeDemoSurveys(
  sqlite: BetterSqlite3.Database,
  options: { seed: number; now: Date; shopTimezone: string },
): DemoSurveyCounts {
  const rnd = mulberry32(options.seed ^ 0x5a17e7);
  const nowMs = options.now.getTime();
  const start = iso(nowMs - 540 * DAY);
  const serviceId = saveTemplate(sqlite, demoServiceSurvey, start);
  const orderId = saveTemplate(sqlite, demoOrderSurvey, start);
  const storefronts = sqlite.prepare('SELECT id, platform FROM storefronts ORDER BY name').all() as {
    id: string;
    platform: string;
  }[];
  for (const s of storefronts) {
    saveRule(
      sqlite,
      { storefrontId: s.id, trigger: 'ticket_closed', templateId: serviceId, enabled: true, delayHours: 0 },
      start,
    );
    if (s.platform === 'tmall')
      saveRule(
        sqlite,
        {
          storefrontId: s.id,
          trigger: 'order_completed',
          templateId: orderId,
          enabled: true,
          delayHours: 72,
        },
        start,
      );
  }
  const staff = new Map(
    (sqlite.prepare('SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((r) => [
      r.name,
      r.id,
    ]),
  );
  const today = localDate(options.now.toISOString(), options.shopTimezone);
  const action = { start: addDays(today, -40), end: addDays(today, -10) };

  // Invitations: closed tickets through the real hook, completed orders as createOrderInvitations makes them.
  const closed = sqlite
    .prepare(
      "SELECT id, storefront_id, order_id, customer_id, assignee_id, type, closed_at FROM tickets WHERE state = 'closed'",
    )
    .all() as {
    id: string;
    storefront_id: string;
    order_id: string | null;
    customer_id: string | null;
    assignee_id: string | null;
    type: string;
    closed_at: string;
  }[];
  for (const t of closed) inviteForClosedTicket(sqlite, t, t.closed_at);
  const tmall = storefronts.find((s) => s.platform === 'tmall');
  if (tmall) {
    const orders = sqlite
      .prepare(
        "SELECT id, customer_id, placed_at FROM orders WHERE storefront_id = ? AND status = 'completed' AND placed_at >= ?",
      )
      .all(tmall.id, iso(nowMs - ORDER_SURVEY_DAYS * DAY)) as {
      id: string;
      customer_id: string | null;
      placed_at: string;
    }[];
    const insert = sqlite.prepare(
      `INSERT INTO survey_invitations (id, template_id, trigger, storefront_id, order_id, customer_id, language, created_at, send_after)
       VALUES (?, ?, 'order_completed', ?, ?, ?, 'zh-CN', ?, ?) ON CONFLICT DO NOTHING`,
    );
    for (const o of orders) {
      const completed = Date.parse(o.placed_at) + 4 * DAY;
      if (completed + 3 * DAY < nowMs)
        insert.run(
          newSortableId(),
          orderId,
          tmall.id,
          o.id,
          o.customer_id,
          iso(completed),
          iso(completed + 3 * DAY),
        );
    }
  }
  const invitations = sqlite
    .prepare(
      'SELECT id, template_id, created_at, send_after, agent_id FROM survey_invitations ORDER BY created_at, id',
    )
    .all() as {
    id: string;
    template_id: string;
    created_at: string;
    send_after: string;
    agent_id: string | null;
  }[];
  const markSent = sqlite.prepare('UPDATE survey_invitations SET sent_at = ? WHERE id = ?');
  const templates = new Map([serviceId, orderId].map((id) => [id, requireTemplate(sqlite, id)]));
  // One agent is a little less liked, so the per-agent figures differ as they do in a real shop.
  const weaker = staff.get('陈客服');
  const counts: DemoSurveyCounts = { invitations: invitations.length, responses: 0, followups: 0 };
  const followups: { id: string; at: number }[] = [];
  for (const inv of invitations) {
    const sentMs =
      Math.max(Date.parse(inv.send_after), Date.parse(inv.created_at)) + (0.5 + rnd() * 3) * HOUR;
    if (sentMs >= nowMs || rnd() < 0.05) continue; // a few never sent (the agent forgot)
    markSent.run(iso(sentMs), inv.id);
    if (rnd() >= ANSWER_RATE) continue;
    const answeredMs = sentMs + rnd() * 40 * HOUR;
    if (answeredMs >= nowMs) continue;
    const answeredAt = iso(answeredMs);
    const afterAction = localDate(answeredAt, options.shopTimezone) >= action.start;
    const answers =
      inv.template_id === serviceId
        ? serviceAnswers(rnd, afterAction, inv.agent_id === weaker)
        : orderAnswers(rnd);
    const template = templates.get(inv.template_id)!;
    const links = resolveLinks(sqlite, template.id, { invitationId: inv.id });
    const written = writeResponse(
      sqlite,
      { template, links, channel: rnd() < 0.8 ? 'chat' : 'phone', answeredAt, answers },
      answeredAt,
      options.shopTimezone,
    );
    counts.responses++;
    if (written.followupTicketId) followups.push({ id: written.followupTicketId, at: answeredMs });
  }
  // Follow-ups older than five days were called back and closed; the newer ones wait in the unassigned queue.
  const agents = ['刘客服', '陈客服', '张客服'].map((n) => staff.get(n)).filter((id): id is string => !!id);
  for (const f of followups) {
    counts.followups++;
    if (f.at > nowMs - 5 * DAY || !agents.length) continue;
    assignTicket(
      sqlite,
      { id: f.id, assigneeId: agents[Math.floor(rnd() * agents.length)]! },
      iso(f.at + 2 * HOUR),
    );
    replyToTicket(sqlite, { id: f.id, body: pick(rnd, demoCallbacks) }, iso(f.at + 4 * HOUR));
    transitionTicket(sqlite, { id: f.id, to: 'resolved' }, iso(f.at + DAY));
    transitionTicket(sqlite, { id: f.id, to: 'closed' }, iso(f.at + 2 * DAY));
  }
  saveImprovementAction(
    sqlite,
    {
      title: '易碎品发货前加固包装（气泡柱 + 蜂窝纸）',
      ownerId: staff.get('刘客服') ?? null,
      startDate: action.start,
      endDate: action.end,
      rootCause: 'logistics',
      status: 'done',
      notes: '破损类投诉多集中在马克杯和台灯；仓库改用气泡柱包装，并在详情页注明包装方式。',
    },
    iso(Date.parse(`${action.start}T02:00:00Z`)),
  );
  return counts;
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** CSAT mostly 4–5; about 7 % score 1–2. Better after the packaging change, a little worse for one agent. */
function serviceAnswers(rnd: () => number, afterAction: boolean, weaker: boolean): SurveyAnswer[] {
  const r = rnd() + (afterAction ? 0.05 : 0) - (weaker ? 0.06 : 0);
  const csat = r < 0.03 ? 1 : r < 0.07 ? 2 : r < 0.2 ? 3 : r < 0.48 ? 4 : 5;
  const near = () => Math.min(5, Math.max(1, csat + Math.round((rnd() - 0.5) * 2)));
  const answers: SurveyAnswer[] = [{ questionId: 'csat', kind: 'csat', score: csat }];
  if (rnd() < 0.9)
    answers.push(
      { questionId: 'attitude', kind: 'dimension', score: near() },
      { questionId: 'speed', kind: 'dimension', score: near() },
      { questionId: 'resolution', kind: 'dimension', score: near() },
    );
  if (csat <= 2 || rnd() < 0.2)
    answers.push({
      questionId: 'comment',
      kind: 'free_text',
      text: pick(rnd, csat <= 3 ? demoComments.low : demoComments.high),
    });
  return answers;
}

/** NPS: 60 % promoters, 29 % passives, 11 % detractors (NPS around +50, a well-run shop). */
function orderAnswers(rnd: () => number): SurveyAnswer[] {
  const r = rnd();
  const nps =
    r < 0.06 ? Math.floor(rnd() * 6) : r < 0.11 ? 6 : r < 0.23 ? 7 : r < 0.4 ? 8 : r < 0.65 ? 9 : 10;
  const answers: SurveyAnswer[] = [{ questionId: 'nps', kind: 'nps', score: nps }];
  if (rnd() < 0.8)
    answers.push({
      questionId: 'reason',
      kind: 'single_choice',
      optionId: pick(rnd, ['quality', 'price', 'delivery', 'service']),
    });
  if (nps <= 6 && rnd() < 0.7)
    answers.push({ questionId: 'comment', kind: 'free_text', text: pick(rnd, demoComments.low) });
  return answers;
}
