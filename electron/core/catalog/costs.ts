import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { SkuCost } from '../../../shared/domain/catalog';
import type { CostFields } from '../../../shared/api/schemas/catalog';
import { AppError } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import { inTransaction } from '../db/transaction';
import { actingStaffId, writeAudit } from '../audit/repo';
import { requireSku, toCost } from './repo';

/**
 * The cost that applied at `at` (ISO UTC): the latest row with effective_from ≤ at. Orders use it with their
 * placed_at, so a cost entered today never changes the profit of last month's orders.
 */
export async function costAt(db: Kysely<Database>, skuId: string, at: string): Promise<SkuCost | null> {
  const row = await db
    .selectFrom('sku_costs')
    .selectAll()
    .where('sku_id', '=', skuId)
    .where('effective_from', '<=', at)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toCost(row) : null;
}

export async function costHistory(db: Kysely<Database>, skuId: string): Promise<SkuCost[]> {
  await requireSku(db, skuId);
  const rows = await db
    .selectFrom('sku_costs')
    .selectAll()
    .where('sku_id', '=', skuId)
    .orderBy('effective_from', 'desc')
    .execute();
  return rows.map(toCost);
}

/** Appends a cost row inside the caller's transaction; two rows of one SKU may not share a start. */
export async function insertCost(trx: Kysely<Database>, skuId: string, fields: CostFields): Promise<SkuCost> {
  const effectiveFrom = fields.effectiveFrom ?? nowIso();
  const clash = await trx
    .selectFrom('sku_costs')
    .select('id')
    .where('sku_id', '=', skuId)
    .where('effective_from', '=', effectiveFrom)
    .executeTakeFirst();
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `A cost starting at ${effectiveFrom} already exists; history is never rewritten`,
      {
        key: 'costExists',
        params: { effectiveFrom },
        issues: [{ path: 'effectiveFrom', message: 'costExists' }],
      },
    );
  }
  const id = newId();
  await trx
    .insertInto('sku_costs')
    .values({
      id,
      sku_id: skuId,
      effective_from: effectiveFrom,
      purchase_minor: fields.purchaseMinor,
      packaging_minor: fields.packagingMinor,
      inbound_freight_minor: fields.inboundFreightMinor,
      other_minor: fields.otherMinor,
      note: fields.note ?? null,
      created_by: await actingStaffId(trx),
      created_at: nowIso(),
    })
    .execute();
  return toCost(await trx.selectFrom('sku_costs').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

export async function setCost(db: Kysely<Database>, input: CostFields & { skuId: string }): Promise<SkuCost> {
  return inTransaction(db, async (trx) => {
    const { skuId, ...fields } = input;
    await requireSku(trx, skuId);
    const cost = await insertCost(trx, skuId, fields);
    await writeAudit(trx, { entity: 'sku', entityId: skuId, action: 'setCost', detail: { ...cost } });
    return cost;
  });
}
