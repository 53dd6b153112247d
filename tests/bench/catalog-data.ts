import type { Sqlite } from '../../electron/core/db/connection';

/** Deterministic PRNG (mulberry32): every run generates the same shop. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = ['家居', '数码', '服饰', '食品', '美妆'];
const BANDS = ['high', 'mid', 'low'];

/**
 * Products with 1–3 SKUs until `skuTotal` SKUs exist, each with one cost row and a listing on every storefront,
 * written with raw prepared inserts in one transaction (the way bulk paths write).
 */
export function generateCatalog(
  sqlite: Sqlite,
  storefrontIds: string[],
  skuTotal: number,
): { products: number } {
  const rand = prng(20261122);
  const now = '2026-01-01T00:00:00.000Z';
  const product = sqlite.prepare('INSERT INTO products VALUES (?, ?, ?, ?, 0, ?, ?)');
  const sku = sqlite.prepare('INSERT INTO skus VALUES (?, ?, ?, ?, ?, NULL, ?, 10, ?, 0, ?, ?)');
  const cost = sqlite.prepare('INSERT INTO sku_costs VALUES (?, ?, ?, ?, 200, 150, 50, NULL, NULL, ?)');
  const listing = sqlite.prepare(
    "INSERT INTO listings VALUES (?, ?, ?, NULL, NULL, ?, 'on_sale', NULL, ?, ?)",
  );
  let products = 0;
  sqlite.transaction(() => {
    let made = 0;
    while (made < skuTotal) {
      const p = `p${products}`;
      const category = CATEGORIES[products % CATEGORIES.length]!;
      product.run(p, `商品 ${products} ${category}`, category, `Brand ${products % 20}`, now, now);
      products++;
      const skus = Math.min(1 + Math.floor(rand() * 3), skuTotal - made);
      for (let i = 0; i < skus; i++, made++) {
        const s = `s${made}`;
        const purchase = 500 + Math.floor(rand() * 20_000);
        sku.run(
          s,
          p,
          `SKU-${String(made).padStart(6, '0')}`,
          `规格 ${i}`,
          `69${made}`,
          Math.floor(rand() * 50),
          BANDS[made % 3],
          now,
          now,
        );
        cost.run(`c${made}`, s, now, purchase, now);
        const price = Math.round(((purchase + 400) * 1.6) / 100) * 100 + 900;
        for (const storefrontId of storefrontIds)
          listing.run(`l${made}-${storefrontId}`, s, storefrontId, price, now, now);
      }
    }
  })();
  return { products };
}
