import type { PendingReason, RootCause, TicketType } from '../../../shared/domain/tickets';

/** What customers of the demo shop write about, per ticket type: Chinese storefronts and the Shopify one. */
export const demoTicketSubjects: Record<TicketType, { zh: string[]; en: string[] }> = {
  return: {
    zh: ['七天无理由退货', '尺寸不合适想退货', '颜色和图片差别大，申请退货'],
    en: ['Return within 30 days', 'Wrong size, want to return', 'Colour differs from the photos'],
  },
  exchange: {
    zh: ['想换一个颜色', '尺码偏小，申请换大一号'],
    en: ['Exchange for another colour', 'Too small, exchange for a larger size'],
  },
  refund_only: {
    zh: ['少发了一件，申请部分退款', '未收到货，申请退款', '商品有划痕，协商部分退款'],
    en: [
      'One item missing, partial refund',
      'Never arrived, refund please',
      'Scratched on arrival, partial refund',
    ],
  },
  reship: {
    zh: ['包裹破损，申请补发', '漏发配件，请补发'],
    en: ['Parcel damaged, please resend', 'Accessory missing, please send it'],
  },
  logistics: {
    zh: ['物流三天没更新', '显示已签收但没收到', '能否改派送地址'],
    en: [
      'Tracking has not moved for 3 days',
      'Marked delivered but not received',
      'Can you change the address?',
    ],
  },
  quality: {
    zh: ['用了两次就坏了', '有异味', '做工有瑕疵'],
    en: ['Broke after two uses', 'Strange smell', 'Stitching defect'],
  },
  inquiry: {
    zh: ['能开发票吗', '这款可以用洗碗机洗吗', '什么时候补货'],
    en: ['Can I get an invoice?', 'Is it dishwasher safe?', 'When is it back in stock?'],
  },
  complaint: {
    zh: ['客服回复太慢', '快递员态度差'],
    en: ['Replies are too slow', 'Courier was rude'],
  },
  suggestion: {
    zh: ['建议增加小号规格', '希望包装更环保'],
    en: ['Please add a smaller size', 'Less plastic in the packaging, please'],
  },
};

export const demoReplies = {
  zh: [
    '亲，收到您的反馈了，我们马上为您核实处理。',
    '亲，已经帮您联系仓库/快递核实，有结果第一时间告诉您。',
    '亲，给您带来不便非常抱歉，我们会尽快给您一个满意的处理方案。',
  ],
  en: [
    'Thanks for letting us know, we are looking into it right now.',
    'We have asked the warehouse and the carrier and will update you as soon as we hear back.',
    'Sorry for the trouble — we will make this right quickly.',
  ],
  resolved: {
    zh: '亲，已为您处理完毕，如还有问题随时联系我们～',
    en: 'All sorted on our side — let us know if there is anything else.',
  },
};

export const demoNotes = [
  '已查仓库出库记录，确认少发。',
  '客户为老客户，按优先处理。',
  '快递已登记催派，等回复。',
  'Checked the photos: defect confirmed, batch 2026-07.',
  '同款本月第三次反馈，已告知采购。',
];

/** Who a pending demo ticket waits on, with the note an agent leaves when setting it. */
export const demoPendingNotes: Record<PendingReason, string> = {
  customer: '等客户补充照片。',
  platform: '已提交平台介入，等平台判定。',
  warehouse: '等仓库收到退货后验货。',
};

export const rootCauseOf: Partial<Record<TicketType, RootCause>> = {
  return: 'description_mismatch',
  exchange: 'product',
  refund_only: 'logistics',
  reship: 'logistics',
  logistics: 'logistics',
  quality: 'product',
  complaint: 'service',
};
