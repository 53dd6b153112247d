import type { Sqlite } from '../db/connection';
import type { PriceSpreadListing, PriceSpreadReport, PriceSpreadRow } from '../../../shared/domain/pricing';
import { foreignToBase } from '../../../shared/logic/fx';
import { roundHalfAwayFromZero } from '../../../shared/logic/fraction';
import {
  DEFAULT_PRICE_SPREAD_ALERT_BP,
  isSpreadFlagged,
  spreadBp,
} from '../../../shared/logic/pricing/price-spread';
import { ratesToday, readShop, readStorefronts, stmt } from './raw-context';

/**
 * Cross-storefront consistency: every SKU listed on ≥ 2 live storefronts, prices compared in the base
 * currency at today's FX rate. Listings in a currency without a rate are left out and the currency named.
 */
export function priceSpread(sqlite: Sqlite, thresholdBp?: number): PriceSpreadReport {
  const shop = readShop(sqlite);
  const stored = shop.raw.get('priceSpreadAlertBp');
  const threshold = thresholdBp ?? (typeof stored === 'number' ? stored : DEFAULT_PRICE_SPREAD_ALERT_BP);
  const storefronts = readStorefronts(sqlite);
  const rates = ratesToday(
    sqlite,
    shop,
    [...storefronts.values()].map((s) => s.currency),
  );
  const listings = stmt(
    sqlite,
    `SELECT l.id, l.sku_id, l.storefront_id, l.price_minor, s.code, s.name
       FROM listings l JOIN skus s ON s.id = l.sku_id JOIN storefronts f ON f.id = l.storefront_id
      WHERE s.archived = 0 AND f.archived = 0
        AND l.sku_id IN (SELECT sku_id FROM listings GROUP BY sku_id HAVING count(*) >= 2)
      ORDER BY s.code, f.name`,
  ).all() as {
    id: string;
    sku_id: string;
    storefront_id: string;
    price_minor: number;
    code: string;
    name: string;
  }[];

  const missing = new Set<string>();
  const bySku = new Map<string, { code: string; name: string; listings: PriceSpreadListing[] }>();
  for (const l of listings) {
    const storefront = storefronts.get(l.storefront_id)!;
    const rate = rates.get(storefront.currency);
    if (!rate) {
      missing.add(storefront.currency);
      continue;
    }
    const entry = bySku.get(l.sku_id) ?? { code: l.code, name: l.name, listings: [] };
    bySku.set(l.sku_id, entry);
    entry.listings.push({
      listingId: l.id,
      storefrontId: storefront.id,
      storefrontName: storefront.name,
      currency: storefront.currency,
      priceMinor: l.price_minor,
      priceBaseMinor: roundHalfAwayFromZero(
        foreignToBase(l.price_minor, storefront.currency, shop.baseCurrency, rate),
      ),
    });
  }
  const rows: PriceSpreadRow[] = [];
  for (const [skuId, entry] of bySku) {
    if (entry.listings.length < 2) continue;
    const prices = entry.listings.map((l) => l.priceBaseMinor);
    const min = Math.min(...prices);
    const max = Math.max(...prices);
    const spread = spreadBp(min, max);
    rows.push({
      skuId,
      skuCode: entry.code,
      skuName: entry.name,
      listings: entry.listings,
      minBaseMinor: min,
      maxBaseMinor: max,
      spreadBp: spread,
      flagged: isSpreadFlagged(spread, threshold),
    });
  }
  rows.sort((a, b) => (b.spreadBp ?? -1) - (a.spreadBp ?? -1) || a.skuCode.localeCompare(b.skuCode));
  return {
    baseCurrency: shop.baseCurrency,
    thresholdBp: threshold,
    rows,
    flaggedCount: rows.filter((r) => r.flagged).length,
    missingFx: [...missing].sort(),
  };
}
