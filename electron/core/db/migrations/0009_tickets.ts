import { sql, type Kysely } from 'kysely';

/** Frozen copies of shared/domain/tickets.ts as of this version: a later change there needs its own migration. */
const ticketTypes = [
  'return',
  'exchange',
  'refund_only',
  'reship',
  'logistics',
  'quality',
  'inquiry',
  'complaint',
  'suggestion',
];
const ticketPriorities = ['low', 'normal', 'high', 'urgent'];
const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
const OPEN = `('new', 'open', 'pending')`;

/**
 * Starting SLA targets in working minutes (a 9-hour shop day is 540): what a small shop answers within, per
 * priority, for every type. The shop edits them on its settings page; a pair without a row has no SLA.
 */
const STARTING_TARGETS: Record<string, [number, number]> = {
  urgent: [30, 480],
  high: [60, 1080],
  normal: [240, 1620],
  low: [480, 2700],
};

/**
 * After-sales tickets (PRODUCT.md §7): the ticket, the order lines it is about, its full timeline, pending
 * stretches (the SLA clocks pause there), tags, SLA policies per type × priority and canned replies.
 *
 * Ticket lines point at (order, line_no) rather than order_lines.id: a re-import replaces an order's line rows
 * (new ids, same line numbers), and must neither fail on nor silently drop the ticket's lines; the SKU and
 * title are copied so the ticket still reads right if the line changes.
 *
 * `due_at` is the earliest due moment of a clock still counting (shared/logic/sla.ts), recomputed by every
 * write to the ticket and by a change of calendar or policy: the overdue and due-today queues read it through
 * an index, and the flags shown are then computed exactly by sla.ts for the rows of the page.
 * Money is minor units of the ticket's currency (the order's, else the storefront's).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE tickets (
       id TEXT PRIMARY KEY,
       number INTEGER NOT NULL UNIQUE,
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       order_id TEXT REFERENCES orders (id),
       customer_id TEXT REFERENCES customers (id),
       type TEXT NOT NULL CHECK (type IN (${list(ticketTypes)})),
       priority TEXT NOT NULL CHECK (priority IN (${list(ticketPriorities)})),
       state TEXT NOT NULL CHECK (state IN ('new', 'open', 'pending', 'resolved', 'closed', 'merged')),
       pending_reason TEXT CHECK (pending_reason IN ('customer', 'platform', 'warehouse')),
       subject TEXT NOT NULL,
       description TEXT,
       assignee_id TEXT REFERENCES staff (id),
       created_by TEXT REFERENCES staff (id),
       external_ref TEXT,
       external_status TEXT,
       currency TEXT NOT NULL CHECK (length(currency) = 3),
       refund_minor INTEGER NOT NULL DEFAULT 0 CHECK (refund_minor >= 0),
       goods_returned INTEGER CHECK (goods_returned IN (0, 1)),
       restocked_at TEXT,
       root_cause TEXT CHECK (root_cause IN ('product', 'logistics', 'description_mismatch', 'service', 'other')),
       merged_into TEXT REFERENCES tickets (id),
       due_at TEXT,
       first_reply_at TEXT,
       resolved_at TEXT,
       closed_at TEXT,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       UNIQUE (storefront_id, external_ref),
       CHECK ((state = 'pending') = (pending_reason IS NOT NULL)),
       CHECK ((state = 'merged') = (merged_into IS NOT NULL))
     ) STRICT`,
    // Queues: every open ticket by due moment (overdue, due today) and by age; per assignee (mine, unassigned).
    `CREATE INDEX tickets_open_due ON tickets (due_at) WHERE state IN ${OPEN}`,
    `CREATE INDEX tickets_state_created ON tickets (state, created_at)`,
    `CREATE INDEX tickets_assignee_state ON tickets (assignee_id, state, created_at)`,
    `CREATE INDEX tickets_storefront_created ON tickets (storefront_id, created_at)`,
    `CREATE INDEX tickets_order ON tickets (order_id) WHERE order_id IS NOT NULL`,
    `CREATE INDEX tickets_customer ON tickets (customer_id) WHERE customer_id IS NOT NULL`,
    // Per-agent statistics read the tickets resolved in a period.
    `CREATE INDEX tickets_resolved ON tickets (resolved_at) WHERE resolved_at IS NOT NULL`,
    `CREATE TABLE ticket_lines (
       ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
       order_id TEXT NOT NULL REFERENCES orders (id),
       line_no INTEGER NOT NULL,
       sku_id TEXT REFERENCES skus (id),
       sku_code TEXT,
       title TEXT NOT NULL,
       quantity INTEGER NOT NULL CHECK (quantity > 0),
       PRIMARY KEY (ticket_id, order_id, line_no)
     ) STRICT`,
    // Every change with who and when: kind says what, from/to are JSON values, body the text of a reply or note.
    `CREATE TABLE ticket_events (
       id INTEGER PRIMARY KEY,
       ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
       at TEXT NOT NULL,
       actor_id TEXT,
       kind TEXT NOT NULL,
       from_value TEXT,
       to_value TEXT,
       body TEXT
     ) STRICT`,
    `CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id)`,
    // A ticket's pending stretches (and resolved-then-reopened ones): the SLA clocks leave them out.
    `CREATE TABLE ticket_pauses (
       id INTEGER PRIMARY KEY,
       ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
       reason TEXT NOT NULL CHECK (reason IN ('customer', 'platform', 'warehouse', 'resolved')),
       started_at TEXT NOT NULL,
       ended_at TEXT
     ) STRICT`,
    `CREATE INDEX ticket_pauses_ticket ON ticket_pauses (ticket_id, started_at)`,
    `CREATE INDEX ticket_pauses_open ON ticket_pauses (started_at) WHERE ended_at IS NULL`,
    `CREATE TABLE ticket_tags (
       ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
       tag TEXT NOT NULL,
       PRIMARY KEY (ticket_id, tag)
     ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX ticket_tags_tag ON ticket_tags (tag, ticket_id)`,
    `CREATE TABLE sla_policies (
       type TEXT NOT NULL CHECK (type IN (${list(ticketTypes)})),
       priority TEXT NOT NULL CHECK (priority IN (${list(ticketPriorities)})),
       first_response_minutes INTEGER CHECK (first_response_minutes >= 0),
       resolution_minutes INTEGER CHECK (resolution_minutes >= 0),
       updated_at TEXT NOT NULL,
       PRIMARY KEY (type, priority)
     ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE canned_replies (
       id TEXT PRIMARY KEY,
       title TEXT NOT NULL,
       body_zh TEXT NOT NULL,
       body_en TEXT NOT NULL,
       placeholders TEXT NOT NULL,
       archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     ) STRICT`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
  const at = new Date().toISOString();
  for (const type of ticketTypes) {
    for (const priority of ticketPriorities) {
      const [first, resolution] = STARTING_TARGETS[priority]!;
      await sql`INSERT INTO sla_policies VALUES (${type}, ${priority}, ${first}, ${resolution}, ${at})`.execute(
        db,
      );
    }
  }
}
