import { sql, type Kysely } from 'kysely';

/** Frozen copies of shared/domain/promotions.ts as of this version: a later change there needs its own migration. */
const campaignTypes = ['percentage', 'fixed', 'flash', 'tiered', 'coupon', 'gift', 'multibuy', 'member'];
const campaignGoals = ['sales', 'clearance', 'new_product', 'new_customers', 'awareness'];
const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * Promotions (PRODUCT.md §6). A campaign's terms are one JSON document per type (shared/domain/promotions.ts
 * CampaignTerms, checked by zod on every write); what SQL must filter or join on has its own columns and
 * tables: type, window, state, storefronts, scope, attribution keys.
 *
 * `state` stores only draft, scheduled (= activated) and cancelled: scheduled / active / ended are read off the
 * clock, so no job has to flip a campaign when its start passes. Money is minor units of `currency`, which
 * every storefront of the campaign shares.
 *
 * campaign_order_lines is filled by attribution (electron/core/promotions/attribution*): one row per imported
 * order line a campaign explains, with the rule that matched it and the discount it is given. It points at
 * order_lines.id with ON DELETE CASCADE: a re-import replaces an order's line rows, and their attribution must
 * go with them (attribution runs again for the new rows) rather than point at lines that no longer exist.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE campaigns (
       id TEXT PRIMARY KEY,
       name TEXT NOT NULL,
       type TEXT NOT NULL CHECK (type IN (${list(campaignTypes)})),
       goal TEXT NOT NULL CHECK (goal IN (${list(campaignGoals)})),
       state TEXT NOT NULL CHECK (state IN ('draft', 'scheduled', 'cancelled')),
       currency TEXT NOT NULL CHECK (length(currency) = 3),
       terms TEXT NOT NULL CHECK (json_valid(terms)),
       stacks_with TEXT CHECK (stacks_with IS NULL OR json_valid(stacks_with)),
       start_at TEXT NOT NULL,
       end_at TEXT NOT NULL,
       budget_minor INTEGER CHECK (budget_minor >= 0),
       spend_minor INTEGER NOT NULL DEFAULT 0 CHECK (spend_minor >= 0),
       notes TEXT,
       activated_at TEXT,
       cancelled_at TEXT,
       created_by TEXT REFERENCES staff (id),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       CHECK (end_at > start_at),
       CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL))
     ) STRICT`,
    // The calendar and the period list: campaigns meeting a window, by start.
    `CREATE INDEX campaigns_window ON campaigns (start_at, end_at)`,
    `CREATE INDEX campaigns_state_window ON campaigns (state, end_at, start_at)`,
    `CREATE TABLE campaign_storefronts (
       campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
       storefront_id TEXT NOT NULL REFERENCES storefronts (id),
       PRIMARY KEY (campaign_id, storefront_id)
     ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX campaign_storefronts_storefront ON campaign_storefronts (storefront_id, campaign_id)`,
    // Scope: SKU ids, product categories, brands; none at all = every listed SKU of the storefronts.
    `CREATE TABLE campaign_scope (
       campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
       kind TEXT NOT NULL CHECK (kind IN ('sku', 'category', 'brand')),
       value TEXT NOT NULL,
       PRIMARY KEY (campaign_id, kind, value)
     ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX campaign_scope_value ON campaign_scope (kind, value)`,
    // Attribution keys: how an export names the campaign (discount code, platform promotion id, name).
    `CREATE TABLE campaign_keys (
       campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
       kind TEXT NOT NULL CHECK (kind IN ('code', 'promotion_id', 'name')),
       value TEXT NOT NULL,
       PRIMARY KEY (campaign_id, kind, value)
     ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX campaign_keys_value ON campaign_keys (kind, value COLLATE NOCASE)`,
    // Below-floor guardrails accepted on purpose (also in audit_log): who, when, why, for which action.
    `CREATE TABLE campaign_overrides (
       id INTEGER PRIMARY KEY,
       campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
       action TEXT NOT NULL CHECK (action IN ('activate', 'update', 'move')),
       reason TEXT NOT NULL CHECK (length(reason) > 0),
       below_floor_rows INTEGER NOT NULL CHECK (below_floor_rows > 0),
       actor_id TEXT REFERENCES staff (id),
       at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX campaign_overrides_campaign ON campaign_overrides (campaign_id, id)`,
    `CREATE TABLE campaign_order_lines (
       order_line_id INTEGER NOT NULL REFERENCES order_lines (id) ON DELETE CASCADE,
       campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
       rule TEXT NOT NULL CHECK (rule IN ('code', 'promotion_id', 'name', 'window')),
       discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
       PRIMARY KEY (order_line_id, campaign_id)
     ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX campaign_order_lines_campaign ON campaign_order_lines (campaign_id, order_line_id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
