/** After-sales tickets (migration 0009); the tickets feature reads them through raw statements. */
export interface TicketsTable {
  id: string;
  number: number;
  storefront_id: string;
  order_id: string | null;
  customer_id: string | null;
  type: string;
  priority: string;
  state: string;
  pending_reason: string | null;
  subject: string;
  description: string | null;
  assignee_id: string | null;
  created_by: string | null;
  external_ref: string | null;
  external_status: string | null;
  currency: string;
  refund_minor: number;
  goods_returned: number | null;
  restocked_at: string | null;
  root_cause: string | null;
  merged_into: string | null;
  due_at: string | null;
  first_reply_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TicketLinesTable {
  ticket_id: string;
  order_id: string;
  line_no: number;
  sku_id: string | null;
  sku_code: string | null;
  title: string;
  quantity: number;
}

export interface TicketEventsTable {
  id: number | null;
  ticket_id: string;
  at: string;
  actor_id: string | null;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  body: string | null;
}

export interface TicketPausesTable {
  id: number | null;
  ticket_id: string;
  reason: string;
  started_at: string;
  ended_at: string | null;
}

export interface TicketTagsTable {
  ticket_id: string;
  tag: string;
}

export interface SlaPoliciesTable {
  type: string;
  priority: string;
  first_response_minutes: number | null;
  resolution_minutes: number | null;
  updated_at: string;
}

export interface CannedRepliesTable {
  id: string;
  title: string;
  body_zh: string;
  body_en: string;
  placeholders: string;
  archived: number;
  created_at: string;
  updated_at: string;
}
