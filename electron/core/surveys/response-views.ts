import type { Sqlite } from '../db/connection';
import type { ResponseListQuery, ResponseRecordInput } from '../../../shared/api/schemas/surveys';
import { notFound } from '../../../shared/api/result';
import type { SurveyResponsePage, SurveyResponseView } from '../../../shared/domain/survey-views';
import type { SurveyAnswer, SurveyChannel, SurveyQuestion } from '../../../shared/domain/surveys';
import type { TicketType } from '../../../shared/domain/tickets';
import { stmt } from '../pricing/raw-context';
import { audit, requireActiveTemplate, shopZone } from './repo';
import { checkAnswersOrThrow, resolveLinks, writeResponse } from './responses';

/** A phone or chat response, checked against its template; all or nothing with its follow-up ticket. */
export function recordResponse(sqlite: Sqlite, input: ResponseRecordInput, at: string): string {
  return sqlite.transaction((): string => {
    const template = requireActiveTemplate(sqlite, input.templateId);
    checkAnswersOrThrow(template, input.answers);
    const links = resolveLinks(sqlite, template.id, input);
    const answeredAt = input.answeredAt ?? at;
    const { id, followupTicketId } = writeResponse(
      sqlite,
      { template, links, channel: input.channel, answeredAt, answers: input.answers },
      at,
      shopZone(sqlite),
    );
    audit(sqlite, at, 'survey_response', id, 'record', { channel: input.channel, followupTicketId });
    return id;
  })();
}

interface ResponseRecord {
  id: string;
  template_id: string;
  name_zh: string;
  name_en: string;
  questions: string;
  invitation_id: string | null;
  storefront_id: string | null;
  storefront_name: string | null;
  ticket_id: string | null;
  ticket_number: number | null;
  ticket_type: TicketType | null;
  order_id: string | null;
  order_external_id: string | null;
  customer_id: string | null;
  customer_name: string | null;
  agent_id: string | null;
  agent_name: string | null;
  channel: SurveyChannel;
  answered_at: string;
  answered_date: string;
  csat: number | null;
  nps: number | null;
  followup_ticket_id: string | null;
  followup_number: number | null;
}

const responseSelect = `
  SELECT r.id, r.template_id, t.name_zh, t.name_en, t.questions, r.invitation_id, r.storefront_id,
         s.name AS storefront_name, r.ticket_id, tk.number AS ticket_number, r.ticket_type, r.order_id,
         o.external_id AS order_external_id, r.customer_id, coalesce(c.name, o.buyer_name) AS customer_name,
         r.agent_id, st.name AS agent_name, r.channel, r.answered_at, r.answered_date, r.csat, r.nps,
         r.followup_ticket_id, ft.number AS followup_number
    FROM survey_responses r
    JOIN survey_templates t ON t.id = r.template_id
    LEFT JOIN storefronts s ON s.id = r.storefront_id
    LEFT JOIN tickets tk ON tk.id = r.ticket_id
    LEFT JOIN orders o ON o.id = r.order_id
    LEFT JOIN customers c ON c.id = r.customer_id
    LEFT JOIN staff st ON st.id = r.agent_id
    LEFT JOIN tickets ft ON ft.id = r.followup_ticket_id`;

interface AnswerRecord {
  response_id: string;
  question_id: string;
  kind: SurveyAnswer['kind'];
  score: number | null;
  choices: string | null;
  text: string | null;
}

function toAnswer(a: AnswerRecord): SurveyAnswer {
  if (a.kind === 'single_choice')
    return { questionId: a.question_id, kind: a.kind, optionId: (JSON.parse(a.choices!) as string[])[0]! };
  if (a.kind === 'multiple_choice')
    return { questionId: a.question_id, kind: a.kind, optionIds: JSON.parse(a.choices!) as string[] };
  if (a.kind === 'free_text') return { questionId: a.question_id, kind: a.kind, text: a.text ?? '' };
  return { questionId: a.question_id, kind: a.kind, score: a.score! };
}

function toViews(sqlite: Sqlite, rows: ResponseRecord[]): SurveyResponseView[] {
  const answersOf = new Map<string, SurveyAnswer[]>();
  const read = stmt(sqlite, 'SELECT * FROM survey_answers WHERE response_id = ?');
  for (const r of rows) answersOf.set(r.id, (read.all(r.id) as AnswerRecord[]).map(toAnswer));
  return rows.map((r) => {
    const questions = JSON.parse(r.questions) as SurveyQuestion[];
    const order = new Map(questions.map((q, i) => [q.id, i]));
    return {
      id: r.id,
      templateId: r.template_id,
      templateName: { 'zh-CN': r.name_zh, en: r.name_en },
      invitationId: r.invitation_id,
      storefrontId: r.storefront_id,
      storefrontName: r.storefront_name,
      ticketId: r.ticket_id,
      ticketNumber: r.ticket_number,
      ticketType: r.ticket_type,
      orderId: r.order_id,
      orderExternalId: r.order_external_id,
      customerId: r.customer_id,
      customerName: r.customer_name,
      agentId: r.agent_id,
      agentName: r.agent_name,
      channel: r.channel,
      answeredAt: r.answered_at,
      answeredDate: r.answered_date,
      csat: r.csat,
      nps: r.nps,
      low: (r.csat !== null && r.csat <= 2) || (r.nps !== null && r.nps <= 6),
      followupTicketId: r.followup_ticket_id,
      followupTicketNumber: r.followup_number,
      answers: answersOf
        .get(r.id)!
        .sort((a, b) => (order.get(a.questionId) ?? 99) - (order.get(b.questionId) ?? 99)),
      questions,
    };
  });
}

export function getResponse(sqlite: Sqlite, id: string): SurveyResponseView {
  const row = sqlite.prepare(`${responseSelect} WHERE r.id = ?`).get(id) as ResponseRecord | undefined;
  if (!row) throw notFound('survey_response', id);
  return toViews(sqlite, [row])[0]!;
}

/** Responses answered in a period of shop-zone days, newest first. */
export function listResponses(sqlite: Sqlite, q: ResponseListQuery): SurveyResponsePage {
  const where = ['r.answered_date BETWEEN @from AND @to'];
  const params: Record<string, string | number> = { from: q.from, to: q.to };
  if (q.storefrontId) {
    where.push('r.storefront_id = @storefrontId');
    params.storefrontId = q.storefrontId;
  }
  if (q.templateId) {
    where.push('r.template_id = @templateId');
    params.templateId = q.templateId;
  }
  if (q.agentId) {
    where.push('r.agent_id = @agentId');
    params.agentId = q.agentId;
  }
  if (q.lowOnly) where.push('(r.csat <= 2 OR r.nps <= 6)');
  const sql = where.join(' AND ');
  const total = (
    sqlite.prepare(`SELECT count(*) AS n FROM survey_responses r WHERE ${sql}`).get(params) as { n: number }
  ).n;
  const rows = sqlite
    .prepare(
      `${responseSelect} WHERE ${sql} ORDER BY r.answered_at DESC, r.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as ResponseRecord[];
  return { rows: toViews(sqlite, rows), total, page: q.page, pageSize: q.pageSize };
}
