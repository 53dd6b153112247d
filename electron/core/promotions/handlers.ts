import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import { nowIso } from '../../../shared/logic/ids';
import { promotionConflicts } from './conflicts';
import { campaignGuardrail } from './guard';
import { activateCampaign, cancelCampaign, moveCampaign } from './lifecycle';
import { createCampaign, getCampaign, listCampaigns, updateCampaign } from './service';
import { costsHidden, requirePlanner } from './validate';
import { compareCampaigns, evaluateCampaignById } from './evaluation';
import { readAttribution } from './attribution-list';

/**
 * Raw-connection work while holding Kysely's single connection (tickets/handlers.ts does the same), so no
 * Kysely transaction interleaves with ours. Every write is one better-sqlite3 transaction inside its service.
 */
const exclusive = <T>(ctx: CoreContext, fn: () => T): Promise<T> =>
  ctx.db.connection().execute(async () => fn());

/** A write by an owner or operator; open promotion pages (and the dashboard's alerts) reload after it. */
const write = <T>(ctx: CoreContext, fn: (at: string) => T): Promise<T> =>
  exclusive(ctx, () => {
    requirePlanner(ctx.sqlite);
    const result = fn(nowIso());
    ctx.emit('data:changed', { namespace: 'promotions' });
    return result;
  });

export const promotionsHandlers: FeatureHandlers<'promotions'> = {
  list: (input, ctx) => exclusive(ctx, () => listCampaigns(ctx.sqlite, input, nowIso())),
  get: (input, ctx) => exclusive(ctx, () => getCampaign(ctx.sqlite, input.id, nowIso())),
  create: (input, ctx) =>
    write(ctx, (at) => getCampaign(ctx.sqlite, createCampaign(ctx.sqlite, input, at), at)),
  update: (input, ctx) => write(ctx, (at) => updateCampaign(ctx.sqlite, input, at)),
  activate: (input, ctx) => write(ctx, (at) => activateCampaign(ctx.sqlite, input, at)),
  cancel: (input, ctx) => write(ctx, (at) => cancelCampaign(ctx.sqlite, input.id, at)),
  move: (input, ctx) => write(ctx, (at) => moveCampaign(ctx.sqlite, input, at)),
  guardrail: (input, ctx) =>
    exclusive(ctx, () => campaignGuardrail(ctx.sqlite, input.id, nowIso(), costsHidden(ctx.sqlite))),
  conflicts: (input, ctx) =>
    exclusive(ctx, () => promotionConflicts(ctx.sqlite, input, nowIso(), costsHidden(ctx.sqlite))),
  evaluate: (input, ctx) => exclusive(ctx, () => evaluateCampaignById(ctx.sqlite, input.id)),
  compare: (input, ctx) => exclusive(ctx, () => compareCampaigns(ctx.sqlite, input.ids)),
  attribution: (input, ctx) => exclusive(ctx, () => readAttribution(ctx.sqlite, input)),
};
