import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Page, ProductSummary } from '../../../shared/domain/catalog';
import type { ProductListQuery } from '../../../shared/api/schemas/catalog';
import { toProduct } from './repo';
import { coverBasis, coverOf, slowMoverCondition, type CoverBasis } from './stock-cover';

/** `%text%` for LIKE with the wildcards of the search text itself escaped: "100%" finds "100%", not "1000". */
const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of products with their SKU figures. Filters are EXISTS subqueries over indexed columns
 * (skus.product_id, listings.storefront_id), and only one page of rows is ever read.
 */
export async function listProducts(
  db: Kysely<Database>,
  query: ProductListQuery,
): Promise<Page<ProductSummary>> {
  const basis = await coverBasis(db);
  let q = db.selectFrom('products as p');
  if (!query.includeArchived) q = q.where('p.archived', '=', 0);
  if (query.category) q = q.where('p.category', '=', query.category);
  if (query.brand) q = q.where('p.brand', '=', query.brand);
  if (query.search) {
    // catalog_search (migration 0004) holds each product's name and SKU codes, names and barcodes under a trigram
    // index that answers LIKE without reading every row. The index serves LIKE only without an ESCAPE clause, so
    // text with a wildcard character of its own takes the escaped form: slower, and still exact.
    q = /[\\%_]/.test(query.search)
      ? q.where(
          sql<boolean>`p.id IN (SELECT r.product_id FROM catalog_search f JOIN catalog_search_rows r
            ON r.search_rowid = f.rowid WHERE f.body LIKE ${containsPattern(query.search)} ESCAPE '\\')`,
        )
      : q.where(
          sql<boolean>`p.id IN (SELECT r.product_id FROM catalog_search f JOIN catalog_search_rows r
            ON r.search_rowid = f.rowid WHERE f.body LIKE ${`%${query.search}%`})`,
        );
  }
  if (query.band) {
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM skus s WHERE s.product_id = p.id AND s.price_band = ${query.band})`,
    );
  }
  if (query.storefrontId) {
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM skus s JOIN listings l ON l.sku_id = s.id
        WHERE s.product_id = p.id AND l.storefront_id = ${query.storefrontId})`,
    );
  }
  if (query.lowStock) {
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM skus s WHERE s.product_id = p.id AND s.archived = 0
        AND s.stock_on_hand <= s.reorder_point)`,
    );
  }
  if (query.slowMovers) {
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM skus s WHERE s.product_id = p.id AND s.archived = 0
        AND ${slowMoverCondition(basis)})`,
    );
  }
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // The page's ids first, from a narrow sort of (name, id) only; the per-product SKU figures are then computed
  // for those rows alone. Computing them in the sorted query costs four subqueries for every matching product,
  // because SQLite evaluates result columns before the sorter applies OFFSET (bench: deep pages 130 → ~30 ms).
  const ids = (
    await q
      .select('p.id')
      .orderBy(sql`p.name COLLATE NOCASE`)
      .orderBy('p.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute()
  ).map((r) => r.id);
  const found = ids.length
    ? await db
        .selectFrom('products as p')
        .where('p.id', 'in', ids)
        .selectAll('p')
        .select([
          sql<number>`(SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.archived = 0)`.as(
            'sku_count',
          ),
          sql<number>`(SELECT coalesce(sum(s.stock_on_hand), 0) FROM skus s
            WHERE s.product_id = p.id AND s.archived = 0)`.as('stock_on_hand'),
          sql<number>`(SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.archived = 0
            AND s.stock_on_hand <= s.reorder_point)`.as('low_stock_sku_count'),
          sql<number>`(SELECT count(*) FROM listings l JOIN skus s ON s.id = l.sku_id
            WHERE s.product_id = p.id)`.as('listing_count'),
        ])
        .execute()
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const slow = await slowCounts(db, ids, basis);
  return {
    rows: rows.map((r) => ({
      ...toProduct(r),
      skuCount: Number(r.sku_count),
      stockOnHand: Number(r.stock_on_hand),
      lowStockSkuCount: Number(r.low_stock_sku_count),
      slowSkuCount: slow.get(r.id) ?? 0,
      listingCount: Number(r.listing_count),
    })),
    total: Number(n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Slow-moving SKUs per product of one page: the same stockCover() rule as the product page. */
async function slowCounts(db: Kysely<Database>, productIds: string[], basis: CoverBasis) {
  if (!productIds.length || basis.historyDays <= 0) return new Map<string, number>();
  const skus = await db
    .selectFrom('skus')
    .select(['id', 'product_id', 'stock_on_hand'])
    .where('product_id', 'in', productIds)
    .where('archived', '=', 0)
    .execute();
  const cover = await coverOf(
    db,
    skus.map((s) => ({ id: s.id, stockOnHand: s.stock_on_hand })),
    basis,
  );
  const counts = new Map<string, number>();
  for (const s of skus)
    if (cover.get(s.id)?.slowMover) counts.set(s.product_id, (counts.get(s.product_id) ?? 0) + 1);
  return counts;
}
