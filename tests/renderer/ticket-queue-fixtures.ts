import type { TicketDetail, TicketSummary } from '../../shared/domain/ticket-views';
import type { StaffMember } from '../../shared/domain/staff';
import type { SlaClock } from '../../shared/domain/tickets';

export const agents: StaffMember[] = [
  { id: 'st-li', name: '李客服', role: 'service', archived: false, createdAt: '2026-01-01T00:00:00.000Z' },
  { id: 'st-wang', name: '王客服', role: 'service', archived: false, createdAt: '2026-01-01T00:00:00.000Z' },
];

const clock = (state: SlaClock['state'], remainingMs: number): SlaClock => ({
  targetMinutes: 240,
  dueAt: '2026-11-20T06:00:00.000Z',
  elapsedMs: 240 * 60_000 - remainingMs,
  remainingMs,
  stoppedAt: null,
  state,
});

/** Queue row n: ticket #n, every third overdue, every fifth due soon. */
export function queueRow(n: number, patch: Partial<TicketSummary> = {}): TicketSummary {
  const flag = n % 3 === 0 ? 'overdue' : n % 5 === 0 ? 'due_soon' : null;
  return {
    id: `t${n}`,
    number: n,
    storefrontId: 'tm',
    storefrontName: 'Tmall Flagship',
    orderId: `o${n}`,
    orderExternalId: `TM-${1000 + n}`,
    customerId: 'c1',
    customerName: `客户${n}`,
    type: 'return',
    priority: 'high',
    state: 'open',
    pendingReason: null,
    subject: `Broken mug ${n}`,
    assigneeId: null,
    assigneeName: null,
    externalRef: null,
    currency: 'CNY',
    refundMinor: 0,
    tags: [],
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    sla: {
      firstResponse: clock(
        flag === 'overdue' ? 'breached' : 'running',
        flag === 'overdue' ? -30 * 60_000 : 90 * 60_000,
      ),
      resolution: null,
    },
    flag,
    pendingSince: null,
    ...patch,
  };
}

/** Ticket #3: open, overdue on first response, linked to order TM-1003 (two lines, CNY). */
export function ticketDetail(patch: Partial<TicketDetail> = {}): TicketDetail {
  return {
    ...queueRow(3),
    description: 'The handle came off.',
    externalStatus: null,
    createdBy: 'st-li',
    goodsReturned: true,
    restockedAt: null,
    rootCause: null,
    mergedInto: null,
    firstReplyAt: null,
    resolvedAt: null,
    closedAt: null,
    lines: [
      { orderId: 'o3', lineNo: 1, skuId: 's1', skuCode: 'MUG-RED', title: '陶瓷马克杯 红色', quantity: 1 },
    ],
    order: {
      id: 'o3',
      externalId: 'TM-1003',
      status: 'completed',
      placedAt: '2026-11-18T02:00:00.000Z',
      currency: 'CNY',
      totalPaidMinor: 10200,
      refundedMinor: 0,
      refundableMinor: 9200,
      buyerName: '张伟',
      buyerPhone: '13800138000',
      lines: [
        {
          lineNo: 1,
          skuId: 's1',
          skuCode: 'MUG-RED',
          title: '陶瓷马克杯 红色',
          quantity: 2,
          unitPriceMinor: 5000,
        },
        {
          lineNo: 2,
          skuId: 's2',
          skuCode: 'MUG-BLUE',
          title: '陶瓷马克杯 蓝色',
          quantity: 1,
          unitPriceMinor: 5000,
        },
      ],
    },
    customer: { id: 'c1', name: '张伟', phone: '13800138000', email: null },
    pauses: [],
    events: [
      {
        id: 1,
        at: '2026-11-20T01:00:00.000Z',
        actorId: 'st-li',
        actorName: '李客服',
        kind: 'created',
        from: null,
        to: { type: 'return' },
        body: null,
      },
      {
        id: 2,
        at: '2026-11-20T01:30:00.000Z',
        actorId: 'st-wang',
        actorName: '王客服',
        kind: 'note',
        from: null,
        to: null,
        body: 'Customer sent photos by chat.',
      },
    ],
    ...patch,
  };
}
