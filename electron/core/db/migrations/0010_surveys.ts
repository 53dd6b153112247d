import { sql, type Kysely } from 'kysely';

/** Frozen copies of shared/domain as of this version: a later change there needs its own migration. */
const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
const ticketTypes = list([
  'return',
  'exchange',
  'refund_only',
  'reship',
  'logistics',
  'quality',
  'inquiry',
  'complaint',
  'suggestion',
]);
const rootCauses = list(['product', 'logistics', 'description_mismatch', 'service', 'other']);
const triggers = list(['ticket_closed', 'order_completed']);

/**
 * Satisfaction surveys (PRODUCT.md §8): templates (questions as JSON checked by shared/domain/surveys.ts
 * types before they are stored), rules per storefront and trigger, invitations, responses with one row per
 * answer, and improvement actions.
 *
 * Responses copy what results are grouped by at the moment they are recorded — storefront, agent (the
 * ticket's assignee at close), ticket type and the shop-zone answer date — so period figures are index
 * ranges and never change when a ticket is later reassigned. Invitations carry the same for response_rate by
 * agent and ticket type. One invitation per ticket and per order (partial unique indexes): closing a ticket
 * twice or asking for completed orders again never duplicates. `source_key` is a re-imported row's identity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE survey_templates (
       id TEXT PRIMARY KEY,
       name_zh TEXT NOT NULL,
       name_en TEXT NOT NULL,
       intro_zh TEXT NOT NULL,
       intro_en TEXT NOT NULL,
       questions TEXT NOT NULL,
       archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     ) STRICT`,
    `CREATE TABLE survey_rules (
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       trigger TEXT NOT NULL CHECK (trigger IN (${triggers})),
       template_id TEXT NOT NULL REFERENCES survey_templates (id),
       enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
       delay_hours INTEGER NOT NULL CHECK (delay_hours BETWEEN 0 AND 720),
       updated_at TEXT NOT NULL,
       PRIMARY KEY (storefront_id, trigger)
     ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE survey_invitations (
       id TEXT PRIMARY KEY,
       template_id TEXT NOT NULL REFERENCES survey_templates (id),
       trigger TEXT NOT NULL CHECK (trigger IN (${triggers})),
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       ticket_id TEXT REFERENCES tickets (id),
       order_id TEXT REFERENCES orders (id),
       customer_id TEXT REFERENCES customers (id),
       agent_id TEXT REFERENCES staff (id),
       ticket_type TEXT CHECK (ticket_type IN (${ticketTypes})),
       language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
       created_at TEXT NOT NULL,
       send_after TEXT NOT NULL,
       sent_at TEXT,
       CHECK ((trigger = 'ticket_closed') = (ticket_id IS NOT NULL)),
       CHECK (trigger = 'ticket_closed' OR order_id IS NOT NULL)
     ) STRICT`,
    `CREATE UNIQUE INDEX survey_invitations_ticket ON survey_invitations (ticket_id) WHERE ticket_id IS NOT NULL`,
    `CREATE UNIQUE INDEX survey_invitations_order ON survey_invitations (order_id)
       WHERE trigger = 'order_completed'`,
    `CREATE INDEX survey_invitations_unsent ON survey_invitations (send_after) WHERE sent_at IS NULL`,
    `CREATE INDEX survey_invitations_sent ON survey_invitations (sent_at, storefront_id) WHERE sent_at IS NOT NULL`,
    `CREATE INDEX survey_invitations_storefront ON survey_invitations (storefront_id, created_at)`,
    // The list's newest-first pages and its created from … to filter across storefronts.
    `CREATE INDEX survey_invitations_created ON survey_invitations (created_at)`,
    `CREATE TABLE survey_responses (
       id TEXT PRIMARY KEY,
       template_id TEXT NOT NULL REFERENCES survey_templates (id),
       invitation_id TEXT UNIQUE REFERENCES survey_invitations (id),
       storefront_id TEXT REFERENCES storefronts (id),
       ticket_id TEXT REFERENCES tickets (id),
       order_id TEXT REFERENCES orders (id),
       customer_id TEXT REFERENCES customers (id),
       agent_id TEXT REFERENCES staff (id),
       ticket_type TEXT CHECK (ticket_type IN (${ticketTypes})),
       channel TEXT NOT NULL CHECK (channel IN ('chat', 'phone', 'import')),
       answered_at TEXT NOT NULL,
       answered_date TEXT NOT NULL,
       csat INTEGER CHECK (csat BETWEEN 1 AND 5),
       nps INTEGER CHECK (nps BETWEEN 0 AND 10),
       followup_ticket_id TEXT REFERENCES tickets (id),
       source_key TEXT UNIQUE,
       entered_by TEXT REFERENCES staff (id),
       created_at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX survey_responses_date ON survey_responses (answered_date, storefront_id)`,
    `CREATE INDEX survey_responses_agent ON survey_responses (agent_id, answered_date) WHERE agent_id IS NOT NULL`,
    `CREATE INDEX survey_responses_ticket ON survey_responses (ticket_id) WHERE ticket_id IS NOT NULL`,
    `CREATE INDEX survey_responses_order ON survey_responses (order_id) WHERE order_id IS NOT NULL`,
    `CREATE INDEX survey_responses_customer ON survey_responses (customer_id) WHERE customer_id IS NOT NULL`,
    // One row per answered question: dimension averages are a GROUP BY, choice ids JSON, free text as typed.
    `CREATE TABLE survey_answers (
       response_id TEXT NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
       question_id TEXT NOT NULL,
       kind TEXT NOT NULL CHECK (kind IN ('csat', 'nps', 'dimension', 'single_choice', 'multiple_choice', 'free_text')),
       dimension TEXT CHECK (dimension IN ('attitude', 'speed', 'resolution')),
       score INTEGER,
       choices TEXT,
       text TEXT,
       PRIMARY KEY (response_id, question_id)
     ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE improvement_actions (
       id TEXT PRIMARY KEY,
       title TEXT NOT NULL,
       owner_id TEXT REFERENCES staff (id),
       start_date TEXT NOT NULL,
       end_date TEXT,
       root_cause TEXT CHECK (root_cause IN (${rootCauses})),
       status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
       notes TEXT,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       CHECK (end_date IS NULL OR end_date >= start_date)
     ) STRICT`,
    `CREATE INDEX improvement_actions_start ON improvement_actions (start_date)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
