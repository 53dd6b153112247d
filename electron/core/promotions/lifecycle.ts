import type { Sqlite } from '../db/connection';
import type { CampaignMove } from '../../../shared/api/schemas/promotions';
import type { Campaign, CampaignChange } from '../../../shared/domain/promotions';
import { campaignStateAt } from '../../../shared/logic/promotions';
import { stmt } from '../pricing/raw-context';
import { enforceGuardrail } from './guard';
import { auditCampaign, promotionError, readCampaign, requireCampaignRecord } from './repo';
import { refreshAttribution } from './attribution';

/**
 * draft → scheduled / active (by the clock). The guardrail runs inside the write transaction, so a refusal
 * leaves the campaign a draft; an override reason lets below-floor rows through and is recorded.
 */
export function activateCampaign(
  sqlite: Sqlite,
  input: { id: string; overrideReason?: string },
  at: string,
): CampaignChange {
  return sqlite.transaction((): CampaignChange => {
    const record = requireCampaignRecord(sqlite, input.id);
    if (record.state !== 'draft') {
      const from = campaignStateAt(record.state, record.start_at, record.end_at, at);
      throw promotionError('CONFLICT', 'promotionTransition', { from, action: 'activated' });
    }
    stmt(
      sqlite,
      "UPDATE campaigns SET state = 'scheduled', activated_at = ?, updated_at = ? WHERE id = ?",
    ).run(at, at, input.id);
    auditCampaign(sqlite, input.id, 'activate', {}, at);
    const guardrail = enforceGuardrail(sqlite, input.id, 'activate', input.overrideReason, at);
    refreshAttribution(sqlite, [input.id]); // an activated campaign claims its orders from now on
    return { campaign: readCampaign(sqlite, input.id, at), guardrail };
  })();
}

/** draft, scheduled or active → cancelled; orders already placed stay attributed (attribution reads cancelled_at). */
export function cancelCampaign(sqlite: Sqlite, id: string, at: string): Campaign {
  return sqlite.transaction((): Campaign => {
    const record = requireCampaignRecord(sqlite, id);
    const from = campaignStateAt(record.state, record.start_at, record.end_at, at);
    if (from === 'ended' || from === 'cancelled')
      throw promotionError('CONFLICT', 'promotionTransition', { from, action: 'cancelled' });
    stmt(
      sqlite,
      "UPDATE campaigns SET state = 'cancelled', cancelled_at = ?, updated_at = ? WHERE id = ?",
    ).run(at, at, id);
    auditCampaign(sqlite, id, 'cancel', { from }, at);
    refreshAttribution(sqlite, [id]);
    return readCampaign(sqlite, id, at);
  })();
}

/**
 * The calendar's drag. A draft just moves; a scheduled or active campaign moves only if the guardrail still
 * passes at the new dates (other campaigns may overlap there, costs may differ at the new start), or with an
 * override reason. Ended and cancelled campaigns stay where they happened.
 */
export function moveCampaign(sqlite: Sqlite, input: CampaignMove, at: string): CampaignChange {
  return sqlite.transaction((): CampaignChange => {
    const record = requireCampaignRecord(sqlite, input.id);
    const state = campaignStateAt(record.state, record.start_at, record.end_at, at);
    if (state === 'ended' || state === 'cancelled')
      throw promotionError('CONFLICT', 'promotionLocked', { name: record.name, state });
    stmt(sqlite, 'UPDATE campaigns SET start_at = ?, end_at = ?, updated_at = ? WHERE id = ?').run(
      input.startAt,
      input.endAt,
      at,
      input.id,
    );
    auditCampaign(
      sqlite,
      input.id,
      'move',
      {
        from: { startAt: record.start_at, endAt: record.end_at },
        to: { startAt: input.startAt, endAt: input.endAt },
      },
      at,
    );
    const guardrail =
      record.state === 'scheduled'
        ? enforceGuardrail(sqlite, input.id, 'move', input.overrideReason, at)
        : null;
    refreshAttribution(sqlite, [input.id]); // its window moved: the orders it claims move with it
    return { campaign: readCampaign(sqlite, input.id, at), guardrail };
  })();
}
