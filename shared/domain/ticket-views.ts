/**
 * What the tickets API answers (shared/api/contract.ts `tickets`): list rows with their SLA flags, the ticket
 * page, setup, canned replies, per-agent statistics and import summaries. Times are ISO-8601 UTC; money is
 * minor units of the ticket's currency.
 */
import type { OrderStatus } from './orders';
import type {
  DueSoonRule,
  PendingReason,
  RootCause,
  ShopCalendar,
  SlaPolicyRule,
  TicketPriority,
  TicketSla,
  TicketState,
  TicketType,
} from './tickets';

/** The queues of PRODUCT.md §7 views per person; `all` applies only the filters. */
export const ticketQueues = [
  'mine',
  'unassigned',
  'due_today',
  'overdue',
  'pending_long',
  'open',
  'all',
] as const;
export type TicketQueue = (typeof ticketQueues)[number];

/** States still in work: the queues and "open tickets" count these. */
export const openTicketStates = ['new', 'open', 'pending'] as const satisfies readonly TicketState[];

export interface TicketSummary {
  id: string;
  /** Shown as #number; also what "ticket ref" search matches, beside the platform's 售后单号. */
  number: number;
  storefrontId: string;
  storefrontName: string;
  orderId: string | null;
  orderExternalId: string | null;
  customerId: string | null;
  customerName: string | null;
  type: TicketType;
  priority: TicketPriority;
  state: TicketState;
  pendingReason: PendingReason | null;
  subject: string;
  assigneeId: string | null;
  assigneeName: string | null;
  externalRef: string | null;
  currency: string;
  refundMinor: number;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** Both clocks as seen now (shop calendar, policy of the type × priority). */
  sla: TicketSla;
  /** slaFlag: overdue when a running clock is past due, due_soon when one nears it. */
  flag: 'overdue' | 'due_soon' | null;
  /** When the current pending stretch began (pending tickets only). */
  pendingSince: string | null;
}

export interface TicketListPage {
  rows: TicketSummary[];
  total: number;
  page: number;
  pageSize: number;
  /** The moment the flags were computed for. */
  now: string;
}

export interface TicketLine {
  orderId: string;
  lineNo: number;
  skuId: string | null;
  skuCode: string | null;
  title: string;
  quantity: number;
}

export const ticketEventKinds = [
  'created',
  'imported',
  'state',
  'assigned',
  'reply',
  'note',
  'tags',
  'root_cause',
  'edited',
  'linked',
  'refund',
  'goods_returned',
  'restocked',
  'reshipped',
  'merged_into',
  'merged_from',
] as const;
export type TicketEventKind = (typeof ticketEventKinds)[number];

/** One entry of the timeline: every change, reply and internal note, with who made it. */
export interface TicketEvent {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  kind: TicketEventKind;
  from: unknown;
  to: unknown;
  /** Text of a reply to the customer or of an internal note. */
  body: string | null;
}

export interface TicketOrderSummary {
  id: string;
  externalId: string;
  status: OrderStatus;
  placedAt: string;
  currency: string;
  totalPaidMinor: number;
  refundedMinor: number;
  /** Most that may still be refunded: merchandise after seller discounts − refunds so far. */
  refundableMinor: number;
  buyerName: string | null;
  buyerPhone: string | null;
  lines: {
    lineNo: number;
    skuId: string | null;
    skuCode: string | null;
    title: string;
    quantity: number;
    unitPriceMinor: number;
  }[];
}

export interface TicketDetail extends TicketSummary {
  description: string | null;
  externalStatus: string | null;
  createdBy: string | null;
  goodsReturned: boolean | null;
  restockedAt: string | null;
  rootCause: RootCause | null;
  mergedInto: string | null;
  firstReplyAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  lines: TicketLine[];
  order: TicketOrderSummary | null;
  customer: { id: string; name: string | null; phone: string | null; email: string | null } | null;
  pauses: { reason: PendingReason | 'resolved'; start: string; end: string | null }[];
  events: TicketEvent[];
}

/** Orders and customers a ticket could be about, for the "found by order id, phone or name" lookup. */
export interface TicketLookup {
  orders: {
    id: string;
    storefrontId: string;
    storefrontName: string;
    externalId: string;
    placedAt: string;
    buyerName: string | null;
    buyerPhone: string | null;
    customerId: string | null;
  }[];
  customers: { id: string; name: string | null; phone: string | null }[];
}

/** The shop calendar, SLA policy and queue thresholds, stored as settings and the sla_policies table. */
export interface TicketSetup {
  calendar: ShopCalendar;
  dueSoon: DueSoonRule;
  /** A ticket pending longer than this (elapsed hours) is in the "pending too long" queue. */
  pendingTooLongHours: number;
  rules: SlaPolicyRule[];
}

export interface CannedReply {
  id: string;
  title: string;
  bodyZh: string;
  bodyEn: string;
  /** Placeholder names used in either body, e.g. ['order_id', 'refund_amount']. */
  placeholders: string[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RenderedReply {
  text: string;
  /** Placeholders the app does not know, left in the text as written. */
  unknownPlaceholders: string[];
  /** Known placeholders with no value for this ticket (no order linked, no SKU), also left as written. */
  unfilledPlaceholders: string[];
}

/** Per-agent figures of a period (METRICS.md Service); durations in working ms of the shop calendar. */
export interface AgentStats {
  assigneeId: string | null;
  assigneeName: string | null;
  /** Tickets resolved in the period with this assignee. */
  handled: number;
  medianFirstResponseMs: number | null;
  medianResolutionMs: number | null;
  /** sla_met_rate in basis points of one (10000 = 100 %); null with no resolved ticket. */
  slaMetBp: number | null;
  /** CSAT 0–100 (two decimals) of survey responses to tickets answered in the period; null with none. */
  csat: number | null;
}

export interface TicketStats {
  from: string;
  to: string;
  agents: AgentStats[];
  total: AgentStats;
}

export interface TicketImportMessage {
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
  message: string;
}

export interface TicketImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  errors: TicketImportMessage[];
  warnings: TicketImportMessage[];
}

export interface TicketBulkResult {
  ids: string[];
  changed: number;
}
