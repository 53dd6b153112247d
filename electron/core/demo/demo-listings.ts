import type BetterSqlite3 from 'better-sqlite3';
import type { DemoListing, DemoStorefront, DemoUnmatched } from './demo-order-shape';

/**
 * Codes in the storefronts' exports that no SKU claims: a variant that was never added to the catalog, a gift,
 * a live-stream bundle, an item id nobody linked. Imports queue them for matching; the demo does the same.
 */
const unmatchedByPlatform: Record<string, DemoUnmatched[]> = {
  tmall: [
    { code: 'JJ019-01', title: '北欧棉麻抱枕套 限定款', priceMinor: 4900 },
    { code: 'GIFT-TM-001', title: '赠品 香薰小样', priceMinor: 0 },
  ],
  jd: [{ code: '100012345678', title: '厨房收纳三件套（未关联）', priceMinor: 8900 }],
  pinduoduo: [
    { code: 'PDD-CF099-01', title: '厨房好物组合装', priceMinor: 3990 },
    { code: 'PDD-TZ-2', title: '两件套 特惠', priceMinor: 2990 },
  ],
  douyin: [{ code: 'DY-ZB-0618', title: '直播间专享套装', priceMinor: 9900 }],
  shopify: [
    { code: 'BUNDLE-HOME-US', title: 'Cozy Home Bundle', priceMinor: 5999 },
    { code: 'GIFT-CARD-25', title: 'Gift Card $25', priceMinor: 2500 },
  ],
};

interface ListingRow {
  storefront_id: string;
  sku_id: string;
  external_sku_id: string | null;
  price_minor: number;
  code: string;
  variant: string;
  product: string;
}

/**
 * The demo storefronts with what each sells: listings on sale, named as that platform's export names them
 * (Tmall and Douyin by our code, JD mostly by its own item id, Pinduoduo by an alias where the seller kept an
 * old code, Shopify by its SKU), and a seeded popularity (the same few SKUs sell best everywhere).
 */
export function loadDemoStorefronts(sqlite: BetterSqlite3.Database, rnd: () => number): DemoStorefront[] {
  const storefronts = sqlite
    .prepare('SELECT id, platform, currency FROM storefronts ORDER BY name')
    .all() as { id: string; platform: string; currency: string }[];
  const rows = sqlite
    .prepare(
      `SELECT l.storefront_id, l.sku_id, l.external_sku_id, l.price_minor, s.code, s.name AS variant, p.name AS product
         FROM listings l JOIN skus s ON s.id = l.sku_id JOIN products p ON p.id = s.product_id
        WHERE l.status = 'on_sale' AND s.archived = 0 ORDER BY s.code, l.storefront_id`,
    )
    .all() as ListingRow[];
  const aliases = new Map<string, string>();
  for (const a of sqlite
    .prepare('SELECT storefront_id, alias, sku_id FROM sku_aliases ORDER BY alias')
    .all() as {
    storefront_id: string;
    alias: string;
    sku_id: string;
  }[]) {
    aliases.set(`${a.storefront_id}\u0000${a.sku_id}`, a.alias);
  }
  // One popularity per SKU (bestsellers sell everywhere), varied a little per storefront.
  const codes = [...new Set(rows.map((r) => r.code))];
  const rank = new Map<string, number>();
  for (const code of codes) rank.set(code, rnd());
  const ordered = [...codes].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const popularity = new Map(ordered.map((code, i) => [code, 1 / (i + 1) ** 0.9]));

  return storefronts.map((sf, index) => {
    const listings: DemoListing[] = [];
    const weights: number[] = [];
    for (const row of rows) {
      if (row.storefront_id !== sf.id) continue;
      let lineCode = row.code;
      if (sf.platform === 'shopify' && row.external_sku_id) lineCode = row.external_sku_id;
      else if (sf.platform === 'jd' && row.external_sku_id && rnd() < 0.7) lineCode = row.external_sku_id;
      else if (sf.platform === 'pinduoduo') lineCode = aliases.get(`${sf.id}\u0000${row.sku_id}`) ?? row.code;
      listings.push({
        skuId: row.sku_id,
        lineCode,
        title: `${row.product} ${row.variant}`,
        priceMinor: row.price_minor,
      });
      weights.push(popularity.get(row.code)! * (0.5 + rnd()));
    }
    const cumulative = new Float64Array(weights.length);
    weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
    return {
      index,
      id: sf.id,
      platform: sf.platform,
      currency: sf.currency,
      market: sf.currency === 'CNY' ? 'cn' : 'us',
      listings,
      popularity: cumulative,
      unmatched: unmatchedByPlatform[sf.platform] ?? [],
      numbered: 0,
    } satisfies DemoStorefront;
  });
}
