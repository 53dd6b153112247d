/**
 * Valid-shaped survey inputs for the API fuzz test to mutate: ids that do not exist (writes reach NOT_FOUND)
 * and paths in a folder that does not exist (exports and imports reach INVALID_INPUT), so a mutation that
 * passes the schema still ends in a refused call that changes nothing.
 */
const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const surveysTemplates: Record<string, Record<string, unknown>> = {
  'surveys:templates': { includeArchived: true },
  'surveys:saveTemplate': {
    id: 'no-such-id',
    name: t('售后满意度', 'After-sales'),
    intro: t('{customer_name}您好', 'Hi {customer_name}'),
    questions: [
      { id: 'csat', kind: 'csat', text: t('满意吗', 'Satisfied?'), required: true },
      { id: 'speed', kind: 'dimension', dimension: 'speed', text: t('速度', 'Speed') },
      {
        id: 'pick',
        kind: 'multiple_choice',
        text: t('喜欢什么', 'Liked?'),
        options: [
          { id: 'a', label: t('价格', 'Price') },
          { id: 'b', label: t('质量', 'Quality') },
        ],
      },
    ],
  },
  'surveys:archiveTemplate': { id: 'no-such-id' },
  'surveys:restoreTemplate': { id: 'no-such-id' },
  'surveys:rules': {},
  'surveys:saveRule': {
    storefrontId: 'no-such-id',
    trigger: 'ticket_closed',
    templateId: 'no-such-template',
    enabled: true,
    delayHours: 24,
  },
  'surveys:invitations': {
    status: 'to_send',
    storefrontId: 'no-such-id',
    trigger: 'order_completed',
    from: '2024-03-01',
    to: '2024-03-31',
    page: 1,
    pageSize: 50,
  },
  'surveys:invitation': { id: 'no-such-id' },
  'surveys:createOrderInvitations': { from: '2024-03-01', to: '2024-03-31', storefrontId: 'no-such-id' },
  'surveys:renderInvitation': { id: 'no-such-id', language: 'en' },
  'surveys:markSent': { ids: ['no-such-id', 'no-such-other'] },
  'surveys:exportInvitations': {
    path: '/no-such-folder/invitations.xlsx',
    lang: 'zh-CN',
    format: 'xlsx',
    status: 'all',
    storefrontId: 'no-such-id',
    from: '2024-03-01',
    to: '2024-03-31',
  },
  'surveys:recordResponse': {
    templateId: 'no-such-id',
    invitationId: 'no-such-invitation',
    orderId: 'no-such-order',
    channel: 'phone',
    answeredAt: '2024-03-13T10:00:00+08:00',
    answers: [
      { questionId: 'csat', kind: 'csat', score: 2 },
      { questionId: 'pick', kind: 'multiple_choice', optionIds: ['a'] },
      { questionId: 'note', kind: 'free_text', text: '太慢了' },
    ],
  },
  'surveys:responses': {
    from: '2024-03-01',
    to: '2024-03-31',
    storefrontId: 'no-such-id',
    lowOnly: true,
    page: 1,
    pageSize: 50,
  },
  'surveys:getResponse': { id: 'no-such-id' },
  'surveys:inspectImport': { templateId: 'no-such-id', path: '/no-such-folder/answers.csv' },
  'surveys:checkImport': {
    templateId: 'no-such-id',
    storefrontId: 'no-such-id',
    path: '/no-such-folder/answers.xlsx',
    mapping: {
      questions: { csat: '满意度' },
      responseId: '序号',
      orderId: '订单号',
      phone: '手机号',
      answeredAt: '提交时间',
    },
  },
  'surveys:importResponses': {
    templateId: 'no-such-id',
    storefrontId: 'no-such-id',
    path: '/no-such-folder/answers.xlsx',
    mapping: {
      questions: { csat: '满意度' },
      responseId: '序号',
      orderId: '订单号',
      phone: '手机号',
      answeredAt: '提交时间',
    },
  },
  'surveys:results': { from: '2024-03-01', to: '2024-03-31', storefrontId: 'no-such-id' },
  'surveys:improvementActions': {},
  'surveys:saveImprovementAction': {
    id: 'no-such-id',
    title: '加厚包装',
    ownerId: 'no-such-staff',
    startDate: '2024-03-11',
    endDate: '2024-03-31',
    rootCause: 'product',
    status: 'in_progress',
    notes: '换成蜂窝纸',
  },
};
