import type { PendingReason, TicketType } from '../../../../shared/domain/tickets';
import { normalizeHeader } from '../../orders/formats/values';

/**
 * The columns of a platform's after-sales export (淘宝/天猫 退款管理, 京东 售后, 拼多多 售后, 抖店 售后, and
 * English helpdesk or marketplace exports), by what each header may be called. Compared after normalizeHeader.
 */
export const ticketColumns = {
  ref: [
    '售后单号',
    '售后编号',
    '售后单编号',
    '退款编号',
    '退款单号',
    '服务单号',
    'after-sales id',
    'after sales id',
    'return id',
    'case id',
    'refund id',
    'rma number',
  ],
  order: ['订单号', '订单编号', '主订单编号', '订单id', 'order id', 'order number', 'order no'],
  type: [
    '售后类型',
    '退款类型',
    '服务类型',
    '售后方式',
    'after-sales type',
    'after sales type',
    'request type',
    'type',
  ],
  createdAt: [
    '申请时间',
    '退款申请时间',
    '售后申请时间',
    '创建时间',
    'requested at',
    'request time',
    'request date',
    'applied at',
    'created at',
  ],
  refund: ['退款金额', '买家退款金额', '申请退款金额', '实际退款金额', 'refund amount', 'refund'],
  status: ['售后状态', '退款状态', '服务单状态', 'after-sales status', 'after sales status', 'status'],
  reason: ['原因', '退款原因', '售后原因', '申请原因', 'reason'],
} as const;
export type TicketColumn = keyof typeof ticketColumns;

const byHeader = new Map<string, TicketColumn>(
  (Object.entries(ticketColumns) as [TicketColumn, readonly string[]][]).flatMap(([key, names]) =>
    names.map((n) => [normalizeHeader(n), key] as const),
  ),
);

/** Each column's index in a header row (the first header of a kind wins). */
export function columnIndexes(headers: readonly string[]): Partial<Record<TicketColumn, number>> {
  const found: Partial<Record<TicketColumn, number>> = {};
  headers.forEach((h, i) => {
    const key = byHeader.get(normalizeHeader(h));
    if (key && found[key] === undefined) found[key] = i;
  });
  return found;
}

/** The header row: it names the after-sales id and the type. */
export const isTicketHeader = (cells: string[]): boolean => {
  const found = columnIndexes(cells);
  return found.ref !== undefined && found.type !== undefined;
};

const key = (text: string): string => normalizeHeader(text).replace(/[\s_-]+/g, ' ');

const typeWords: Record<TicketType, string[]> = {
  refund_only: ['仅退款', '退款', '未收到货仅退款', '已收货仅退款', '未发货仅退款', 'refund only', 'refund'],
  return: ['退货退款', '退货', 'return', 'return and refund', 'return & refund'],
  exchange: ['换货', 'exchange'],
  reship: ['补发', '补寄', '补发商品', 'reship', 'resend', 'replacement'],
  quality: ['维修', '质量问题', 'quality', 'quality issue', 'repair'],
  logistics: ['物流', '物流问题', 'logistics', 'shipping', 'delivery'],
  inquiry: ['咨询', 'inquiry', 'question'],
  complaint: ['投诉', 'complaint'],
  suggestion: ['建议', 'suggestion'],
};
const typeByWord = new Map(
  (Object.entries(typeWords) as [TicketType, string[]][]).flatMap(([type, words]) =>
    words.map((w) => [key(w), type] as const),
  ),
);
export const ticketTypeOf = (text: string): TicketType | null => typeByWord.get(key(text)) ?? null;

export type ImportedState =
  { state: 'new' } | { state: 'pending'; reason: PendingReason } | { state: 'closed' };

const statusWords: [ImportedState, string[]][] = [
  [
    { state: 'new' },
    [
      '待处理',
      '待商家处理',
      '待卖家处理',
      '申请中',
      '处理中',
      '待审核',
      '商家处理中',
      '待商家同意',
      'requested',
      'open',
      'new',
      'processing',
      'pending review',
    ],
  ],
  [
    { state: 'pending', reason: 'customer' },
    [
      '待买家退货',
      '等待买家退货',
      '待买家处理',
      '待买家寄回',
      '待买家确认',
      'awaiting buyer',
      'waiting for buyer',
      'awaiting return',
    ],
  ],
  [
    { state: 'pending', reason: 'warehouse' },
    ['待商家收货', '待卖家收货', '买家已退货', '退货待入库', '已寄回', 'item returned', 'awaiting receipt'],
  ],
  [
    { state: 'pending', reason: 'platform' },
    ['平台介入', '平台处理中', '客服介入中', '小二介入', 'escalated', 'platform review'],
  ],
  [
    { state: 'closed' },
    [
      '退款成功',
      '售后成功',
      '已完成',
      '完成',
      '退款完成',
      '已退款',
      '退款关闭',
      '售后关闭',
      '已关闭',
      '关闭',
      '已拒绝',
      '拒绝',
      '已撤销',
      '撤销',
      '买家撤销',
      'refunded',
      'completed',
      'closed',
      'rejected',
      'cancelled',
      'canceled',
      'withdrawn',
    ],
  ],
];
const stateByWord = new Map(
  statusWords.flatMap(([state, words]) => words.map((w) => [key(w), state] as const)),
);

/** A blank status is a new case; an unknown one is null (the row is refused, naming the value). */
export const importedStateOf = (text: string | null): ImportedState | null =>
  text === null ? { state: 'new' } : (stateByWord.get(key(text)) ?? null);
