import type { Db, Sqlite } from '../db/connection';
import type { RepricingApply, RepricingQuery } from '../../../shared/api/schemas/pricing';
import type {
  RepricingCounts,
  RepricingPreview,
  RepricingResult,
  RepricingRow,
} from '../../../shared/domain/pricing';
import { notFound } from '../../../shared/api/result';
import { nowIso } from '../../../shared/logic/ids';
import { baseToForeign, foreignToBase, parseFxRate } from '../../../shared/logic/fx';
import { div, frac, mul, type Fraction } from '../../../shared/logic/fraction';
import { currencyMinorDigits } from '../../../shared/logic/decimal';
import {
  commissionRateFor,
  effectiveFloor,
  figuresAt,
  priceFloor,
  repriceOne,
  type PriceSetup,
} from '../../../shared/logic/pricing';
import { belowFloorError, overrideNote } from './price-floor-guard';
import { ratesToday, readShop, readStorefronts, stmt, type ShopBasics } from './raw-context';

interface Candidate {
  listingId: string;
  skuId: string;
  storefrontId: string;
  priceMinor: number;
  listingFloorMinor: number | null;
  skuCode: string;
  skuName: string;
  category: string | null;
  /** Full unit cost in force now, base-currency minor units; null when every cost row is in the future. */
  costMinor: number | null;
}

/** Selected listings of live SKUs on live storefronts; one statement per filter combination, cached. */
function selectCandidates(sqlite: Sqlite, selection: RepricingQuery['selection'], at: string): Candidate[] {
  const where = ['s.archived = 0', 'p.archived = 0', 'f.archived = 0'];
  const params: unknown[] = [at];
  const filter = (condition: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(condition);
    params.push(value);
  };
  filter('l.storefront_id = ?', selection.storefrontId);
  filter('p.category = ?', selection.category);
  filter('p.brand = ?', selection.brand);
  filter('s.price_band = ?', selection.band);
  const text = `SELECT l.id AS listingId, l.sku_id AS skuId, l.storefront_id AS storefrontId,
      l.price_minor AS priceMinor, l.price_floor_minor AS listingFloorMinor, s.code AS skuCode,
      s.name AS skuName, p.category AS category,
      (SELECT c.purchase_minor + c.packaging_minor + c.inbound_freight_minor + c.other_minor FROM sku_costs c
        WHERE c.sku_id = l.sku_id AND c.effective_from <= ? ORDER BY c.effective_from DESC LIMIT 1) AS costMinor
    FROM listings l JOIN skus s ON s.id = l.sku_id JOIN products p ON p.id = s.product_id
      JOIN storefronts f ON f.id = l.storefront_id
    WHERE ${where.join(' AND ')} ORDER BY f.name, s.code`;
  return stmt(sqlite, text).all(...params) as Candidate[];
}

/** Minor units of `from` → exact minor units of `to`, through the base currency at today's rates. */
function convert(minor: number, from: string, to: string, base: string, rates: Map<string, string | null>) {
  if (from === to) return frac(minor);
  const fromRate = rates.get(from);
  const toRate = rates.get(to);
  if (!fromRate || !toRate) return null;
  const baseMinor: Fraction = foreignToBase(minor, from, base, fromRate);
  if (to === base) return baseMinor;
  // base minor → base major → ÷ rate → target major → target minor, all exact.
  const major = div(div(baseMinor, frac(10 ** currencyMinorDigits(base))), parseFxRate(toRate)!);
  return mul(major, frac(10 ** currencyMinorDigits(to)));
}

/**
 * Every selected listing's new price under the rule, with margins before/after and its floor. Reads only,
 * synchronously, so applyRepricing can run the very same computation inside its write transaction.
 */
