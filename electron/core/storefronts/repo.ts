import type { Kysely } from 'kysely';
import type { Database, StorefrontRow } from '../db/schema';
import type { FeeRules, Platform, Storefront, StorefrontRole } from '../../../shared/domain/storefronts';

export function toStorefront(
  row: StorefrontRow,
  categoryCommissions: FeeRules['categoryCommissions'],
): Storefront {
  return {
    id: row.id,
    name: row.name,
    platform: row.platform as Platform,
    currency: row.currency,
    timezone: row.timezone,
    role: row.role as StorefrontRole,
    archived: row.archived === 1,
    feeRules: {
      commissionRateBp: row.commission_rate_bp,
      paymentFeeRateBp: row.payment_fee_rate_bp,
      fixedFeeMinor: row.fixed_fee_minor,
      shippingCostMinor: row.shipping_cost_minor,
      categoryCommissions,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function commissionsFor(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, FeeRules['categoryCommissions']>> {
  const byId = new Map<string, FeeRules['categoryCommissions']>(ids.map((id) => [id, []]));
  if (!ids.length) return byId;
  const rows = await db
    .selectFrom('storefront_category_commissions')
    .selectAll()
    .where('storefront_id', 'in', ids)
    .orderBy('category')
    .execute();
  for (const r of rows) byId.get(r.storefront_id)?.push({ category: r.category, rateBp: r.rate_bp });
  return byId;
}

export async function findStorefronts(db: Kysely<Database>, includeArchived: boolean): Promise<Storefront[]> {
  let q = db.selectFrom('storefronts').selectAll().orderBy('archived').orderBy('name');
  if (!includeArchived) q = q.where('archived', '=', 0);
  const rows = await q.execute();
  const commissions = await commissionsFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toStorefront(r, commissions.get(r.id) ?? []));
}

export async function findStorefront(db: Kysely<Database>, id: string): Promise<Storefront | undefined> {
  const row = await db.selectFrom('storefronts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toStorefront(row, (await commissionsFor(db, [id])).get(id) ?? []);
}

export async function findStorefrontByName(
  db: Kysely<Database>,
  name: string,
): Promise<Storefront | undefined> {
  const row = await db
    .selectFrom('storefronts')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()))
    .executeTakeFirst();
  return row ? findStorefront(db, row.id) : undefined;
}

export async function nameTaken(db: Kysely<Database>, name: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('storefronts')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()));
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function replaceCategoryCommissions(
  db: Kysely<Database>,
  storefrontId: string,
  rows: FeeRules['categoryCommissions'],
): Promise<void> {
  // Only rows that really change are written: each write marks the storefront's stored commission sums for
  // a full recomputation (rollup triggers, migration 0008), which saving an unchanged form must not cause.
  const keep = rows.map((r) => r.category);
  await db
    .deleteFrom('storefront_category_commissions')
    .where('storefront_id', '=', storefrontId)
    .$if(keep.length > 0, (q) => q.where('category', 'not in', keep))
    .execute();
  if (rows.length) {
    await db
      .insertInto('storefront_category_commissions')
      .values(rows.map((r) => ({ storefront_id: storefrontId, category: r.category, rate_bp: r.rateBp })))
      .onConflict((oc) =>
        oc
          .columns(['storefront_id', 'category'])
          .doUpdateSet((eb) => ({ rate_bp: eb.ref('excluded.rate_bp') }))
          .where((eb) => eb('storefront_category_commissions.rate_bp', '!=', eb.ref('excluded.rate_bp'))),
      )
      .execute();
  }
}
