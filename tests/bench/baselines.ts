import type { Sqlite } from '../../electron/core/db/connection';

/**
 * Raw better-sqlite3 baselines: the same SQL our services run, on prepared statements, with no Kysely,
 * zod, dispatch or row mapping. What the bench compares against.
 */
export function rawListProducts(sqlite: Sqlite, query: Record<string, unknown>): unknown {
  const where = ['p.archived = 0'];
  const params: unknown[] = [];
  if (query.category) {
    where.push('p.category = ?');
    params.push(query.category);
  }
  if (query.search) {
    where.push(
      `p.id IN (SELECT r.product_id FROM catalog_search f JOIN catalog_search_rows r ON r.search_rowid = f.rowid
        WHERE f.body LIKE ?)`,
    );
    params.push(`%${String(query.search)}%`);
  }
  const whereSql = where.join(' AND ');
  const total = sqlite.prepare(`SELECT count(*) AS n FROM products p WHERE ${whereSql}`).get(...params);
  const pageSize = Number(query.pageSize);
  // The same two steps as listProducts: the page's ids from a narrow sort, then the SKU figures for those ids.
  const ids = (
    sqlite
      .prepare(
        `SELECT p.id FROM products p WHERE ${whereSql} ORDER BY p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?`,
      )
      .all(...params, pageSize, (Number(query.page) - 1) * pageSize) as { id: string }[]
  ).map((r) => r.id);
  const rows = sqlite
    .prepare(
      `SELECT p.*,
        (SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.archived = 0) AS sku_count,
        (SELECT coalesce(sum(s.stock_on_hand), 0) FROM skus s WHERE s.product_id = p.id AND s.archived = 0) AS stock_on_hand,
        (SELECT count(*) FROM skus s WHERE s.product_id = p.id AND s.archived = 0
          AND s.stock_on_hand <= s.reorder_point) AS low_stock_sku_count,
        (SELECT count(*) FROM listings l JOIN skus s ON s.id = l.sku_id WHERE s.product_id = p.id) AS listing_count
       FROM products p WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids));
  return { total, rows };
}

/**
 * The repricing baseline: read the selected listings with their current cost, price = cost × factor, then one
 * prepared UPDATE + one history INSERT per row in one transaction.
 */
export function rawReprice(
  sqlite: Sqlite,
  selection: { storefrontId: string; category?: string },
  factor: number,
) {
  const select = sqlite.prepare(
    `SELECT l.id, l.price_minor,
       (SELECT c.purchase_minor + c.packaging_minor + c.inbound_freight_minor + c.other_minor FROM sku_costs c
         WHERE c.sku_id = l.sku_id AND c.effective_from <= ? ORDER BY c.effective_from DESC LIMIT 1) AS cost
     FROM listings l JOIN skus s ON s.id = l.sku_id JOIN products p ON p.id = s.product_id
     WHERE l.storefront_id = ? AND p.category = ?`,
  );
  const update = sqlite.prepare('UPDATE listings SET price_minor = ?, updated_at = ? WHERE id = ?');
  const history = sqlite.prepare(
    'INSERT INTO price_history (listing_id, old_price, new_price, reason, actor_id, at) VALUES (?, ?, ?, ?, NULL, ?)',
  );
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    const rows = select.all(now, selection.storefrontId, selection.category) as {
      id: string;
      price_minor: number;
      cost: number;
    }[];
    for (const r of rows) {
      const price = Math.ceil((r.cost + 800) * factor);
      update.run(price, now, r.id);
      history.run(r.id, r.price_minor, price, 'baseline', now);
    }
  })();
}
