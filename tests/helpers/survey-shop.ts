/**
 * The ticket shop (ticket-shop.ts: Tmall + Shopify, agents 李客服 acting and 王客服) with the two surveys the
 * demo has too: an after-sales survey (CSAT required, the three dimension ratings, a comment) and an order
 * NPS survey (NPS required, a single and a multiple choice). Services are called with fixed moments.
 */
import { surveyTemplateSaveSchema, type SurveyTemplateSave } from '../../shared/api/schemas/surveys';
import type { SurveyTemplateView } from '../../shared/domain/survey-views';
import { getTemplateView, saveRule, saveTemplate } from '../../electron/core/surveys/templates';
import { transitionTicket } from '../../electron/core/tickets/workflow';
import type { TicketType } from '../../shared/domain/tickets';
import type { TempCore } from './catalog-data';
import { newTicket, ticketShop, type TicketShop } from './ticket-shop';
import { sh } from './ticket-timelines';

export interface SurveyShop extends TicketShop {
  service: SurveyTemplateView;
  nps: SurveyTemplateView;
}

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const serviceTemplateInput = (): SurveyTemplateSave =>
  surveyTemplateSaveSchema.parse({
    name: t('售后满意度', 'After-sales satisfaction'),
    intro: t(
      '{customer_name}您好，工单 {ticket_number} 已处理完毕，请为我们打分：',
      'Hi {customer_name}, ticket {ticket_number} is done. Please rate us:',
    ),
    questions: [
      {
        id: 'csat',
        kind: 'csat',
        text: t('您对本次服务满意吗？', 'How satisfied are you with our service?'),
        required: true,
      },
      { id: 'attitude', kind: 'dimension', dimension: 'attitude', text: t('服务态度', 'Service attitude') },
      { id: 'speed', kind: 'dimension', dimension: 'speed', text: t('响应速度', 'Speed') },
      {
        id: 'resolution',
        kind: 'dimension',
        dimension: 'resolution',
        text: t('问题解决', 'Problem resolved'),
      },
      { id: 'comment', kind: 'free_text', text: t('其他建议', 'Anything else?') },
    ],
  });

export const npsTemplateInput = (): SurveyTemplateSave =>
  surveyTemplateSaveSchema.parse({
    name: t('订单推荐度', 'Order NPS'),
    intro: t(
      '{customer_name}您好，订单 {order_id} 已完成。',
      'Hi {customer_name}, order {order_id} is complete.',
    ),
    questions: [
      {
        id: 'nps',
        kind: 'nps',
        text: t('您有多大可能向朋友推荐我们？', 'How likely are you to recommend us?'),
        required: true,
      },
      {
        id: 'channel',
        kind: 'single_choice',
        text: t('您从哪里知道我们？', 'Where did you hear of us?'),
        options: [
          { id: 'friend', label: t('朋友推荐', 'A friend') },
          { id: 'search', label: t('搜索', 'Search') },
        ],
      },
      {
        id: 'liked',
        kind: 'multiple_choice',
        text: t('您喜欢什么？', 'What did you like?'),
        options: [
          { id: 'price', label: t('价格', 'Price') },
          { id: 'quality', label: t('质量', 'Quality') },
          { id: 'delivery', label: t('物流', 'Delivery') },
        ],
      },
    ],
  });

export async function surveyShop(core: TempCore): Promise<SurveyShop> {
  const shop = await ticketShop(core);
  const at = sh('2024-03-01 09:00');
  const service = getTemplateView(core.ctx.sqlite, saveTemplate(core.ctx.sqlite, serviceTemplateInput(), at));
  const nps = getTemplateView(core.ctx.sqlite, saveTemplate(core.ctx.sqlite, npsTemplateInput(), at));
  return { ...shop, service, nps };
}

/** Turns the rule of a storefront and trigger on with a template (no delay unless given). */
export const ruleOn = (
  core: TempCore,
  storefrontId: string,
  trigger: 'ticket_closed' | 'order_completed',
  templateId: string,
  delayHours = 0,
) =>
  saveRule(
    core.ctx.sqlite,
    { storefrontId, trigger, templateId, enabled: true, delayHours },
    sh('2024-03-01 09:00'),
  );

/** A ticket on an order, assigned, resolved and closed at `closedAt`; returns its id. */
export function closedTicket(
  core: TempCore,
  shop: TicketShop,
  input: { orderId?: string; storefrontId?: string; assigneeId?: string | null; type?: TicketType },
  closedAt: string,
): string {
  const id = newTicket(
    core,
    {
      ...(input.orderId ? { orderId: input.orderId } : { storefrontId: input.storefrontId ?? shop.tmall.id }),
      type: input.type ?? 'return',
      assigneeId: input.assigneeId === undefined ? shop.li.id : input.assigneeId,
    },
    closedAt,
  );
  transitionTicket(core.ctx.sqlite, { id, to: 'resolved' }, closedAt);
  transitionTicket(core.ctx.sqlite, { id, to: 'closed' }, closedAt);
  return id;
}

export const count = (core: TempCore, table: string, where = '1'): number =>
  (core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
