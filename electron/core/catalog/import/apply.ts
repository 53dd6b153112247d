import type BetterSqlite3 from 'better-sqlite3';
import { newId } from '../../../../shared/logic/ids';
import type { ParsedRow } from './validate';
import type { CatalogSnapshot, CostParts, ExistingSku } from './snapshot';

export interface ApplyCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ApplyIo {
  progress(done: number, total: number): void;
  readonly cancelled: boolean;
}

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ImportCancelled';
  }
}

const SQL = {
  insertProduct:
    'INSERT INTO products (id, name, category, brand, archived, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
  updateProduct: 'UPDATE products SET name = ?, category = ?, brand = ?, updated_at = ? WHERE id = ?',
  insertSku: `INSERT INTO skus (id, product_id, code, name, barcode, weight_g, stock_on_hand, reorder_point, price_band,
      archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  updateSku: `UPDATE skus SET name = ?, barcode = ?, weight_g = ?, stock_on_hand = ?, reorder_point = ?, price_band = ?,
      updated_at = ? WHERE id = ?`,
  insertCost: `INSERT INTO sku_costs (id, sku_id, effective_from, purchase_minor, packaging_minor, inbound_freight_minor,
      other_minor, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'import', ?, ?)`,
  insertMovement:
    'INSERT INTO stock_movements (sku_id, kind, quantity, reason, ref, actor_id, at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
  insertListing: `INSERT INTO listings (id, sku_id, storefront_id, external_sku_id, external_item_id, price_minor, status,
      price_floor_minor, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, 'on_sale', NULL, ?, ?)`,
  updateListing: 'UPDATE listings SET price_minor = ?, external_sku_id = ?, updated_at = ? WHERE id = ?',
  insertPriceChange:
    'INSERT INTO price_history (listing_id, old_price, new_price, reason, actor_id, at) VALUES (?, ?, ?, ?, ?, ?)',
  insertAudit:
    'INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
} as const;
type Statements = { [K in keyof typeof SQL]: BetterSqlite3.Statement };

/** Prepared once per connection: preparing costs more than running for a one-row insert. */
const cache = new WeakMap<BetterSqlite3.Database, Statements>();
function statements(sqlite: BetterSqlite3.Database): Statements {
  let s = cache.get(sqlite);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, sqlite.prepare(sql)])) as Statements;
    cache.set(sqlite, s);
  }
  return s;
}

interface ProductFields {
  name: string;
  category: string | null;
  brand: string | null;
}

const BATCH = 500;
const sameCost = (a: CostParts, b: CostParts): boolean =>
  a.purchase === b.purchase && a.packaging === b.packaging && a.freight === b.freight && a.other === b.other;

/**
 * Writes validated rows in ONE transaction. It yields to the event loop between batches so a worker can
 * hear "cancel"; cancel (or any error) rolls everything back, so a file is applied whole or not at all.
 * Changed costs become new dated rows; stock changes become movements; prices go to price_history.
 */
export async function applyRows(
  sqlite: BetterSqlite3.Database,
  rows: ParsedRow[],
  snap: CatalogSnapshot,
  io: ApplyIo,
  at: string,
  source: string,
): Promise<ApplyCounts> {
  const st = statements(sqlite);
  const counts: ApplyCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const products = new Map(snap.productsByName);
  // A product's fields as this import left them, so its second SKU row does not count as a change again.
  const productFields = new Map<string, ProductFields>();
  const actor = snap.actorId;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    for (let i = 0; i < rows.length; i++) {
      if (i % BATCH === 0) {
        io.progress(i, rows.length);
        await new Promise((resolve) => setImmediate(resolve));
        if (io.cancelled) throw new ImportCancelled();
      }
      const row = rows[i]!;
      const existing = snap.skus.get(row.code);
      if (!existing) {
        insertRow(st, row, products, actor, at);
        counts.inserted++;
      } else if (updateRow(st, row, existing, productFields, actor, at)) counts.updated++;
      else counts.unchanged++;
    }
    if (io.cancelled) throw new ImportCancelled();
    st.insertAudit.run(at, actor, 'catalog', 'import', 'import', JSON.stringify({ source, ...counts }));
    sqlite.exec('COMMIT');
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw err;
  }
  io.progress(rows.length, rows.length);
  return counts;
}

function insertRow(
  st: Statements,
  row: ParsedRow,
  products: Map<string, string>,
  actor: string | null,
  at: string,
): void {
  let productId = products.get(row.productName);
  if (!productId) {
    productId = newId();
    st.insertProduct.run(productId, row.productName, row.category ?? null, row.brand ?? null, at, at);
    products.set(row.productName, productId);
  }
  const skuId = newId();
  const stock = row.stock ?? 0;
  st.insertSku.run(
    skuId,
    productId,
    row.code,
    row.name!,
    row.barcode ?? null,
    row.weightG ?? null,
    stock,
    row.reorder ?? 0,
    row.band ?? 'mid',
    at,
    at,
  );
  st.insertCost.run(
    newId(),
    skuId,
    at,
    row.purchase ?? 0,
    row.packaging ?? 0,
    row.freight ?? 0,
    row.other ?? 0,
    actor,
    at,
  );
  if (stock > 0) st.insertMovement.run(skuId, 'receipt', stock, 'opening stock', actor, at);
  for (const l of row.listings) {
    const id = newId();
    st.insertListing.run(id, skuId, l.storefrontId, l.externalSkuId ?? null, l.price!, at, at);
    st.insertPriceChange.run(id, null, l.price!, 'import', actor, at);
  }
}

/** Applies only what differs; returns whether anything did. */
function updateRow(
  st: Statements,
  row: ParsedRow,
  sku: ExistingSku,
  productFields: Map<string, ProductFields>,
  actor: string | null,
  at: string,
): boolean {
  let changed = false;
  const was = productFields.get(sku.productId) ?? {
    name: sku.productName,
    category: sku.category,
    brand: sku.brand,
  };
  const product: ProductFields = {
    name: row.productName,
    category: row.category ?? was.category,
    brand: row.brand ?? was.brand,
  };
  if (product.name !== was.name || product.category !== was.category || product.brand !== was.brand) {
    st.updateProduct.run(product.name, product.category, product.brand, at, sku.productId);
    productFields.set(sku.productId, product);
    changed = true;
  }
  const next = {
    name: row.name ?? sku.name,
    barcode: row.barcode ?? sku.barcode,
    weightG: row.weightG ?? sku.weightG,
    stock: row.stock ?? sku.stock,
    reorder: row.reorder ?? sku.reorder,
    band: row.band ?? sku.band,
  };
  if (
    next.name !== sku.name ||
    next.barcode !== sku.barcode ||
    next.weightG !== sku.weightG ||
    next.stock !== sku.stock ||
    next.reorder !== sku.reorder ||
    next.band !== sku.band
  ) {
    st.updateSku.run(next.name, next.barcode, next.weightG, next.stock, next.reorder, next.band, at, sku.id);
    if (next.stock !== sku.stock)
      st.insertMovement.run(sku.id, 'adjustment', next.stock - sku.stock, 'import', actor, at);
    changed = true;
  }
  const current = sku.cost ?? { purchase: 0, packaging: 0, freight: 0, other: 0 };
  const cost: CostParts = {
    purchase: row.purchase ?? current.purchase,
    packaging: row.packaging ?? current.packaging,
    freight: row.freight ?? current.freight,
    other: row.other ?? current.other,
  };
  const given = [row.purchase, row.packaging, row.freight, row.other].some((v) => v !== undefined);
  if (sku.cost ? !sameCost(cost, sku.cost) : given) {
    st.insertCost.run(
      newId(),
      sku.id,
      at,
      cost.purchase,
      cost.packaging,
      cost.freight,
      cost.other,
      actor,
      at,
    );
    changed = true;
  }
  for (const l of row.listings) {
    const before = sku.listings.get(l.storefrontId);
    if (!before) {
      const id = newId();
      st.insertListing.run(id, sku.id, l.storefrontId, l.externalSkuId ?? null, l.price!, at, at);
      st.insertPriceChange.run(id, null, l.price!, 'import', actor, at);
      changed = true;
      continue;
    }
    const price = l.price ?? before.price;
    const external = l.externalSkuId ?? before.externalSkuId;
    if (price !== before.price || external !== before.externalSkuId) {
      st.updateListing.run(price, external, at, before.id);
      if (price !== before.price)
        st.insertPriceChange.run(before.id, before.price, price, 'import', actor, at);
      changed = true;
    }
  }
  return changed;
}
