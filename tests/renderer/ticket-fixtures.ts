import type { CannedReply, TicketSetup, TicketSummary } from '../../shared/domain/ticket-views';
import type { StaffMember } from '../../shared/domain/staff';

const nineToSix = [{ start: '09:00', end: '18:00' }];

export const ticketSetup: TicketSetup = {
  calendar: {
    timeZone: 'Asia/Shanghai',
    week: {
      mon: nineToSix,
      tue: nineToSix,
      wed: nineToSix,
      thu: nineToSix,
      fri: nineToSix,
      sat: [],
      sun: [],
    },
    holidays: ['2026-10-01'],
    extraWorkdays: [],
  },
  dueSoon: { kind: 'share', bp: 2500 },
  pendingTooLongHours: 48,
  rules: [
    { type: 'return', priority: 'high', firstResponseMinutes: 60, resolutionMinutes: 1080 },
    { type: 'quality', priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 480 },
  ],
};

export const cannedReply: CannedReply = {
  id: 'cr1',
  title: 'Refund sent',
  bodyZh: '亲，订单 {order_id} 已退款 {refund_amount}。',
  bodyEn: 'Order {order_id}: we refunded {refund_amount}.',
  placeholders: ['order_id', 'refund_amount'],
  archived: false,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
};

export const serviceAgent: StaffMember = {
  id: 'st-service',
  name: '张客服',
  role: 'service',
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

const clock = null;
export const ticketRow: TicketSummary = {
  id: 't1',
  number: 17,
  storefrontId: 'tm',
  storefrontName: 'Tmall Flagship',
  orderId: 'o1',
  orderExternalId: 'TM-1001',
  customerId: null,
  customerName: '李雷',
  type: 'refund_only',
  priority: 'normal',
  state: 'open',
  pendingReason: null,
  subject: 'Refund please',
  assigneeId: null,
  assigneeName: null,
  externalRef: null,
  currency: 'CNY',
  refundMinor: 1250,
  tags: [],
  createdAt: '2026-11-02T02:00:00.000Z',
  updatedAt: '2026-11-02T02:00:00.000Z',
  sla: { firstResponse: clock, resolution: clock },
  flag: null,
  pendingSince: null,
};
