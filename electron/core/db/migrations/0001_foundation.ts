import { sql, type Kysely } from 'kysely';

/** Foundation tables: settings, staff, storefronts with fee rules, FX rates, audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE settings (
       key TEXT PRIMARY KEY,
       value TEXT NOT NULL
     ) STRICT`,
    `CREATE TABLE staff (
       id TEXT PRIMARY KEY,
       name TEXT NOT NULL,
       role TEXT NOT NULL CHECK (role IN ('owner', 'operator', 'service')),
       archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
       created_at TEXT NOT NULL
     ) STRICT`,
    `CREATE TABLE storefronts (
       id TEXT PRIMARY KEY,
       name TEXT NOT NULL,
       platform TEXT NOT NULL,
       currency TEXT NOT NULL CHECK (length(currency) = 3),
       timezone TEXT NOT NULL,
       role TEXT NOT NULL CHECK (role IN ('core', 'auxiliary', 'pilot')),
       archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
       commission_rate_bp INTEGER NOT NULL CHECK (commission_rate_bp BETWEEN 0 AND 10000),
       payment_fee_rate_bp INTEGER NOT NULL CHECK (payment_fee_rate_bp BETWEEN 0 AND 10000),
       fixed_fee_minor INTEGER NOT NULL CHECK (fixed_fee_minor >= 0),
       shipping_cost_minor INTEGER NOT NULL CHECK (shipping_cost_minor >= 0),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     ) STRICT`,
    // Names are how the CLI and import files address a storefront, so they are unique regardless of case.
    `CREATE UNIQUE INDEX storefronts_name_unique ON storefronts (name COLLATE NOCASE)`,
    `CREATE TABLE storefront_category_commissions (
       storefront_id TEXT NOT NULL REFERENCES storefronts (id) ON DELETE CASCADE,
       category TEXT NOT NULL,
       rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
       PRIMARY KEY (storefront_id, category)
     ) STRICT`,
    `CREATE TABLE fx_rates (
       id TEXT PRIMARY KEY,
       currency TEXT NOT NULL CHECK (length(currency) = 3),
       date TEXT NOT NULL,
       rate TEXT NOT NULL,
       created_at TEXT NOT NULL,
       UNIQUE (currency, date)
     ) STRICT`,
    `CREATE TABLE audit_log (
       id INTEGER PRIMARY KEY,
       at TEXT NOT NULL,
       actor_id TEXT,
       entity TEXT NOT NULL,
       entity_id TEXT NOT NULL,
       action TEXT NOT NULL,
       detail TEXT NOT NULL DEFAULT '{}'
     ) STRICT`,
    `CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
