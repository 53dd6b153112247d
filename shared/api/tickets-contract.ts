import { z } from 'zod';
import type { CallDef } from './contract';
import type { JobInfo } from '../domain/jobs';
import type {
  CannedReply,
  RenderedReply,
  TicketBulkResult,
  TicketDetail,
  TicketListPage,
  TicketLookup,
  TicketSetup,
  TicketStats,
} from '../domain/ticket-views';
import {
  cannedReplyRenderSchema,
  cannedReplySaveSchema,
  ticketAssignSchema,
  ticketBulkAssignSchema,
  ticketBulkCloseSchema,
  ticketCreateSchema,
  ticketGoodsReturnedSchema,
  ticketIdSchema,
  ticketImportSchema,
  ticketLinkSchema,
  ticketListSchema,
  ticketLookupSchema,
  ticketMergeSchema,
  ticketMessageSchema,
  ticketRefundSchema,
  ticketReshipSchema,
  ticketRestockSchema,
  ticketRootCauseSchema,
  ticketSetupSchema,
  ticketStatsSchema,
  ticketTagsSchema,
  ticketTransitionSchema,
  ticketUpdateSchema,
} from './schemas/tickets';

/**
 * The tickets slice of the contract (PRODUCT.md §7), kept beside contract.ts so the feature's 27 calls do not
 * crowd it. Its own `call` helper: importing contract.ts's at run time would be a cycle.
 */
const call = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): CallDef<I, O> => ({ input, output: undefined as O }),
});
const none = z.union([z.undefined(), z.object({}).strict()]);

export const ticketsContract = {
  /** A queue (mine, unassigned, due today, overdue, pending too long, open, all) with filters, ≤ 200 a page. */
  list: call(ticketListSchema).returns<TicketListPage>(),
  /** The ticket, its lines, order summary, customer, pauses, timeline and SLA clocks. */
  get: call(ticketIdSchema).returns<TicketDetail>(),
  /** Orders and customers matching an order id, phone or name, to link a new ticket to. */
  lookup: call(ticketLookupSchema).returns<TicketLookup>(),
  /** By hand (storefront) or from an order (storefront, customer, currency come from it). */
  create: call(ticketCreateSchema).returns<TicketDetail>(),
  update: call(ticketUpdateSchema).returns<TicketDetail>(),
  link: call(ticketLinkSchema).returns<TicketDetail>(),
  /** Only as shared/domain/tickets.ts allows, else CONFLICT ticketTransition; pending needs a reason. */
  transition: call(ticketTransitionSchema).returns<TicketDetail>(),
  assign: call(ticketAssignSchema).returns<TicketDetail>(),
  /** A reply to the customer: the first stops the first-response clock; a new ticket opens. */
  reply: call(ticketMessageSchema).returns<TicketDetail>(),
  /** An internal note (colleagues only). */
  note: call(ticketMessageSchema.omit({ cannedReplyId: true })).returns<TicketDetail>(),
  setTags: call(ticketTagsSchema).returns<TicketDetail>(),
  setRootCause: call(ticketRootCauseSchema).returns<TicketDetail>(),
  /** Sources become merged into the target (lines and tags move); answers the target. */
  merge: call(ticketMergeSchema).returns<TicketDetail>(),
  /** All or nothing. */
  bulkAssign: call(ticketBulkAssignSchema).returns<TicketBulkResult>(),
  /** All or nothing; a ticket still in work is resolved, then closed. */
  bulkClose: call(ticketBulkCloseSchema).returns<TicketBulkResult>(),
  /** Adds to the order's refunded_minor (≤ merchandise after discounts); CONFLICT without an order. */
  refund: call(ticketRefundSchema).returns<TicketDetail>(),
  setGoodsReturned: call(ticketGoodsReturnedSchema).returns<TicketDetail>(),
  /** Returned goods received: 'return' stock movements, once per ticket. */
  restock: call(ticketRestockSchema).returns<TicketDetail>(),
  /** A zero-price replacement shipment: timeline event and stock movements out. */
  reship: call(ticketReshipSchema).returns<TicketDetail>(),
  /** Per-agent figures of the tickets resolved in a period (shop-zone days). */
  stats: call(ticketStatsSchema).returns<TicketStats>(),
  setup: call(none).returns<TicketSetup>(),
  /** Calendar (checked by checkCalendar), due-soon rule, pending threshold, SLA rules (replaced whole). */
  saveSetup: call(ticketSetupSchema).returns<TicketSetup>(),
  cannedReplies: call(z.object({ includeArchived: z.boolean().optional() }).optional()).returns<
    CannedReply[]
  >(),
  saveCannedReply: call(cannedReplySaveSchema).returns<CannedReply>(),
  archiveCannedReply: call(ticketIdSchema).returns<CannedReply>(),
  /** The reply filled from the ticket's order; unknown placeholders left visible and listed. */
  renderCannedReply: call(cannedReplyRenderSchema).returns<RenderedReply>(),
  /** Starts the importTickets job; its message is the TicketImportSummary JSON (errors → nothing written). */
  importFile: call(ticketImportSchema).returns<JobInfo>(),
};
