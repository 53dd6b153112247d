import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Page, ProductSummary } from '../../../shared/domain/catalog';
import type { ProductListQuery } from '../../../shared/api/schemas/catalog';
import { toProduct } from './repo';

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
  let q = db.selectFrom('products as p');
  if (!query.includeArchived) q = q.where('p.archived', '=', 0);
  if (query.category) q = q.where('p.category', '=', query.category);
  if (query.brand) q = q.where('p.brand', '=', query.brand);
  if (query.search) {
    const like = containsPattern(query.search);
    q = q.where(
      sql<boolean>`(p.name LIKE ${like} ESCAPE '\\' OR EXISTS (
        SELECT 1 FROM skus s WHERE s.product_id = p.id
          AND (s.code LIKE ${like} ESCAPE '\\' OR s.name LIKE ${like} ESCAPE '\\' OR s.barcode LIKE ${like} ESCAPE '\\')))`,
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
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('p')
    .select([
      sql<number>`(SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.archived = 0)`.as('sku_count'),
      sql<number>`(SELECT coalesce(sum(s.stock_on_hand), 0) FROM skus s
        WHERE s.product_id = p.id AND s.archived = 0)`.as('stock_on_hand'),
      sql<number>`(SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.archived = 0
        AND s.stock_on_hand <= s.reorder_point)`.as('low_stock_sku_count'),
      sql<number>`(SELECT count(*) FROM listings l JOIN skus s ON s.id = l.sku_id
        WHERE s.product_id = p.id)`.as('listing_count'),
    ])
    .orderBy(sql`p.name COLLATE NOCASE`)
    .orderBy('p.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    rows: rows.map((r) => ({
      ...toProduct(r),
      skuCount: Number(r.sku_count),
      stockOnHand: Number(r.stock_on_hand),
      lowStockSkuCount: Number(r.low_stock_sku_count),
      listingCount: Number(r.listing_count),
    })),
    total: Number(n),
    page: query.page,
    pageSize: query.pageSize,
  };
}