export function planRepricing(sqlite: Sqlite, query: RepricingQuery, shop: ShopBasics = readShop(sqlite)) {
  const storefronts = readStorefronts(sqlite);
  if (query.selection.storefrontId && !storefronts.has(query.selection.storefrontId)) {
    throw notFound('storefront', query.selection.storefrontId);
  }
  const rule = query.rule;
  const reference = new Map<string, number>();
  if (rule.kind === 'match') {
    if (!storefronts.has(rule.storefrontId)) throw notFound('storefront', rule.storefrontId);
    const rows = stmt(sqlite, 'SELECT sku_id, price_minor FROM listings WHERE storefront_id = ?').all(
      rule.storefrontId,
    ) as { sku_id: string; price_minor: number }[];
    for (const r of rows) reference.set(r.sku_id, r.price_minor);
  }
  const rates = ratesToday(
    sqlite,
    shop,
    [...storefronts.values()].map((s) => s.currency),
  );
  const ending = query.ending ?? null;
  const rows: RepricingRow[] = [];
  for (const c of selectCandidates(sqlite, query.selection, nowIso())) {
    const storefront = storefronts.get(c.storefrontId)!;
    const rate = rates.get(storefront.currency) ?? null;
    let setup: PriceSetup | null = null;
    if (c.costMinor !== null && rate !== null) {
      const rules = storefront.feeRules;
      setup = {
        unitCost: baseToForeign(c.costMinor, shop.baseCurrency, storefront.currency, rate),
        commissionRateBp: commissionRateFor(rules, c.category).rateBp,
        paymentFeeRateBp: rules.paymentFeeRateBp,
        fixedFeePerOrderMinor: rules.fixedFeeMinor,
        shippingPerOrderMinor: rules.shippingCostMinor,
        unitsPerOrder: 1,
        discountMinor: 0,
      };
    }
    let referencePrice: Fraction | null = null;
    if (rule.kind === 'match' && reference.has(c.skuId)) {
      const refCurrency = storefronts.get(rule.storefrontId)!.currency;
      referencePrice = convert(
        reference.get(c.skuId)!,
        refCurrency,
        storefront.currency,
        shop.baseCurrency,
        rates,
      );
    }
    const outcome = repriceOne(
      {
        currency: storefront.currency,
        oldPriceMinor: c.priceMinor,
        setup,
        setupMissing: c.costMinor === null ? 'noCost' : 'fxMissing',
        referencePrice,
        isReference: rule.kind === 'match' && c.storefrontId === rule.storefrontId,
      },
      rule,
      ending,
    );
    const floorMinor = effectiveFloor(
      c.listingFloorMinor,
      setup ? priceFloor(setup, shop.minMarginBp) : { ok: false, reason: 'feesTooHigh' },
    );
    const newPriceMinor = outcome.ok ? outcome.priceMinor : null;
    const changed = newPriceMinor !== null && newPriceMinor !== c.priceMinor;
    rows.push({
      listingId: c.listingId,
      skuId: c.skuId,
      skuCode: c.skuCode,
      skuName: c.skuName,
      storefrontId: c.storefrontId,
      storefrontName: storefront.name,
      currency: storefront.currency,
      oldPriceMinor: c.priceMinor,
      newPriceMinor,
      marginBeforeBp: setup ? figuresAt(setup, c.priceMinor).marginBp : null,
      marginAfterBp: setup && newPriceMinor !== null ? figuresAt(setup, newPriceMinor).marginBp : null,
      floorMinor,
      // Only a change can break the floor: an unchanged price is not written, so it is not refused.
      belowFloor: changed && floorMinor !== null && newPriceMinor < floorMinor,
      ...(outcome.ok ? {} : { skipReason: outcome.reason }),
    });
  }
  return { rows, counts: countRows(rows) };
}

function countRows(rows: RepricingRow[]): RepricingCounts {
  const counts = { selected: rows.length, changed: 0, unchanged: 0, skipped: 0, belowFloor: 0 };
  for (const r of rows) {
    if (r.newPriceMinor === null) counts.skipped++;
    else if (r.newPriceMinor === r.oldPriceMinor) counts.unchanged++;
    else counts.changed++;
    if (r.belowFloor) counts.belowFloor++;
  }
  return counts;
}

export const previewRepricing = (sqlite: Sqlite, query: RepricingQuery): RepricingPreview =>
  planRepricing(sqlite, query);

/**
 * Recomputes the plan (client prices are never trusted) and writes every changed price with its history row
 * in ONE transaction on cached prepared statements. Holding Kysely's connection first keeps any Kysely
 * transaction (same single connection) from interleaving with ours.
 */
export async function applyRepricing(
  db: Db,
  sqlite: Sqlite,
  input: RepricingApply,
): Promise<RepricingResult> {
  return db.connection().execute(async () => applyRepricingNow(sqlite, input));
}

/** The synchronous core of applyRepricing (the bench calls it directly). */
export function applyRepricingNow(sqlite: Sqlite, input: RepricingApply): RepricingResult {
  return sqlite.transaction((): RepricingResult => {
    const shop = readShop(sqlite);
    const { rows, counts } = planRepricing(sqlite, input, shop);
    const below = rows.filter((r) => r.belowFloor);
    if (below.length && !input.overrideReason) {
      throw belowFloorError(
        below[0]!.newPriceMinor!,
        below[0]!.floorMinor!,
        below[0]!.currency,
        below.length,
      );
    }
    const now = nowIso();
    const reason = input.reason ?? 'bulk repricing';
    const update = stmt(sqlite, 'UPDATE listings SET price_minor = ?, updated_at = ? WHERE id = ?');
    const history = stmt(
      sqlite,
      'INSERT INTO price_history (listing_id, old_price, new_price, reason, actor_id, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    let updated = 0;
    for (const r of rows) {
      if (r.newPriceMinor === null || r.newPriceMinor === r.oldPriceMinor) continue;
      update.run(r.newPriceMinor, now, r.listingId);
      const why = r.belowFloor ? overrideNote(reason, input.overrideReason!) : reason;
      history.run(r.listingId, r.oldPriceMinor, r.newPriceMinor, why, shop.actingStaffId, now);
      updated++;
    }
    // One audit row for the whole run: the per-listing trail is price_history.
    stmt(
      sqlite,
      'INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      now,
      shop.actingStaffId,
      'repricing',
      input.selection.storefrontId ?? '*',
      'apply',
      JSON.stringify({
        selection: input.selection,
        rule: input.rule,
        ending: input.ending ?? null,
        reason,
        overrideReason: input.overrideReason ?? null,
        counts,
        updated,
      }),
    );
    return { updated, counts };
  })();
}
