import type { Sqlite } from '../db/connection';
import { AppError, notFound } from '../../../shared/api/result';
import { surveyErrorText, surveyValidationEn } from '../../../shared/api/schemas/surveys-texts';
import type { SurveyAnswer, SurveyChannel, SurveyTemplate } from '../../../shared/domain/surveys';
import type { TicketType } from '../../../shared/domain/tickets';
import { checkSurveyAnswers } from '../../../shared/logic/survey-answers';
import { lowScoreAnswers } from '../../../shared/logic/survey-scoring';
import { localDate } from '../../../shared/logic/dates';
import { newSortableId } from '../../../shared/logic/ids';
import { stmt } from '../pricing/raw-context';
import { actorOf } from '../tickets/repo';
import { createTicket } from '../tickets/create';
import { followupSubject, followupDescription } from './followup-text';
import { requireActiveTemplate, surveyConflict } from './repo';

/** Everything a response is linked to, worked out before anything is written. */
export interface ResponseLinks {
  invitationId: string | null;
  storefrontId: string | null;
  ticketId: string | null;
  orderId: string | null;
  customerId: string | null;
  agentId: string | null;
  ticketType: TicketType | null;
}

export interface LinkRequest {
  invitationId?: string;
  ticketId?: string;
  orderId?: string;
  customerId?: string;
  storefrontId?: string;
}

/**
 * Links as PRODUCT.md §8 wants them: an invitation brings all of its own; a ticket its order, customer,
 * storefront, type and assignee (the agent; closed tickets cannot be reassigned, so it is the one at close);
 * an order its storefront and customer. Unknown ids are NOT_FOUND; an order of another storefront CONFLICT.
 */
export function resolveLinks(sqlite: Sqlite, templateId: string, req: LinkRequest): ResponseLinks {
  if (req.invitationId) {
    const inv = stmt(sqlite, 'SELECT * FROM survey_invitations WHERE id = ?').get(req.invitationId) as
      | {
          id: string;
          template_id: string;
          storefront_id: string;
          ticket_id: string | null;
          order_id: string | null;
          customer_id: string | null;
          agent_id: string | null;
          ticket_type: TicketType | null;
        }
      | undefined;
    if (!inv) throw notFound('survey_invitation', req.invitationId);
    if (stmt(sqlite, 'SELECT 1 FROM survey_responses WHERE invitation_id = ?').get(inv.id))
      throw surveyConflict('surveyInvitationAnswered', {});
    if (inv.template_id !== templateId) {
      const t = requireActiveTemplate(sqlite, inv.template_id);
      throw surveyConflict('surveyInvitationTemplate', { name: t.name.en });
    }
    return {
      invitationId: inv.id,
      storefrontId: inv.storefront_id,
      ticketId: inv.ticket_id,
      orderId: inv.order_id,
      customerId: inv.customer_id,
      agentId: inv.agent_id,
      ticketType: inv.ticket_type,
    };
  }
  const links: ResponseLinks = {
    invitationId: null,
    storefrontId: req.storefrontId ?? null,
    ticketId: null,
    orderId: req.orderId ?? null,
    customerId: req.customerId ?? null,
    agentId: null,
    ticketType: null,
  };
  if (req.ticketId) {
    const t = stmt(
      sqlite,
      'SELECT id, storefront_id, order_id, customer_id, assignee_id, type FROM tickets WHERE id = ?',
    ).get(req.ticketId) as
      | {
          id: string;
          storefront_id: string;
          order_id: string | null;
          customer_id: string | null;
          assignee_id: string | null;
          type: TicketType;
        }
      | undefined;
    if (!t) throw notFound('ticket', req.ticketId);
    Object.assign(links, {
      ticketId: t.id,
      storefrontId: t.storefront_id,
      orderId: links.orderId ?? t.order_id,
      customerId: links.customerId ?? t.customer_id,
      agentId: t.assignee_id,
      ticketType: t.type,
    });
  }
  if (links.orderId) {
    const o = stmt(sqlite, 'SELECT id, external_id, storefront_id, customer_id FROM orders WHERE id = ?').get(
      links.orderId,
    ) as { id: string; external_id: string; storefront_id: string; customer_id: string | null } | undefined;
    if (!o) throw notFound('order', links.orderId);
    if (links.storefrontId && links.storefrontId !== o.storefront_id)
      throw surveyConflict('surveyLinkMismatch', { order: o.external_id });
    links.storefrontId = o.storefront_id;
    links.customerId = links.customerId ?? o.customer_id;
  }
  if (links.customerId && !stmt(sqlite, 'SELECT 1 FROM customers WHERE id = ?').get(links.customerId))
    throw notFound('customer', links.customerId);
  if (links.storefrontId && !stmt(sqlite, 'SELECT 1 FROM storefronts WHERE id = ?').get(links.storefrontId))
    throw notFound('storefront', links.storefrontId);
  return links;
}

