import type { Sqlite } from '../db/connection';
import type { CampaignGuardrail, CampaignOverride, CampaignSummary } from '../../../shared/domain/promotions';
import { guardrailRows } from '../../../shared/logic/promotions';
import { readShop, stmt } from '../pricing/raw-context';
import { loadGuardListings, toGuardCampaign } from './guard-inputs';
import {
  actingStaff,
  auditCampaign,
  promotionError,
  requireCampaignRecord,
  toSummary,
  type CampaignRecord,
} from './repo';

/** Activated campaigns (scheduled / active / ended by the clock, not cancelled) overlapping a window. */
export function activatedOverlapping(
  sqlite: Sqlite,
  window: { startAt: string; endAt: string },
  now: string,
): CampaignSummary[] {
  const rows = stmt(
    sqlite,
    `SELECT * FROM campaigns WHERE state = 'scheduled' AND start_at < ? AND end_at > ? ORDER BY start_at, id`,
  ).all(window.endAt, window.startAt) as CampaignRecord[];
  return rows.map((r) => toSummary(sqlite, r, now));
}

/**
 * The guardrail of a campaign as stored now: every SKU × storefront it covers at its worst moment with the
 * other activated campaigns overlapping it (drafts are ideas, not plans, so they do not count against it).
 * `costsHidden` (service role) blanks floors, margins and the below-floor flags.
 */
export function campaignGuardrail(
  sqlite: Sqlite,
  id: string,
  now: string,
  costsHidden: boolean,
): CampaignGuardrail {
  const campaign = toSummary(sqlite, requireCampaignRecord(sqlite, id), now);
  const shop = readShop(sqlite);
  const others = activatedOverlapping(sqlite, campaign, now).filter((c) => c.id !== id);
  const storefrontIds = [...new Set([...campaign.storefrontIds])];
  const listings = loadGuardListings(sqlite, storefrontIds, campaign.startAt);
  const rows = guardrailRows(
    toGuardCampaign(sqlite, campaign, shop),
    others.map((c) => toGuardCampaign(sqlite, c, shop)),
    listings,
  );
  if (costsHidden) {
    return {
      campaignId: id,
      costsHidden,
      rows: rows.map((r) => ({ ...r, floorMinor: null, marginBp: null, belowFloor: null })),
      belowFloorRows: 0,
      withoutFloor: 0,
    };
  }
  return {
    campaignId: id,
    costsHidden,
    rows,
    belowFloorRows: rows.filter((r) => r.belowFloor === true).length,
    withoutFloor: rows.filter((r) => r.floorMinor === null).length,
  };
}

/**
 * Inside the caller's write transaction, after the change is written: refuses (CONFLICT promotionBelowFloor,
 * so the transaction rolls back) while a row is below its floor, unless an override reason is given — then
 * the override is recorded on the campaign and in the audit log, with the rows it let through.
 */
export function enforceGuardrail(
  sqlite: Sqlite,
  id: string,
  action: CampaignOverride['action'],
  overrideReason: string | undefined,
  at: string,
): CampaignGuardrail {
  const guard = campaignGuardrail(sqlite, id, at, false);
  if (guard.belowFloorRows === 0) return guard;
  const first = guard.rows[0]!;
  if (!overrideReason) {
    throw promotionError(
      'CONFLICT',
      'promotionBelowFloor',
      {
        count: guard.belowFloorRows,
        sku: first.skuCode,
        price: first.effectivePriceMinor,
        floor: first.floorMinor!,
        currency: first.currency,
      },
      [{ path: 'overrideReason', message: 'belowFloor' }],
    );
  }
  stmt(
    sqlite,
    `INSERT INTO campaign_overrides (campaign_id, action, reason, below_floor_rows, actor_id, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, action, overrideReason, guard.belowFloorRows, actingStaff(sqlite), at);
  auditCampaign(
    sqlite,
    id,
    'override',
    {
      action,
      reason: overrideReason,
      belowFloorRows: guard.belowFloorRows,
      rows: guard.rows
        .filter((r) => r.belowFloor)
        .slice(0, 20)
        .map((r) => ({
          sku: r.skuCode,
          storefrontId: r.storefrontId,
          effectivePriceMinor: r.effectivePriceMinor,
          floorMinor: r.floorMinor,
          stacked: r.stacked,
        })),
    },
    at,
  );
  return guard;
}
