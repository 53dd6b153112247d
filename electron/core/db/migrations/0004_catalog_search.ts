import { sql, type Kysely } from 'kysely';

/**
 * Substring search over the catalog that stays fast at 50,000 SKUs. `LIKE '%text%'` over products and
 * skus reads every row (~100 ms at that size); an FTS5 table with the trigram tokenizer answers the same LIKE
 * from its index. One row per product: its name and every SKU's code, name and barcode, one per line so that
 * a search never matches across two fields. Triggers keep it in step with every write path (services, imports,
 * demo data, restores of older files), so no caller can forget it.
 *
 * FTS5 finds its rows quickly only by rowid, and a products rowid is not stable (VACUUM may renumber tables
 * without an INTEGER PRIMARY KEY), so catalog_search_rows gives each product a stable integer key that is the
 * FTS rowid. Deleting by an UNINDEXED product id column instead would scan the whole index on every SKU write.
 */
const body = `p.name || coalesce((SELECT group_concat(
    char(10) || s.code || char(10) || s.name || coalesce(char(10) || s.barcode, ''), '')
  FROM skus s WHERE s.product_id = p.id), '')`;

const searchRowOf = (productId: string) =>
  `(SELECT search_rowid FROM catalog_search_rows WHERE product_id = ${productId})`;

/** Rewrites the search text of one product from its current name and SKUs. */
const refresh = (productId: string) => `
    DELETE FROM catalog_search WHERE rowid = ${searchRowOf(productId)};
    INSERT INTO catalog_search (rowid, body)
      SELECT r.search_rowid, ${body} FROM catalog_search_rows r JOIN products p ON p.id = r.product_id
      WHERE r.product_id = ${productId};`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE catalog_search_rows (
       search_rowid INTEGER PRIMARY KEY,
       product_id TEXT NOT NULL UNIQUE REFERENCES products (id) ON DELETE CASCADE
     ) STRICT`,
    `CREATE VIRTUAL TABLE catalog_search USING fts5(body, tokenize = 'trigram')`,
    `INSERT INTO catalog_search_rows (product_id) SELECT id FROM products ORDER BY id`,
    `INSERT INTO catalog_search (rowid, body)
       SELECT r.search_rowid, ${body} FROM catalog_search_rows r JOIN products p ON p.id = r.product_id`,
    `CREATE TRIGGER catalog_search_product_insert AFTER INSERT ON products BEGIN
       INSERT INTO catalog_search_rows (product_id) VALUES (new.id); ${refresh('new.id')} END`,
    `CREATE TRIGGER catalog_search_product_update AFTER UPDATE OF name ON products BEGIN ${refresh('new.id')} END`,
    `CREATE TRIGGER catalog_search_product_delete BEFORE DELETE ON products BEGIN
       DELETE FROM catalog_search WHERE rowid = ${searchRowOf('old.id')};
       DELETE FROM catalog_search_rows WHERE product_id = old.id; END`,
    `CREATE TRIGGER catalog_search_sku_insert AFTER INSERT ON skus BEGIN ${refresh('new.product_id')} END`,
    `CREATE TRIGGER catalog_search_sku_update AFTER UPDATE OF code, name, barcode, product_id ON skus BEGIN
       ${refresh('old.product_id')} ${refresh('new.product_id')} END`,
    `CREATE TRIGGER catalog_search_sku_delete AFTER DELETE ON skus BEGIN ${refresh('old.product_id')} END`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
