import type { Sqlite } from '../db/connection';
import type { CampaignSummary } from '../../../shared/domain/promotions';
import { localDate } from '../../../shared/logic/dates';
import { baseToForeign } from '../../../shared/logic/fx';
import {
  commissionRateFor,
  effectiveFloor,
  priceFloor,
  type PriceSetup,
} from '../../../shared/logic/pricing';
import type { GuardCampaign, GuardListing } from '../../../shared/logic/promotions';
import { readShop, readStorefronts, stmt, type ShopBasics } from '../pricing/raw-context';

/** The rate in force on a shop-zone day: "1" for the base currency, null when none was entered by then. */
function rateOn(sqlite: Sqlite, shop: ShopBasics, currency: string, at: string): string | null {
  if (currency === shop.baseCurrency) return '1';
  const row = stmt(
    sqlite,
    'SELECT rate FROM fx_rates WHERE currency = ? AND date <= ? ORDER BY date DESC LIMIT 1',
  ).get(currency, localDate(at, shop.timezone)) as { rate: string } | undefined;
  return row?.rate ?? null;
}

/** Full unit cost (base minor units) of a SKU in force at `at`; null when every cost row starts later. */
function costAt(sqlite: Sqlite, skuId: string, at: string): number | null {
  const row = stmt(
    sqlite,
    `SELECT purchase_minor + packaging_minor + inbound_freight_minor + other_minor AS total FROM sku_costs
      WHERE sku_id = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1`,
  ).get(skuId, at) as { total: number } | undefined;
  return row?.total ?? null;
}

export function toGuardCampaign(sqlite: Sqlite, c: CampaignSummary, shop = readShop(sqlite)): GuardCampaign {
  let giftUnitCost = null;
  if (c.terms.type === 'gift') {
    const cost = costAt(sqlite, c.terms.giftSkuId, c.startAt);
    const rate = rateOn(sqlite, shop, c.currency, c.startAt);
    if (cost !== null && rate !== null)
      giftUnitCost = baseToForeign(cost, shop.baseCurrency, c.currency, rate);
  }
  return {
    id: c.id,
    type: c.type,
    stacksWith: c.stacksWith,
    terms: c.terms,
    startAt: c.startAt,
    endAt: c.endAt,
    storefrontIds: c.storefrontIds,
    scope: c.scope,
    giftUnitCost,
  };
}

interface ListingRow {
  listingId: string;
  skuId: string;
  storefrontId: string;
  priceMinor: number;
  listingFloorMinor: number | null;
  skuCode: string;
  skuName: string;
  category: string | null;
  brand: string | null;
  costMinor: number | null;
}

/**
 * The on-sale listings of live SKUs on the given storefronts, each with its price, floor and margin set-up at
 * `at` (the campaign's start): the last price set on or before then (price history; the price now when the
 * listing is younger, or `at` is still to come), the listing's own floor, else break-even + the shop's minimum
 * margin with the cost in force then, converted at that day's FX rate — the pricing workbench's own rule.
 */
export function loadGuardListings(
  sqlite: Sqlite,
  storefrontIds: readonly string[],
  at: string,
): GuardListing[] {
  if (!storefrontIds.length) return [];
  const shop = readShop(sqlite);
  const storefronts = readStorefronts(sqlite);
  const rows = stmt(
    sqlite,
    `SELECT l.id AS listingId, l.sku_id AS skuId, l.storefront_id AS storefrontId,
          COALESCE((SELECT h.new_price FROM price_history h WHERE h.listing_id = l.id AND h.at <= ?
            ORDER BY h.at DESC, h.id DESC LIMIT 1), l.price_minor) AS priceMinor,
          l.price_floor_minor AS listingFloorMinor, s.code AS skuCode, s.name AS skuName,
          p.category AS category, p.brand AS brand,
          (SELECT c.purchase_minor + c.packaging_minor + c.inbound_freight_minor + c.other_minor FROM sku_costs c
            WHERE c.sku_id = l.sku_id AND c.effective_from <= ? ORDER BY c.effective_from DESC LIMIT 1) AS costMinor
        FROM listings l JOIN skus s ON s.id = l.sku_id JOIN products p ON p.id = s.product_id
        WHERE l.storefront_id IN (SELECT value FROM json_each(?)) AND l.status = 'on_sale' AND s.archived = 0 AND p.archived = 0
        ORDER BY s.code, l.storefront_id`,
  ).all(at, at, JSON.stringify(storefrontIds)) as ListingRow[];
  const rates = new Map<string, string | null>();
  return rows.map((r): GuardListing => {
    const storefront = storefronts.get(r.storefrontId)!;
    if (!rates.has(storefront.currency))
      rates.set(storefront.currency, rateOn(sqlite, shop, storefront.currency, at));
    const rate = rates.get(storefront.currency) ?? null;
    let setup: PriceSetup | null = null;
    if (r.costMinor !== null && rate !== null) {
      const rules = storefront.feeRules;
      setup = {
        unitCost: baseToForeign(r.costMinor, shop.baseCurrency, storefront.currency, rate),
        commissionRateBp: commissionRateFor(rules, r.category).rateBp,
        paymentFeeRateBp: rules.paymentFeeRateBp,
        fixedFeePerOrderMinor: rules.fixedFeeMinor,
        shippingPerOrderMinor: rules.shippingCostMinor,
        unitsPerOrder: 1,
        discountMinor: 0,
      };
    }
    const floorMinor = effectiveFloor(
      r.listingFloorMinor,
      setup ? priceFloor(setup, shop.minMarginBp) : { ok: false, reason: 'feesTooHigh' },
    );
    return {
      listingId: r.listingId,
      skuId: r.skuId,
      skuCode: r.skuCode,
      skuName: r.skuName,
      storefrontId: r.storefrontId,
      currency: storefront.currency,
      category: r.category,
      brand: r.brand,
      listPriceMinor: r.priceMinor,
      floorMinor,
      setup,
    };
  });
}
