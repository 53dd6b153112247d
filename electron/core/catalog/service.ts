import { coverOf } from './stock-cover';
import type { Kysely } from 'kysely';
import type { Database, ProductsTable, SkusTable } from '../db/schema';
import type { ProductDetail, Sku, SkuDetail } from '../../../shared/domain/catalog';
import type { NewSku, ProductCreate, ProductPatch, SkuUpsert } from '../../../shared/api/schemas/catalog';
import { AppError } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import { inTransaction } from '../db/transaction';
import { writeAudit } from '../audit/repo';
import { costAt, insertCost } from './costs';
import { findSkuByCode, requireProduct, requireSku, toAlias, toListing, toSku } from './repo';
import { recordMovement } from './stock';

export async function getProduct(db: Kysely<Database>, id: string): Promise<ProductDetail> {
  const product = await requireProduct(db, id);
  const skuRows = await db
    .selectFrom('skus')
    .selectAll()
    .where('product_id', '=', id)
    .orderBy('code')
    .execute();
  const skuIds = skuRows.map((r) => r.id);
  const listings = skuIds.length
    ? await db
        .selectFrom('listings')
        .selectAll()
        .where('sku_id', 'in', skuIds)
        .orderBy('storefront_id')
        .execute()
    : [];
  const aliases = skuIds.length
    ? await db.selectFrom('sku_aliases').selectAll().where('sku_id', 'in', skuIds).orderBy('alias').execute()
    : [];
  const now = nowIso();
  const cover = await coverOf(
    db,
    skuRows.map((r) => ({ id: r.id, stockOnHand: r.stock_on_hand })),
  );
  const skus: SkuDetail[] = [];
  for (const row of skuRows) {
    skus.push({
      ...toSku(row),
      currentCost: await costAt(db, row.id, now),
      listings: listings.filter((l) => l.sku_id === row.id).map(toListing),
      aliases: aliases.filter((a) => a.sku_id === row.id).map(toAlias),
      cover: cover.get(row.id)!,
    });
  }
  return { ...product, skus };
}

function codeTaken(code: string, path: string): AppError {
  return new AppError('CONFLICT', `SKU code ${code} is already used`, {
    key: 'skuCodeTaken',
    params: { code },
    issues: [{ path, message: 'codeTaken' }],
  });
}

async function insertSku(
  trx: Kysely<Database>,
  productId: string,
  sku: NewSku | SkuUpsert,
  path: string,
): Promise<Sku> {
  if (await findSkuByCode(trx, sku.code)) throw codeTaken(sku.code, path);
  const id = newId();
  const now = nowIso();
  await trx
    .insertInto('skus')
    .values({
      id,
      product_id: productId,
      code: sku.code,
      name: sku.name,
      barcode: sku.barcode ?? null,
      weight_g: sku.weightG ?? null,
      stock_on_hand: 0,
      reorder_point: sku.reorderPoint ?? 0,
      price_band: sku.priceBand ?? 'mid',
      archived: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  // Without a cost a SKU has no profit or break-even, so one is required from the start.
  await insertCost(trx, id, sku.cost!);
  if (sku.stockOnHand) {
    await recordMovement(trx, {
      skuId: id,
      kind: 'receipt',
      quantity: sku.stockOnHand,
      reason: 'opening stock',
    });
  }
  return requireSku(trx, id);
}

/** A product with at least one SKU, each with its initial cost (and opening stock, if any). */
export async function createProduct(db: Kysely<Database>, input: ProductCreate): Promise<ProductDetail> {
  return inTransaction(db, async (trx) => {
    const id = newId();
    const now = nowIso();
    await trx
      .insertInto('products')
      .values({
        id,
        name: input.name,
        category: input.category ?? null,
        brand: input.brand ?? null,
        archived: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [i, sku] of input.skus.entries()) await insertSku(trx, id, sku, `skus.${i}.code`);
    const created = await getProduct(trx, id);
    await writeAudit(trx, { entity: 'product', entityId: id, action: 'create', detail: { ...input } });
    return created;
  });
}

export async function updateProduct(
  db: Kysely<Database>,
  id: string,
  patch: ProductPatch,
): Promise<ProductDetail> {
  return inTransaction(db, async (trx) => {
    const before = await requireProduct(trx, id);
    const set: Partial<ProductsTable> = { updated_at: nowIso() };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.category !== undefined) set.category = patch.category;
    if (patch.brand !== undefined) set.brand = patch.brand;
    if (patch.archived !== undefined) set.archived = patch.archived ? 1 : 0;
    await trx.updateTable('products').set(set).where('id', '=', id).execute();
    const after = await requireProduct(trx, id);
    await writeAudit(trx, { entity: 'product', entityId: id, action: 'update', detail: { before, after } });
    return getProduct(trx, id);
  });
}

/**
 * Creates or updates a SKU of a product. Found by id, else by code (so re-sending a SKU updates it); a code
 * used by another product's SKU is a conflict. Stock moves only through adjustStock once the SKU exists.
 */
export async function upsertSku(db: Kysely<Database>, input: SkuUpsert): Promise<ProductDetail> {
  return inTransaction(db, async (trx) => {
    await requireProduct(trx, input.productId);
    const byCode = await findSkuByCode(trx, input.code);
    const existing = input.id ? await requireSku(trx, input.id) : byCode;
    if (existing && existing.productId !== input.productId) {
      if (input.id)
        throw new AppError('NOT_FOUND', `SKU ${input.id} is not part of product ${input.productId}`, {
          key: 'notFound',
          params: { entity: 'sku', id: input.id },
        });
      throw codeTaken(input.code, 'code');
    }
    if (!existing) {
      if (!input.cost) {
        throw new AppError('INVALID_INPUT', 'A new SKU needs its cost', {
          key: 'invalidInput',
          issues: [{ path: 'cost', message: 'required' }],
        });
      }
      const sku = await insertSku(trx, input.productId, input, 'code');
      await writeAudit(trx, { entity: 'sku', entityId: sku.id, action: 'create', detail: { ...input } });
      return getProduct(trx, input.productId);
    }
    if (byCode && byCode.id !== existing.id) throw codeTaken(input.code, 'code');
    const set: Partial<SkusTable> = { code: input.code, name: input.name, updated_at: nowIso() };
    if (input.barcode !== undefined) set.barcode = input.barcode;
    if (input.weightG !== undefined) set.weight_g = input.weightG;
    if (input.reorderPoint !== undefined) set.reorder_point = input.reorderPoint;
    if (input.priceBand !== undefined) set.price_band = input.priceBand;
    if (input.archived !== undefined) set.archived = input.archived ? 1 : 0;
    await trx.updateTable('skus').set(set).where('id', '=', existing.id).execute();
    if (input.cost) await insertCost(trx, existing.id, input.cost);
    const after = await requireSku(trx, existing.id);
    await writeAudit(trx, {
      entity: 'sku',
      entityId: existing.id,
      action: 'update',
      detail: { before: existing, after },
    });
    return getProduct(trx, input.productId);
  });
}
