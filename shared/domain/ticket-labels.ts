import type { Language } from './settings';
import type { RootCause, TicketPriority, TicketState, TicketType } from './tickets';

interface TicketLabels {
  types: Record<TicketType, string>;
  priorities: Record<TicketPriority, string>;
  states: Record<TicketState, string>;
  rootCauses: Record<RootCause, string>;
}

/**
 * The names of ticket types, priorities, states and root causes in both languages: the ticket screens and the
 * monthly report's After-sales sheet say the same words.
 */
export const ticketLabels: Record<Language, TicketLabels> = {
  en: {
    types: {
      return: 'Return',
      exchange: 'Exchange',
      refund_only: 'Refund only',
      reship: 'Reship',
      logistics: 'Logistics problem',
      quality: 'Quality problem',
      inquiry: 'Inquiry',
      complaint: 'Complaint',
      suggestion: 'Suggestion',
    },
    priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
    states: {
      new: 'New',
      open: 'Open',
      pending: 'Pending',
      resolved: 'Resolved',
      closed: 'Closed',
      merged: 'Merged',
    },
    rootCauses: {
      product: 'Product',
      logistics: 'Logistics',
      description_mismatch: 'Description mismatch',
      service: 'Service',
      other: 'Other',
    },
  },
  'zh-CN': {
    types: {
      return: '退货',
      exchange: '换货',
      refund_only: '仅退款',
      reship: '补发',
      logistics: '物流问题',
      quality: '质量问题',
      inquiry: '咨询',
      complaint: '投诉',
      suggestion: '建议',
    },
    priorities: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
    states: {
      new: '新建',
      open: '处理中',
      pending: '挂起',
      resolved: '已解决',
      closed: '已关闭',
      merged: '已合并',
    },
    rootCauses: {
      product: '商品',
      logistics: '物流',
      description_mismatch: '描述不符',
      service: '服务',
      other: '其他',
    },
  },
};
