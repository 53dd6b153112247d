import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ResolvedSku, SkuAlias } from '../../../shared/domain/catalog';
import { AppError, notFound } from '../../../shared/api/result';
import { nowIso } from '../../../shared/logic/ids';
import { inTransaction } from '../db/transaction';
import { writeAudit } from '../audit/repo';
import { findSkuByCode, requireSku, requireStorefrontId, toAlias, toSku } from './repo';

async function findAlias(
  db: Kysely<Database>,
  storefrontId: string,
  alias: string,
): Promise<SkuAlias | undefined> {
  const row = await db
    .selectFrom('sku_aliases')
    .selectAll()
    .where('storefront_id', '=', storefrontId)
    .where('alias', '=', alias)
    .executeTakeFirst();
  return row ? toAlias(row) : undefined;
}

/** Teaches the catalog a storefront's own code for a SKU; adding the same alias again is a no-op. */
export async function addAlias(
  db: Kysely<Database>,
  input: { storefrontId: string; alias: string; skuId: string },
): Promise<SkuAlias> {
  return inTransaction(db, async (trx) => {
    await requireSku(trx, input.skuId);
    await requireStorefrontId(trx, input.storefrontId);
    const existing = await findAlias(trx, input.storefrontId, input.alias);
    if (existing?.skuId === input.skuId) return existing;
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `Alias ${input.alias} already points at another SKU on this storefront`,
        {
          key: 'aliasTaken',
          params: { alias: input.alias },
          issues: [{ path: 'alias', message: 'aliasTaken' }],
        },
      );
    }
    await trx
      .insertInto('sku_aliases')
      .values({
        storefront_id: input.storefrontId,
        alias: input.alias,
        sku_id: input.skuId,
        created_at: nowIso(),
      })
      .execute();
    await writeAudit(trx, { entity: 'sku', entityId: input.skuId, action: 'addAlias', detail: { ...input } });
    return (await findAlias(trx, input.storefrontId, input.alias))!;
  });
}

export async function removeAlias(
  db: Kysely<Database>,
  input: { storefrontId: string; alias: string },
): Promise<{ storefrontId: string; alias: string }> {
  return inTransaction(db, async (trx) => {
    const existing = await findAlias(trx, input.storefrontId, input.alias);
    if (!existing) throw notFound('alias', input.alias);
    await trx
      .deleteFrom('sku_aliases')
      .where('storefront_id', '=', input.storefrontId)
      .where('alias', '=', existing.alias)
      .execute();
    await writeAudit(trx, {
      entity: 'sku',
      entityId: existing.skuId,
      action: 'removeAlias',
      detail: { ...existing },
    });
    return { storefrontId: input.storefrontId, alias: existing.alias };
  });
}

/**
 * The SKU a storefront means by `code`: its alias first (explicit matching wins), then the storefront SKU
 * id of a listing, then our own SKU code. Null means "queue for matching", never "drop".
 */
export async function resolveSku(
  db: Kysely<Database>,
  storefrontId: string,
  code: string,
): Promise<ResolvedSku | null> {
  await requireStorefrontId(db, storefrontId);
  const alias = await findAlias(db, storefrontId, code);
  if (alias) return { sku: await requireSku(db, alias.skuId), via: 'alias' };
  const listed = await db
    .selectFrom('listings')
    .innerJoin('skus', 'skus.id', 'listings.sku_id')
    .selectAll('skus')
    .where('listings.storefront_id', '=', storefrontId)
    .where('listings.external_sku_id', '=', code)
    .executeTakeFirst();
  if (listed) return { sku: toSku(listed), via: 'listing' };
  const own = await findSkuByCode(db, code);
  return own ? { sku: own, via: 'code' } : null;
}
