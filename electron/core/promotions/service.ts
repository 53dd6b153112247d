import type { Sqlite } from '../db/connection';
import type {
  CampaignCreate,
  CampaignListQuery,
  CampaignUpdate,
} from '../../../shared/api/schemas/promotions';
import type { Campaign, CampaignChange, CampaignSummary } from '../../../shared/domain/promotions';
import { campaignStateAt } from '../../../shared/logic/promotions';
import { newSortableId } from '../../../shared/logic/ids';
import { readShop, stmt } from '../pricing/raw-context';
import { enforceGuardrail } from './guard';
import { refreshAttribution } from './attribution';
import { dayStartUtc, nextDayStartUtc } from './periods';
import {
  actingStaff,
  auditCampaign,
  promotionError,
  readCampaign,
  requireCampaignRecord,
  toSummary,
  writeChildren,
  type CampaignRecord,
} from './repo';
import { campaignCurrency, checkCatalogRefs, invalid } from './validate';

export function createCampaign(sqlite: Sqlite, input: CampaignCreate, at: string): string {
  return sqlite.transaction((): string => {
    const currency = campaignCurrency(sqlite, input.storefrontIds);
    checkCatalogRefs(sqlite, input.terms, input.scope);
    const id = newSortableId();
    stmt(
      sqlite,
      `INSERT INTO campaigns (id, name, type, goal, state, currency, terms, stacks_with, start_at, end_at,
         budget_minor, spend_minor, notes, activated_at, cancelled_at, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)`,
    ).run(
      id,
      input.name,
      input.terms.type,
      input.goal,
      currency,
      JSON.stringify(input.terms),
      input.stacksWith === null ? null : JSON.stringify(input.stacksWith),
      input.startAt,
      input.endAt,
      input.budgetMinor,
      input.spendMinor,
      input.notes,
      actingStaff(sqlite),
      at,
      at,
    );
    writeChildren(sqlite, id, input);
    auditCampaign(sqlite, id, 'create', { name: input.name, type: input.terms.type }, at);
    return id;
  })();
}

/** Fields that change what a buyer pays: on a campaign that runs or will run they re-run the guardrail. */
const PRICE_FIELDS = ['terms', 'stacksWith', 'storefrontIds', 'scope', 'startAt', 'endAt'] as const;

/**
 * Draft: anything. Scheduled or active: anything, and a change of PRICE_FIELDS must pass the guardrail (or
 * be overridden with a reason). Ended or cancelled: the record of what happened stays; only name, notes,
 * budget, spend and attribution keys change (evaluation reads spend, attribution reads keys).
 */
export function updateCampaign(sqlite: Sqlite, input: CampaignUpdate, at: string): CampaignChange {
  return sqlite.transaction((): CampaignChange => {
    const before = requireCampaignRecord(sqlite, input.id);
    const state = campaignStateAt(before.state, before.start_at, before.end_at, at);
    const priceChange = PRICE_FIELDS.some((f) => input[f] !== undefined);
    if (priceChange && (state === 'ended' || state === 'cancelled'))
      throw promotionError('CONFLICT', 'promotionLocked', { name: before.name, state });
    const startAt = input.startAt ?? before.start_at;
    const endAt = input.endAt ?? before.end_at;
    if (endAt <= startAt) throw invalid('endAt', 'promotionWindow');
    const currency = input.storefrontIds ? campaignCurrency(sqlite, input.storefrontIds) : before.currency;
    checkCatalogRefs(sqlite, input.terms, input.scope);
    const set: Partial<Record<keyof CampaignRecord, unknown>> = { updated_at: at };
    if (input.name !== undefined) set.name = input.name;
    if (input.goal !== undefined) set.goal = input.goal;
    if (input.terms !== undefined)
      Object.assign(set, { terms: JSON.stringify(input.terms), type: input.terms.type });
    if (input.stacksWith !== undefined)
      set.stacks_with = input.stacksWith === null ? null : JSON.stringify(input.stacksWith);
    if (input.storefrontIds !== undefined) set.currency = currency;
    if (input.startAt !== undefined) set.start_at = input.startAt;
    if (input.endAt !== undefined) set.end_at = input.endAt;
    if (input.budgetMinor !== undefined) set.budget_minor = input.budgetMinor;
    if (input.spendMinor !== undefined) set.spend_minor = input.spendMinor;
    if (input.notes !== undefined) set.notes = input.notes;
    const columns = Object.keys(set);
    sqlite
      .prepare(`UPDATE campaigns SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`)
      .run(...columns.map((c) => set[c as keyof CampaignRecord]), input.id);
    writeChildren(sqlite, input.id, input);
    const changed = Object.keys(input).filter((k) => k !== 'id' && k !== 'overrideReason');
    auditCampaign(sqlite, input.id, 'update', { changed, before: toSummary(sqlite, before, at) }, at);
    const guard =
      priceChange && before.state === 'scheduled'
        ? enforceGuardrail(sqlite, input.id, 'update', input.overrideReason, at)
        : null;
    refreshAttribution(sqlite, [input.id]); // storefronts, scope, window or keys may have changed
    return { campaign: readCampaign(sqlite, input.id, at), guardrail: guard };
  })();
}

export function getCampaign(sqlite: Sqlite, id: string, at: string): Campaign {
  return readCampaign(sqlite, id, at);
}

/** Campaigns meeting the period (shop-zone days), by start then name; state is read off the clock at `at`. */
export function listCampaigns(sqlite: Sqlite, query: CampaignListQuery, at: string): CampaignSummary[] {
  const { timezone } = readShop(sqlite);
  const where: string[] = [];
  const params: unknown[] = [];
  if (query?.from) {
    where.push('c.end_at > ?');
    params.push(dayStartUtc(query.from, timezone));
  }
  if (query?.to) {
    where.push('c.start_at < ?');
    params.push(nextDayStartUtc(query.to, timezone));
  }
  if (query?.storefrontId) {
    where.push(
      'EXISTS (SELECT 1 FROM campaign_storefronts s WHERE s.campaign_id = c.id AND s.storefront_id = ?)',
    );
    params.push(query.storefrontId);
  }
  if (query?.type) {
    where.push('c.type = ?');
    params.push(query.type);
  }
  const byState: Record<string, [string, unknown[]]> = {
    draft: ["c.state = 'draft'", []],
    cancelled: ["c.state = 'cancelled'", []],
    scheduled: ["c.state = 'scheduled' AND c.start_at > ?", [at]],
    active: ["c.state = 'scheduled' AND c.start_at <= ? AND c.end_at > ?", [at, at]],
    ended: ["c.state = 'scheduled' AND c.end_at <= ?", [at]],
  };
  if (query?.state) {
    const [condition, values] = byState[query.state]!;
    where.push(condition);
    params.push(...values);
  }
  const rows = stmt(
    sqlite,
    `SELECT c.* FROM campaigns c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY c.start_at, c.name, c.id`,
  ).all(...params) as CampaignRecord[];
  return rows.map((r) => toSummary(sqlite, r, at));
}
