import { inTransaction } from '../db/transaction';
import type { Kysely } from 'kysely';
import type { Database, StorefrontRowUpdate } from '../db/schema';
import type { Storefront } from '../../../shared/domain/storefronts';
import type { StorefrontFields } from '../../../shared/api/schemas/storefronts';
import { AppError, notFound } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import { writeAudit } from '../audit/repo';
import {
  findStorefront,
  findStorefrontByName,
  findStorefronts,
  nameTaken,
  replaceCategoryCommissions,
} from './repo';

export const listStorefronts = (db: Kysely<Database>, includeArchived = false): Promise<Storefront[]> =>
  findStorefronts(db, includeArchived);

export async function getStorefront(db: Kysely<Database>, id: string): Promise<Storefront> {
  const found = await findStorefront(db, id);
  if (!found) throw notFound('storefront', id);
  return found;
}

/** The CLI and import files name storefronts; names are unique regardless of case. */
export async function getStorefrontByName(db: Kysely<Database>, name: string): Promise<Storefront> {
  const found = await findStorefrontByName(db, name);
  if (!found) throw notFound('storefront', name);
  return found;
}

function duplicateName(name: string): AppError {
  return new AppError('CONFLICT', `A storefront named "${name}" already exists`, {
    key: 'storefrontNameTaken',
    params: { name },
    issues: [{ path: 'name', message: 'nameTaken' }],
  });
}

export async function createStorefront(db: Kysely<Database>, fields: StorefrontFields): Promise<Storefront> {
  return inTransaction(db, async (trx) => {
    if (await nameTaken(trx, fields.name)) throw duplicateName(fields.name);
    const id = newId();
    const now = nowIso();
    await trx
      .insertInto('storefronts')
      .values({
        id,
        name: fields.name,
        platform: fields.platform,
        currency: fields.currency,
        timezone: fields.timezone,
        role: fields.role,
        archived: 0,
        commission_rate_bp: fields.feeRules.commissionRateBp,
        payment_fee_rate_bp: fields.feeRules.paymentFeeRateBp,
        fixed_fee_minor: fields.feeRules.fixedFeeMinor,
        shipping_cost_minor: fields.feeRules.shippingCostMinor,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await replaceCategoryCommissions(trx, id, fields.feeRules.categoryCommissions);
    await writeAudit(trx, { entity: 'storefront', entityId: id, action: 'create', detail: fields });
    return getStorefront(trx, id);
  });
}

export async function updateStorefront(
  db: Kysely<Database>,
  id: string,
  patch: Partial<StorefrontFields>,
): Promise<Storefront> {
  return inTransaction(db, async (trx) => {
    const before = await getStorefront(trx, id);
    if (patch.name !== undefined && (await nameTaken(trx, patch.name, id))) throw duplicateName(patch.name);
    const set: StorefrontRowUpdate = { updated_at: nowIso() };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.platform) set.platform = patch.platform;
    if (patch.currency) set.currency = patch.currency;
    if (patch.timezone) set.timezone = patch.timezone;
    if (patch.role) set.role = patch.role;
    if (patch.feeRules) {
      set.commission_rate_bp = patch.feeRules.commissionRateBp;
      set.payment_fee_rate_bp = patch.feeRules.paymentFeeRateBp;
      set.fixed_fee_minor = patch.feeRules.fixedFeeMinor;
      set.shipping_cost_minor = patch.feeRules.shippingCostMinor;
      await replaceCategoryCommissions(trx, id, patch.feeRules.categoryCommissions);
    }
    await trx.updateTable('storefronts').set(set).where('id', '=', id).execute();
    const after = await getStorefront(trx, id);
    await writeAudit(trx, {
      entity: 'storefront',
      entityId: id,
      action: 'update',
      detail: { before, after },
    });
    return after;
  });
}

/** Archived storefronts keep their history (orders will reference them) but leave pickers and filters. */
export async function setStorefrontArchived(
  db: Kysely<Database>,
  id: string,
  archived: boolean,
): Promise<Storefront> {
  return inTransaction(db, async (trx) => {
    await getStorefront(trx, id);
    await trx
      .updateTable('storefronts')
      .set({ archived: archived ? 1 : 0, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, { entity: 'storefront', entityId: id, action: archived ? 'archive' : 'restore' });
    return getStorefront(trx, id);
  });
}
