import type { Sqlite } from '../db/connection';
import type { CampaignsTable } from '../db/schema';
import { AppError, notFound } from '../../../shared/api/result';
import { promotionErrorText, type PromotionErrorKey } from '../../../shared/api/schemas/promotions-texts';
import type {
  Campaign,
  CampaignAttributionKeys,
  CampaignGoal,
  CampaignOverride,
  CampaignScope,
  CampaignSummary,
  CampaignTerms,
  CampaignType,
} from '../../../shared/domain/promotions';
import { campaignStateAt, type StoredCampaignState } from '../../../shared/logic/promotions';
import { stmt } from '../pricing/raw-context';

/** A campaigns row as stored (migration 0011), text columns narrowed to the domain's unions. */
export type CampaignRecord = Omit<CampaignsTable, 'type' | 'goal' | 'state'> & {
  type: CampaignType;
  goal: CampaignGoal;
  state: StoredCampaignState;
};

/** A refused action: the key the renderer translates, its params, and the English sentence for the CLI. */
export function promotionError(
  code: 'CONFLICT' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_INPUT',
  key: PromotionErrorKey,
  params: Record<string, string | number>,
  issues?: { path: string; message: string }[],
): AppError {
  return new AppError(code, promotionErrorText(key, params), { key, params, ...(issues && { issues }) });
}

export function requireCampaignRecord(sqlite: Sqlite, id: string): CampaignRecord {
  const row = stmt(sqlite, 'SELECT * FROM campaigns WHERE id = ?').get(id) as CampaignRecord | undefined;
  if (!row) throw notFound('campaign', id);
  return row;
}

const scopeKinds = { sku: 'skuIds', category: 'categories', brand: 'brands' } as const;
const keyKinds = { code: 'codes', promotion_id: 'promotionIds', name: 'names' } as const;

export function campaignStorefrontIds(sqlite: Sqlite, id: string): string[] {
  const rows = stmt(
    sqlite,
    'SELECT storefront_id FROM campaign_storefronts WHERE campaign_id = ? ORDER BY storefront_id',
  ).all(id) as { storefront_id: string }[];
  return rows.map((r) => r.storefront_id);
}

function scopeOf(sqlite: Sqlite, id: string): CampaignScope {
  const scope: CampaignScope = { skuIds: [], categories: [], brands: [] };
  const rows = stmt(
    sqlite,
    'SELECT kind, value FROM campaign_scope WHERE campaign_id = ? ORDER BY kind, value',
  ).all(id) as { kind: keyof typeof scopeKinds; value: string }[];
  for (const r of rows) scope[scopeKinds[r.kind]].push(r.value);
  return scope;
}

function keysOf(sqlite: Sqlite, id: string): CampaignAttributionKeys {
  const keys: CampaignAttributionKeys = { codes: [], promotionIds: [], names: [] };
  const rows = stmt(
    sqlite,
    'SELECT kind, value FROM campaign_keys WHERE campaign_id = ? ORDER BY kind, value',
  ).all(id) as { kind: keyof typeof keyKinds; value: string }[];
  for (const r of rows) keys[keyKinds[r.kind]].push(r.value);
  return keys;
}

export function overridesOf(sqlite: Sqlite, id: string): CampaignOverride[] {
  const rows = stmt(
    sqlite,
    `SELECT id, action, reason, below_floor_rows AS belowFloorRows, actor_id AS actorId, at
       FROM campaign_overrides WHERE campaign_id = ? ORDER BY id`,
  ).all(id) as CampaignOverride[];
  return rows;
}

export function toSummary(sqlite: Sqlite, r: CampaignRecord, now: string): CampaignSummary {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    goal: r.goal,
    state: campaignStateAt(r.state, r.start_at, r.end_at, now),
    currency: r.currency,
    terms: JSON.parse(r.terms) as CampaignTerms,
    stacksWith: r.stacks_with === null ? null : (JSON.parse(r.stacks_with) as CampaignType[]),
    storefrontIds: campaignStorefrontIds(sqlite, r.id),
    scope: scopeOf(sqlite, r.id),
    keys: keysOf(sqlite, r.id),
    startAt: r.start_at,
    endAt: r.end_at,
    budgetMinor: r.budget_minor,
    spendMinor: r.spend_minor,
    notes: r.notes,
    activatedAt: r.activated_at,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function readCampaign(sqlite: Sqlite, id: string, now: string): Campaign {
  const record = requireCampaignRecord(sqlite, id);
  return { ...toSummary(sqlite, record, now), overrides: overridesOf(sqlite, id) };
}

/** Replaces the campaign's storefronts, scope and keys (each only when given). */
export function writeChildren(
  sqlite: Sqlite,
  id: string,
  parts: { storefrontIds?: string[]; scope?: CampaignScope; keys?: CampaignAttributionKeys },
): void {
  if (parts.storefrontIds) {
    stmt(sqlite, 'DELETE FROM campaign_storefronts WHERE campaign_id = ?').run(id);
    const insert = stmt(
      sqlite,
      'INSERT INTO campaign_storefronts (campaign_id, storefront_id) VALUES (?, ?)',
    );
    for (const storefrontId of parts.storefrontIds) insert.run(id, storefrontId);
  }
  const replace = <K extends string>(
    table: 'campaign_scope' | 'campaign_keys',
    kinds: Record<K, string>,
    values: Record<string, string[]>,
  ) => {
    stmt(sqlite, `DELETE FROM ${table} WHERE campaign_id = ?`).run(id);
    const insert = stmt(sqlite, `INSERT INTO ${table} (campaign_id, kind, value) VALUES (?, ?, ?)`);
    for (const [kind, field] of Object.entries(kinds) as [K, string][])
      for (const value of values[field]!) insert.run(id, kind, value);
  };
  if (parts.scope) replace('campaign_scope', scopeKinds, parts.scope as unknown as Record<string, string[]>);
  if (parts.keys) replace('campaign_keys', keyKinds, parts.keys as unknown as Record<string, string[]>);
}

/** The staff member "working" now, stamped on the audit trail and override records. */
export function actingStaff(sqlite: Sqlite): string | null {
  const row = stmt(sqlite, "SELECT value FROM settings WHERE key = 'actingStaffId'").get() as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as string | null) : null;
}

export function auditCampaign(sqlite: Sqlite, id: string, action: string, detail: unknown, at: string): void {
  stmt(
    sqlite,
    'INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(at, actingStaff(sqlite), 'campaign', id, action, JSON.stringify(detail));
}
