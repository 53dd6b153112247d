import type { Kysely } from 'kysely';
import type { CompetitorPricesTable, Database } from '../db/schema';
import type { CompetitorPrice, CompetitorPrices } from '../../../shared/domain/pricing';
import type { CompetitorPriceAdd } from '../../../shared/api/schemas/pricing';
import { newId, nowIso } from '../../../shared/logic/ids';
import { inTransaction } from '../db/transaction';
import { actingStaffId, writeAudit } from '../audit/repo';
import { requireSku } from '../catalog/repo';

const toCompetitorPrice = (r: CompetitorPricesTable): CompetitorPrice => ({
  id: r.id,
  skuId: r.sku_id,
  competitor: r.competitor,
  platform: r.platform,
  priceMinor: r.price_minor,
  currency: r.currency,
  observedOn: r.observed_on,
  url: r.url,
  note: r.note,
  createdAt: r.created_at,
  actorId: r.actor_id,
});

export async function addCompetitorPrice(
  db: Kysely<Database>,
  input: CompetitorPriceAdd,
): Promise<CompetitorPrice> {
  return inTransaction(db, async (trx) => {
    await requireSku(trx, input.skuId);
    const row: CompetitorPricesTable = {
      id: newId(),
      sku_id: input.skuId,
      competitor: input.competitor,
      platform: input.platform,
      price_minor: input.priceMinor,
      currency: input.currency,
      observed_on: input.observedOn,
      url: input.url ?? null,
      note: input.note ?? null,
      created_at: nowIso(),
      actor_id: await actingStaffId(trx),
    };
    await trx.insertInto('competitor_prices').values(row).execute();
    const created = toCompetitorPrice(row);
    await writeAudit(trx, {
      entity: 'competitor_price',
      entityId: row.id,
      action: 'create',
      detail: { ...created },
    });
    return created;
  });
}

/** The SKU's own listing prices with the competitor log beside them, newest observation first. */
export async function competitorPrices(db: Kysely<Database>, skuId: string): Promise<CompetitorPrices> {
  await requireSku(db, skuId);
  const own = await db
    .selectFrom('listings')
    .innerJoin('storefronts', 'storefronts.id', 'listings.storefront_id')
    .select([
      'listings.id as listingId',
      'listings.storefront_id as storefrontId',
      'storefronts.name as storefrontName',
      'storefronts.currency as currency',
      'listings.price_minor as priceMinor',
    ])
    .where('listings.sku_id', '=', skuId)
    .orderBy('storefronts.name')
    .execute();
  const rows = await db
    .selectFrom('competitor_prices')
    .selectAll()
    .where('sku_id', '=', skuId)
    .orderBy('observed_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return { skuId, own, competitors: rows.map(toCompetitorPrice) };
}