/** INVALID_INPUT naming each question (its id in the path, its English text in the sentence). */
export function checkAnswersOrThrow(template: SurveyTemplate, answers: readonly SurveyAnswer[]): void {
  const problems = checkSurveyAnswers(template, answers);
  if (!problems.length) return;
  const textOf = new Map(template.questions.map((q) => [q.id, q.text.en]));
  // The sentence names the first few; every problem is in `issues` for the form to mark.
  const shown = problems.slice(0, 5);
  const described = shown
    .map(
      (p) =>
        `"${textOf.get(p.questionId) ?? p.questionId}" ${surveyValidationEn[p.key as keyof typeof surveyValidationEn] ?? 'is required'}`,
    )
    .join('; ')
    .concat(problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '');
  throw new AppError('INVALID_INPUT', surveyErrorText('surveyAnswers', { problems: described }), {
    key: 'surveyAnswers',
    params: { problems: described },
    issues: problems.map((p) => ({ path: `answers.${p.questionId}`, message: p.key })),
  });
}

export interface ResponseWrite {
  template: SurveyTemplate;
  links: ResponseLinks;
  channel: SurveyChannel;
  answeredAt: string;
  answers: readonly SurveyAnswer[];
  sourceKey?: string | null;
}

/**
 * Writes one checked response and its answer rows inside the caller's transaction; a low score (CSAT ≤ 2 or
 * NPS ≤ 6) opens one complaint ticket on the same order/customer, referencing the response. Returns its id
 * and the follow-up ticket's (null without one).
 */
export function writeResponse(
  sqlite: Sqlite,
  w: ResponseWrite,
  at: string,
  zone: string,
): { id: string; followupTicketId: string | null } {
  const id = newSortableId();
  const score = (kind: 'csat' | 'nps') => {
    const a = w.answers.find((x) => x.kind === kind);
    return a && 'score' in a ? a.score : null;
  };
  const csat = score('csat');
  const nps = score('nps');
  stmt(
    sqlite,
    `INSERT INTO survey_responses (id, template_id, invitation_id, storefront_id, ticket_id, order_id, customer_id,
       agent_id, ticket_type, channel, answered_at, answered_date, csat, nps, followup_ticket_id, source_key,
       entered_by, created_at)
     VALUES (@id, @template_id, @invitation_id, @storefront_id, @ticket_id, @order_id, @customer_id, @agent_id,
       @ticket_type, @channel, @answered_at, @answered_date, @csat, @nps, NULL, @source_key, @entered_by, @at)`,
  ).run({
    id,
    template_id: w.template.id,
    invitation_id: w.links.invitationId,
    storefront_id: w.links.storefrontId,
    ticket_id: w.links.ticketId,
    order_id: w.links.orderId,
    customer_id: w.links.customerId,
    agent_id: w.links.agentId,
    ticket_type: w.links.ticketType,
    channel: w.channel,
    answered_at: w.answeredAt,
    answered_date: localDate(w.answeredAt, zone),
    csat,
    nps,
    source_key: w.sourceKey ?? null,
    entered_by: actorOf(sqlite),
    at,
  });
  const dimensionOf = new Map(
    w.template.questions.flatMap((q) => (q.kind === 'dimension' ? [[q.id, q.dimension] as const] : [])),
  );
  const insert = stmt(
    sqlite,
    `INSERT INTO survey_answers (response_id, question_id, kind, dimension, score, choices, text)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of w.answers) {
    insert.run(
      id,
      a.questionId,
      a.kind,
      a.kind === 'dimension' ? (dimensionOf.get(a.questionId) ?? null) : null,
      'score' in a ? a.score : null,
      a.kind === 'single_choice'
        ? JSON.stringify([a.optionId])
        : a.kind === 'multiple_choice'
          ? JSON.stringify(a.optionIds)
          : null,
      a.kind === 'free_text' ? a.text : null,
    );
  }
  if (w.links.invitationId)
    // Answering proves it reached the customer: an invitation answered before it was marked sent counts as sent.
    stmt(sqlite, 'UPDATE survey_invitations SET sent_at = coalesce(sent_at, ?) WHERE id = ?').run(
      w.answeredAt < at ? w.answeredAt : at,
      w.links.invitationId,
    );
  const followupTicketId =
    lowScoreAnswers({ answers: w.answers }).length && w.links.storefrontId
      ? openFollowup(sqlite, id, w, csat, nps, at)
      : null;
  return { id, followupTicketId };
}

function openFollowup(
  sqlite: Sqlite,
  responseId: string,
  w: ResponseWrite,
  csat: number | null,
  nps: number | null,
  at: string,
): string {
  const language = (
    stmt(sqlite, "SELECT value FROM settings WHERE key = 'language'").get() as { value: string } | undefined
  )?.value;
  const lang = language && JSON.parse(language) === 'en' ? 'en' : 'zh-CN';
  const freeText = w.answers.flatMap((a) => (a.kind === 'free_text' && a.text ? [a.text] : []));
  const ticketId = createTicket(
    sqlite,
    {
      storefrontId: w.links.storefrontId!,
      ...(w.links.orderId ? { orderId: w.links.orderId } : {}),
      ...(w.links.customerId ? { customerId: w.links.customerId } : {}),
      type: 'complaint',
      priority: 'high',
      externalRef: null,
      subject: followupSubject(lang, csat, nps),
      description: followupDescription(lang, responseId, w.links.ticketId, freeText),
    },
    at,
  );
  stmt(sqlite, 'UPDATE survey_responses SET followup_ticket_id = ? WHERE id = ?').run(ticketId, responseId);
  return ticketId;
}
