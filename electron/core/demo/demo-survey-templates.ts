import { surveyTemplateSaveSchema, type SurveyTemplateSave } from '../../../shared/api/schemas/surveys';

/** The demo shop's two surveys, in both languages (PRODUCT.md §8): after-sales CSAT and order NPS. */
const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const demoServiceSurvey: SurveyTemplateSave = surveyTemplateSaveSchema.parse({
  name: t('售后服务满意度', 'After-sales satisfaction'),
  intro: t(
    '{customer_name}您好！您在{storefront}的售后工单 {ticket_number} 已处理完毕，耽误您一分钟为我们的服务打个分：',
    'Hi {customer_name}! Your after-sales ticket {ticket_number} at {storefront} is closed. Could you rate our service in a minute?',
  ),
  questions: [
    {
      id: 'csat',
      kind: 'csat',
      required: true,
      text: t('您对本次售后服务的整体满意度？', 'Overall, how satisfied are you with our service?'),
    },
    { id: 'attitude', kind: 'dimension', dimension: 'attitude', text: t('客服态度', 'Service attitude') },
    { id: 'speed', kind: 'dimension', dimension: 'speed', text: t('处理速度', 'Speed') },
    {
      id: 'resolution',
      kind: 'dimension',
      dimension: 'resolution',
      text: t('问题是否解决', 'Was the problem solved?'),
    },
    {
      id: 'comment',
      kind: 'free_text',
      text: t('还有什么想对我们说的？', 'Anything else you would like to tell us?'),
    },
  ],
});

export const demoOrderSurvey: SurveyTemplateSave = surveyTemplateSaveSchema.parse({
  name: t('订单推荐度调查', 'Order NPS survey'),
  intro: t(
    '{customer_name}您好！订单 {order_id} 已签收，感谢您的支持。',
    'Hi {customer_name}! Order {order_id} has arrived: thank you.',
  ),
  questions: [
    {
      id: 'nps',
      kind: 'nps',
      required: true,
      text: t('您有多大可能把我们推荐给朋友？', 'How likely are you to recommend us to a friend?'),
    },
    {
      id: 'reason',
      kind: 'single_choice',
      text: t('最打动您的是？', 'What mattered most to you?'),
      options: [
        { id: 'quality', label: t('商品质量', 'Product quality') },
        { id: 'price', label: t('价格', 'Price') },
        { id: 'delivery', label: t('物流速度', 'Delivery speed') },
        { id: 'service', label: t('客服', 'Customer service') },
      ],
    },
    { id: 'comment', kind: 'free_text', text: t('您的建议', 'Your suggestions') },
  ],
});

/** What customers write, by how they scored: low scores say what went wrong. */
export const demoComments = {
  low: ['快递太慢了，等了一周', '客服回复太慢', '杯子收到就有裂纹，换货很麻烦', '和描述不符', '包装破损'],
  high: ['客服很耐心，点赞', '处理很快，谢谢', '质量很好，会回购', '物流很快'],
} as const;

/** What the agent told the customer when calling back after a low score. */
export const demoCallbacks = [
  '您好，看到您的评价后我们已为您补发新品，给您带来不便非常抱歉。',
  '已电话回访：为您申请了 10 元无门槛券，并反馈仓库加强包装。',
  '抱歉让您久等，已为您加急处理退款，预计 1–3 个工作日到账。',
] as const;
