import type BetterSqlite3 from 'better-sqlite3';
import { newId, nowIso } from '../../../shared/logic/ids';
import { demoCategories } from './catalog-data';

/** Default seed: the same demo shop on every machine, so screenshots and support answers match. */
export const DEFAULT_DEMO_SEED = 20260101;
/** USD → CNY rate the demo adds to fx_rates for the Shopify store's prices. */
export const DEMO_USD_RATE = '7.12';

/** `--seed` as typed: a whole number is used as is, any other text is hashed (FNV-1a) to one. */
export function seedNumber(text: string): number {
  const t = text.trim();
  if (/^\d{1,9}$/.test(t)) return Number(t);
  let h = 2166136261;
  for (const ch of t) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough to make invented data look varied yet repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per-platform price habits against the Tmall price: JD a little higher, Pinduoduo and Douyin cheaper. */
const platformPricing: Record<string, { share: number; factor: number }> = {
  tmall: { share: 0.95, factor: 1 },
  jd: { share: 0.7, factor: 1.03 },
  pinduoduo: { share: 0.6, factor: 0.86 },
  douyin: { share: 0.5, factor: 0.94 },
  shopify: { share: 0.6, factor: 1.6 },
};

/** Prices end the way shoppers expect: ¥x9 / ¥x9.9 in China, $x.99 abroad. */
function charmPrice(yuan: number, usd: boolean): number {
  if (usd) return Math.max(99, Math.round(yuan) * 100 - 1);
  if (yuan < 30) return Math.max(190, Math.round(yuan) * 100 - 10);
  return Math.round(yuan / 10) * 1000 - 100;
}

export interface DemoCatalogCounts {
  products: number;
  skus: number;
  listings: number;
}

/**
 * Writes the demo catalog with raw prepared statements on the connection the caller's transaction runs
 * on (hundreds of rows: Kysely's per-row overhead would be most of the demo's start-up time).
 */
export interface DemoCatalogDates {
  /** When the shop's stock and costs start: before the demo's first order. */
  since: string;
  /** When some suppliers raised prices: orders before it keep the older cost (cost at order time). */
  costChangeAt?: string;
}

export function writeDemoCatalog(
  sqlite: BetterSqlite3.Database,
  storefronts: { id: string; platform: string; currency: string }[],
  seed = DEFAULT_DEMO_SEED,
  dates: DemoCatalogDates = { since: '2025-01-01T00:00:00.000Z' },
): DemoCatalogCounts {
  const rnd = mulberry32(seed);
  // Its own stream, so the price rises leave the catalog itself exactly as it was for a seed.
  const costRnd = mulberry32(seed ^ 0x3c057);
  const pick = <T>(items: T[]): T => items[Math.floor(rnd() * items.length)]!;
  const at = nowIso();
  const costFrom = dates.since;
  const st = {
    product: sqlite.prepare(
      'INSERT INTO products (id, name, category, brand, archived, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
    ),
    sku: sqlite.prepare(`INSERT INTO skus (id, product_id, code, name, barcode, weight_g, stock_on_hand, reorder_point,
      price_band, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`),
    cost: sqlite.prepare(`INSERT INTO sku_costs (id, sku_id, effective_from, purchase_minor, packaging_minor,
      inbound_freight_minor, other_minor, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`),
    movement: sqlite.prepare(
      "INSERT INTO stock_movements (sku_id, kind, quantity, reason, ref, actor_id, at) VALUES (?, 'receipt', ?, 'opening stock', NULL, NULL, ?)",
    ),
    listing:
      sqlite.prepare(`INSERT INTO listings (id, sku_id, storefront_id, external_sku_id, external_item_id,
      price_minor, status, price_floor_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'on_sale', NULL, ?, ?)`),
    price: sqlite.prepare(
      "INSERT INTO price_history (listing_id, old_price, new_price, reason, actor_id, at) VALUES (?, NULL, ?, 'listed', NULL, ?)",
    ),
    alias: sqlite.prepare(
      'INSERT INTO sku_aliases (storefront_id, alias, sku_id, created_at) VALUES (?, ?, ?, ?)',
    ),
  };
  const counts: DemoCatalogCounts = { products: 0, skus: 0, listings: 0 };
  const usdRate = Number(DEMO_USD_RATE);
  for (const cat of demoCategories) {
    cat.products.forEach((seedProduct, pi) => {
      const productId = newId();
      st.product.run(productId, seedProduct.name, cat.category, pick(cat.brands), at, at);
      counts.products++;
      const first = cat.variants[pi % cat.variants.length]!;
      const second = cat.variants[(pi + 1) % cat.variants.length]!;
      const variantCount = 2 + Math.floor(rnd() * 3);
      // Two options are not enough for four SKUs: combine two axes ("黑色 M") when one runs short.
      const axis =
        first.length >= variantCount ? first : first.flatMap((x) => second.map((y) => `${x} ${y}`));
      const band = seedProduct.price >= 150 ? 'high' : seedProduct.price >= 50 ? 'mid' : 'low';
      for (let v = 0; v < variantCount; v++) {
        const skuId = newId();
        const code = `${cat.code}${String(pi + 1).padStart(3, '0')}-${String(v + 1).padStart(2, '0')}`;
        // Bigger variants cost a little more: the spread keeps the pricing workbench interesting.
        const step = 1 + v * 0.08;
        const purchase = Math.round(seedProduct.cost * step * 100);
        const packaging = Math.round((0.3 + rnd() * 1.5) * 100);
        const freight = Math.round(seedProduct.weightG * (0.0008 + rnd() * 0.0006) * 100);
        const other = rnd() < 0.3 ? Math.round(rnd() * 100) : 0;
        const reorder = 5 + Math.floor(rnd() * 20);
        const lowStock = rnd() < 0.04;
        const stock = lowStock ? Math.floor(rnd() * reorder) : reorder + Math.floor(rnd() * 300);
        const barcode = `69${String(Math.floor(rnd() * 1e11)).padStart(11, '0')}`;
        st.sku.run(
          skuId,
          productId,
          code,
          axis[v]!,
          barcode,
          Math.round(seedProduct.weightG * step),
          stock,
          reorder,
          band,
          at,
          at,
        );
        st.cost.run(newId(), skuId, costFrom, purchase, packaging, freight, other, at);
        if (dates.costChangeAt && costRnd() < 0.25) {
          const raised = Math.round(purchase * (1.03 + costRnd() * 0.06));
          st.cost.run(newId(), skuId, dates.costChangeAt, raised, packaging, freight, other, at);
        }
        if (stock > 0) st.movement.run(skuId, stock, dates.since);
        counts.skus++;
        const retail = seedProduct.price * step;
        for (const sf of storefronts) {
          const rule = platformPricing[sf.platform];
          if (!rule || (sf.platform === 'shopify' && !cat.global) || rnd() > rule.share) continue;
          const usd = sf.currency === 'USD';
          const priceMinor = charmPrice(usd ? (retail * rule.factor) / usdRate : retail * rule.factor, usd);
          const listingId = newId();
          const externalSku = usd ? `${code}-US` : String(1e9 + Math.floor(rnd() * 9e9));
          st.listing.run(listingId, skuId, sf.id, externalSku, null, priceMinor, at, at);
          st.price.run(listingId, priceMinor, at);
          counts.listings++;
          // Pinduoduo sellers often keep an older code in the SKU field: an alias resolves it.
          if (sf.platform === 'pinduoduo' && rnd() < 0.15) st.alias.run(sf.id, `PDD-${code}`, skuId, at);
        }
      }
    });
  }
  return counts;
}
