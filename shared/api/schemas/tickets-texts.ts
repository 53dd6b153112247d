/**
 * Messages of the tickets feature, English and Chinese side by side (order-import-texts.ts pattern):
 * `ticketValidation*` are field messages (`validation.<key>`: zod issues, calendar problems, import rows),
 * `ticketError*` are whole sentences for refused actions (`errors.<key>` with the error's params).
 * `{{name}}` placeholders are i18next style; a unit test checks both languages have the same keys and
 * placeholders.
 */
export const ticketValidationEn = {
  ticketType: 'must be one of the ticket types (return, exchange, refund_only, reship, logistics, …)',
  ticketPriority: 'must be low, normal, high or urgent',
  ticketState: 'must be one of new, open, pending, resolved, closed',
  ticketTag: 'must be a tag of 1–40 characters without commas or line breaks',
  ticketQuantity: 'must be a whole number of items above 0',
  ticketLineRepeated: 'lists the same order line twice',
  ticketStorefrontOrOrder: 'needs a storefront, or an order the ticket is about',
  ticketLinesNeedOrder: 'can only name order lines when the ticket has an order',
  ticketMergeByMerge: 'cannot be set directly: merge the ticket into another one instead',
  ticketRefundPositive: 'must be an amount above 0',
  ticketQueue: 'must be mine, unassigned, due_today, overdue, pending_long, open or all',
  pendingReason: 'must say who the ticket waits on: customer, platform or warehouse',
  rootCause: 'must be product, logistics, description_mismatch, service or other',
  time: 'must be a time of day HH:mm (24:00 only as an end)',
  timeZone: 'must be an IANA time zone such as Asia/Shanghai',
  weekday: 'must be a weekday mon … sun',
  intervalOrder: 'must end after it starts',
  intervalOverlap: 'overlaps the working hours before it',
  duplicateDate: 'lists a date already listed',
  holidayIsWorkday: 'is both a holiday and a make-up working day',
  workdayWithoutHours: 'works like a weekday that has no working hours',
  noWorkingHours: 'has no working hours on any weekday',
  slaMinutes: 'must be a whole number of working minutes, 0 or more (or empty for no target)',
  slaRuleRepeated: 'lists the same type and priority twice',
  dueSoonRule: 'must be a share of the target or a number of minutes',
  pendingHours: 'must be a whole number of hours from 1 to 8760',
  // Import of a platform's after-sales export.
  ticketColumnMissing: 'is a column the after-sales import needs, but the header row has no such column',
  ticketRefMissing: 'needs the after-sales id (售后单号)',
  ticketRefRepeated: 'repeats after-sales id {{value}} of row {{row}}',
  ticketTypeUnknown: 'is not an after-sales type ChannelDesk knows (got "{{value}}")',
  ticketStatusUnknown: 'is not an after-sales status ChannelDesk knows (got "{{value}}")',
  ticketDate: 'must be a real date and time (got "{{value}}")',
  ticketAmount: 'must be an amount of 0 or more such as 12.50 (got "{{value}}")',
  ticketOrderUnknown:
    'names order {{value}}, which is not imported for this storefront: the ticket has no order',
  ticketHeaderNotFound: 'has no header row with the after-sales id and type columns',
  ticketNoRows: 'has a header but no after-sales rows',
} as const;

export type TicketValidationKey = keyof typeof ticketValidationEn;

export const ticketValidationZh: Record<TicketValidationKey, string> = {
  ticketType: '应为工单类型之一（退货、换货、仅退款、补发、物流……）',
  ticketPriority: '应为低、普通、高或紧急',
  ticketState: '应为新建、处理中、挂起、已解决、已关闭之一',
  ticketTag: '应为 1–40 个字符的标签，不含逗号或换行',
  ticketQuantity: '应为大于 0 的整数件数',
  ticketLineRepeated: '重复列出了同一订单行',
  ticketStorefrontOrOrder: '需要指定店铺，或工单对应的订单',
  ticketLinesNeedOrder: '工单关联订单后才能指定订单行',
  ticketMergeByMerge: '不能直接设置：请把工单合并到另一个工单',
  ticketRefundPositive: '应为大于 0 的金额',
  ticketQueue: '应为我的、未分配、今日到期、已超时、挂起过久、处理中或全部',
  pendingReason: '应说明在等待谁：客户、平台或仓库',
  rootCause: '应为商品、物流、描述不符、服务或其他',
  time: '应为 HH:mm 格式的时间（24:00 只能作为结束时间）',
  timeZone: '应为 IANA 时区，如 Asia/Shanghai',
  weekday: '应为星期 mon … sun',
  intervalOrder: '结束时间应晚于开始时间',
  intervalOverlap: '与前一段工作时间重叠',
  duplicateDate: '重复列出了同一日期',
  holidayIsWorkday: '同时是节假日和调休工作日',
  workdayWithoutHours: '按某个没有工作时间的工作日上班',
  noWorkingHours: '一周中没有任何工作时间',
  slaMinutes: '应为 0 或以上的整数工作分钟（留空表示无目标）',
  slaRuleRepeated: '重复列出了同一类型和优先级',
  dueSoonRule: '应为目标的比例或分钟数',
  pendingHours: '应为 1 到 8760 之间的整数小时',
  ticketColumnMissing: '是售后导入必需的列，但表头中没有这一列',
  ticketRefMissing: '缺少售后单号',
  ticketRefRepeated: '与第 {{row}} 行的售后单号 {{value}} 重复',
  ticketTypeUnknown: '不是可识别的售后类型（实际为“{{value}}”）',
  ticketStatusUnknown: '不是可识别的售后状态（实际为“{{value}}”）',
  ticketDate: '应为有效的日期时间（实际为“{{value}}”）',
  ticketAmount: '应为 0 或以上的金额，如 12.50（实际为“{{value}}”）',
  ticketOrderUnknown: '对应的订单 {{value}} 尚未导入到该店铺：工单未关联订单',
  ticketHeaderNotFound: '没有包含售后单号和售后类型列的表头行',
  ticketNoRows: '有表头但没有售后数据行',
};

