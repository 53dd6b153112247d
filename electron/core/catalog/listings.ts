import type { Kysely } from 'kysely';
import type { Database, ListingsTable } from '../db/schema';
import type { Listing, PriceChange } from '../../../shared/domain/catalog';
import type { ListingUpsert } from '../../../shared/api/schemas/catalog';
import { AppError } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import { inTransaction } from '../db/transaction';
import { actingStaffId, writeAudit } from '../audit/repo';
import { findListing, requireListing, requireSku, requireStorefrontId, toPriceChange } from './repo';
import { guardPrice } from '../pricing/price-floor-guard';

async function recordPriceChange(
  trx: Kysely<Database>,
  listingId: string,
  oldPrice: number | null,
  newPrice: number,
  reason: string,
): Promise<void> {
  await trx
    .insertInto('price_history')
    .values({
      listing_id: listingId,
      old_price: oldPrice,
      new_price: newPrice,
      reason,
      actor_id: await actingStaffId(trx),
      at: nowIso(),
    })
    .execute();
}

/** A storefront's SKU id must point at one listing, or imports could not tell which SKU an order line is. */
async function assertExternalSkuFree(trx: Kysely<Database>, input: ListingUpsert): Promise<void> {
  if (!input.externalSkuId) return;
  const other = await trx
    .selectFrom('listings')
    .select('sku_id')
    .where('storefront_id', '=', input.storefrontId)
    .where('external_sku_id', '=', input.externalSkuId)
    .where('sku_id', '!=', input.skuId)
    .executeTakeFirst();
  if (other) {
    throw new AppError(
      'CONFLICT',
      `External SKU id ${input.externalSkuId} is already listed for another SKU`,
      {
        key: 'externalSkuTaken',
        params: { externalSkuId: input.externalSkuId },
        issues: [{ path: 'externalSkuId', message: 'externalSkuTaken' }],
      },
    );
  }
}

/**
 * Creates the SKU's listing on the storefront, or updates it (one listing per SKU and storefront). Every
 * price it sets is kept in price_history with who and why.
 */
export async function upsertListing(db: Kysely<Database>, input: ListingUpsert): Promise<Listing> {
  return inTransaction(db, async (trx) => {
    await requireSku(trx, input.skuId);
    await requireStorefrontId(trx, input.storefrontId);
    await assertExternalSkuFree(trx, input);
    const before = await findListing(trx, input.skuId, input.storefrontId);
    const now = nowIso();
    // A new price below the floor (the floor set in this same call wins) is refused unless overridden.
    const priceChanges = !before || before.priceMinor !== input.priceMinor;
    const guard = priceChanges
      ? await guardPrice(trx, {
          skuId: input.skuId,
          storefrontId: input.storefrontId,
          priceMinor: input.priceMinor,
          listingFloorMinor:
            input.priceFloorMinor !== undefined ? input.priceFloorMinor : (before?.priceFloorMinor ?? null),
          reason: input.reason ?? (before ? 'manual' : 'listed'),
          overrideReason: input.overrideReason,
        })
      : null;
    const overrideDetail = guard?.overridden
      ? { belowFloor: { floorMinor: guard.floorMinor, overrideReason: input.overrideReason } }
      : {};
    if (!before) {
      const id = newId();
      await trx
        .insertInto('listings')
        .values({
          id,
          sku_id: input.skuId,
          storefront_id: input.storefrontId,
          external_sku_id: input.externalSkuId ?? null,
          external_item_id: input.externalItemId ?? null,
          price_minor: input.priceMinor,
          status: input.status ?? 'on_sale',
          price_floor_minor: input.priceFloorMinor ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await recordPriceChange(trx, id, null, input.priceMinor, guard!.reason);
      const created = await requireListing(trx, id);
      await writeAudit(trx, {
        entity: 'listing',
        entityId: id,
        action: 'create',
        detail: { ...created, ...overrideDetail },
      });
      return created;
    }
    const set: Partial<ListingsTable> = { price_minor: input.priceMinor, updated_at: now };
    if (input.externalSkuId !== undefined) set.external_sku_id = input.externalSkuId;
    if (input.externalItemId !== undefined) set.external_item_id = input.externalItemId;
    if (input.status) set.status = input.status;
    if (input.priceFloorMinor !== undefined) set.price_floor_minor = input.priceFloorMinor;
    await trx.updateTable('listings').set(set).where('id', '=', before.id).execute();
    if (before.priceMinor !== input.priceMinor) {
      await recordPriceChange(trx, before.id, before.priceMinor, input.priceMinor, guard!.reason);
    }
    const after = await requireListing(trx, before.id);
    await writeAudit(trx, {
      entity: 'listing',
      entityId: before.id,
      action: 'update',
      detail: { before, after, ...overrideDetail },
    });
    return after;
  });
}

export async function priceHistory(db: Kysely<Database>, listingId: string): Promise<PriceChange[]> {
  await requireListing(db, listingId);
  const rows = await db
    .selectFrom('price_history')
    .selectAll()
    .where('listing_id', '=', listingId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toPriceChange);
}
