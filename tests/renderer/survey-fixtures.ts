import type {
  SurveyFigures,
  SurveyInvitationRow,
  SurveyResponseView,
  SurveyResults,
  SurveyTemplateView,
} from '../../shared/domain/survey-views';

/** An after-sales survey with every kind of question, as the API answers it. */
export const afterSales: SurveyTemplateView = {
  id: 'tpl-after',
  name: { en: 'After-sales survey', 'zh-CN': '售后满意度调查' },
  intro: { en: 'Hello {customer_name}, how did we do?', 'zh-CN': '{customer_name} 您好，请为本次服务打分' },
  questions: [
    {
      id: 'csat',
      kind: 'csat',
      text: { en: 'How satisfied are you?', 'zh-CN': '您对本次服务满意吗？' },
      required: true,
    },
    {
      id: 'nps',
      kind: 'nps',
      text: { en: 'Would you recommend us?', 'zh-CN': '您会推荐我们吗？' },
      required: true,
    },
    {
      id: 'speed',
      kind: 'dimension',
      dimension: 'speed',
      text: { en: 'How fast did we help?', 'zh-CN': '处理速度如何？' },
      required: false,
    },
    {
      id: 'channel',
      kind: 'multiple_choice',
      text: { en: 'Where did you hear of us?', 'zh-CN': '您从哪里知道我们？' },
      required: false,
      options: [
        { id: 'friend', label: { en: 'A friend', 'zh-CN': '朋友' } },
        { id: 'ad', label: { en: 'An advert', 'zh-CN': '广告' } },
        { id: 'search', label: { en: 'Search', 'zh-CN': '搜索' } },
      ],
    },
    {
      id: 'words',
      kind: 'free_text',
      text: { en: 'Anything else?', 'zh-CN': '还有其他意见吗？' },
      required: false,
    },
  ],
  archived: false,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  responses: 12,
  answeredQuestionIds: ['csat', 'nps'],
};

export const invitation: SurveyInvitationRow = {
  id: 'inv-1',
  templateId: afterSales.id,
  templateName: afterSales.name,
  trigger: 'ticket_closed',
  storefrontId: 'tm',
  storefrontName: 'Tmall Flagship',
  ticketId: 'tk-7',
  ticketNumber: 7,
  orderId: 'ord-1',
  orderExternalId: 'TM-2026-0001',
  customerId: 'cus-1',
  customerName: 'Li Lei',
  phone: '13800001234',
  agentId: 'st-1',
  agentName: 'Wang Fang',
  language: 'zh-CN',
  createdAt: '2026-11-28T06:00:00.000Z',
  sendAfter: '2026-11-28T06:00:00.000Z',
  sentAt: null,
  responseId: null,
};

export function responseOf(answers: SurveyResponseView['answers'], low = false): SurveyResponseView {
  const score = (kind: string) => {
    const a = answers.find((x) => x.kind === kind);
    return a && 'score' in a ? a.score : null;
  };
  return {
    id: 'resp-1',
    templateId: afterSales.id,
    templateName: afterSales.name,
    invitationId: null,
    storefrontId: 'tm',
    storefrontName: 'Tmall Flagship',
    ticketId: null,
    ticketNumber: null,
    ticketType: null,
    orderId: null,
    orderExternalId: null,
    customerId: null,
    customerName: null,
    agentId: null,
    agentName: null,
    channel: 'phone',
    answeredAt: '2026-11-29T06:00:00.000Z',
    answeredDate: '2026-11-29',
    csat: score('csat'),
    nps: score('nps'),
    low,
    followupTicketId: low ? 'tk-9' : null,
    followupTicketNumber: low ? 9 : null,
    answers,
    questions: [...afterSales.questions],
  };
}

const empty = { attitude: null, speed: null, resolution: null };

export const figures = (patch: Partial<SurveyFigures> = {}): SurveyFigures => ({
  responses: 0,
  invitationsSent: 0,
  responseRateBp: null,
  csatResponses: 0,
  csat: null,
  npsResponses: 0,
  promoters: 0,
  passives: 0,
  detractors: 0,
  nps: null,
  dimensions: empty,
  lowScoreResponses: 0,
  ...patch,
});

/** Eight responses of 20 sent: CSAT 87.5 (7 of 8 scored 4–5), NPS 25; the previous period had none. */
export function resultsFor(query: { from: string; to: string }): SurveyResults {
  const current = figures({
    responses: 8,
    invitationsSent: 20,
    responseRateBp: 4000,
    csatResponses: 8,
    csat: 8750,
    npsResponses: 8,
    promoters: 4,
    passives: 2,
    detractors: 2,
    nps: 2500,
    dimensions: { attitude: 450, speed: 425, resolution: null },
    lowScoreResponses: 1,
  });
  return {
    ...query,
    previousFrom: '2026-10-01',
    previousTo: '2026-10-31',
    storefrontId: null,
    current,
    previous: figures({ invitationsSent: 0 }),
    changes: { csatPoints: null, npsPoints: null, responseRateBp: null, dimensions: empty },
    byStorefront: [{ ...current, key: 'tm', label: 'Tmall Flagship' }],
    byAgent: [
      { ...current, key: 'st-1', label: 'Wang Fang' },
      { ...figures({ responses: 1, csatResponses: 1, csat: 0 }), key: null, label: null },
    ],
    byTicketType: [{ ...current, key: 'return', label: 'return' }],
    bucket: 'day',
    trend: [
      { date: query.from, responses: 3, csat: 10000, nps: 3333 },
      { date: query.to, responses: 5, csat: 8000, nps: 2000 },
    ],
    previousTrend: [],
  };
}