export const ticketErrorEn = {
  ticketTransition: 'A {{from}} ticket cannot become {{to}}.',
  ticketFinal: 'Ticket #{{number}} is {{state}}: it can no longer be changed.',
  ticketNoOrder: 'Ticket #{{number}} has no order: link it to an order first.',
  ticketOrderStorefront: 'Order {{order}} belongs to another storefront than ticket #{{number}}.',
  ticketLineUnknown: 'Order {{order}} has no line {{line}}.',
  ticketLineQuantity: 'Line {{line}} of order {{order}} has {{max}} items; {{quantity}} were asked for.',
  ticketNoLines: 'Ticket #{{number}} names no order lines to move in or out of stock.',
  ticketLineNoSku: 'Line {{line}} ({{title}}) matches no SKU yet: match it in the catalog first.',
  ticketRefundTooHigh:
    'A refund of {{amount}} would take order {{order}} past its merchandise paid ({{refundable}} may still be refunded).',
  ticketAlreadyRestocked: 'The goods of ticket #{{number}} were already restocked on {{at}}.',
  ticketNotReturned: 'Ticket #{{number}} does not say the goods come back: mark them returned first.',
  ticketExternalRefTaken: 'After-sales id {{ref}} already belongs to ticket #{{number}} of this storefront.',
  ticketMergeFinal: 'Ticket #{{number}} is {{state}} and cannot take part in a merge.',
  staffArchived: 'Staff member {{id}} is archived: choose someone still working.',
  ticketRelinkRefunded:
    'Ticket #{{number}} already refunded its order: it stays linked to that order so the refund stays explained.',
  ticketSetupRole:
    'Only an owner or an operator can change the SLA targets, the shop calendar and the queue thresholds.',
} as const;

export type TicketErrorKey = keyof typeof ticketErrorEn;

export const ticketErrorZh: Record<TicketErrorKey, string> = {
  ticketTransition: '状态为{{from}}的工单不能变为{{to}}。',
  ticketFinal: '工单 #{{number}} 已{{state}}，不能再修改。',
  ticketNoOrder: '工单 #{{number}} 没有关联订单：请先关联订单。',
  ticketOrderStorefront: '订单 {{order}} 与工单 #{{number}} 不属于同一店铺。',
  ticketLineUnknown: '订单 {{order}} 没有第 {{line}} 行。',
  ticketLineQuantity: '订单 {{order}} 第 {{line}} 行只有 {{max}} 件，却要求 {{quantity}} 件。',
  ticketNoLines: '工单 #{{number}} 没有指定需要入库或出库的订单行。',
  ticketLineNoSku: '第 {{line}} 行（{{title}}）尚未匹配 SKU：请先在商品中匹配。',
  ticketRefundTooHigh:
    '退款 {{amount}} 会使订单 {{order}} 的退款超过实付商品金额（最多还可退 {{refundable}}）。',
  ticketAlreadyRestocked: '工单 #{{number}} 的退货已于 {{at}} 入库。',
  ticketNotReturned: '工单 #{{number}} 未标记退货：请先标记商品已退回。',
  ticketExternalRefTaken: '售后单号 {{ref}} 已属于该店铺的工单 #{{number}}。',
  ticketMergeFinal: '工单 #{{number}} 已{{state}}，不能参与合并。',
  staffArchived: '员工 {{id}} 已停用：请选择仍在职的员工。',
  ticketRelinkRefunded: '工单 #{{number}} 已对所关联订单退款：须保持与该订单的关联，退款才有据可查。',
  ticketSetupRole: '只有店主或运营可以修改 SLA 目标、工作日历和队列阈值。',
};

/** Fills `{{name}}` placeholders: the English sentence an AppError carries for logs and the CLI. */
export function ticketErrorText(key: TicketErrorKey, params: Record<string, string | number>): string {
  return ticketErrorEn[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
