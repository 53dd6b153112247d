import type BetterSqlite3 from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import type { FeeRules } from '../../../shared/domain/storefronts';
import { localDate } from '../../../shared/logic/dates';
import { nowIso } from '../../../shared/logic/ids';
import { defaultSettings } from '../settings/service';

/**
 * Synchronous reads on the raw connection for the bulk pricing paths (ARCHITECTURE: bulk paths use cached
 * prepared statements, not Kysely). Being synchronous, a read-compute-write sequence runs inside one
 * better-sqlite3 transaction with nothing interleaved.
 */
const cache = new WeakMap<Sqlite, Map<string, BetterSqlite3.Statement>>();

/** The prepared statement for `text` on this connection, prepared once. */
export function stmt(sqlite: Sqlite, text: string): BetterSqlite3.Statement {
  let byText = cache.get(sqlite);
  if (!byText) cache.set(sqlite, (byText = new Map()));
  let statement = byText.get(text);
  if (!statement) byText.set(text, (statement = sqlite.prepare(text)));
  return statement;
}

export interface ShopBasics {
  baseCurrency: string;
  timezone: string;
  minMarginBp: number;
  actingStaffId: string | null;
  /** Any other stored setting, JSON-parsed (e.g. priceSpreadAlertBp). */
  raw: Map<string, unknown>;
}

export function readShop(sqlite: Sqlite): ShopBasics {
  const rows = stmt(sqlite, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const raw = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const defaults = defaultSettings();
  const pick = <T>(key: string, fallback: T): T => (raw.has(key) ? (raw.get(key) as T) : fallback);
  return {
    baseCurrency: pick('baseCurrency', defaults.baseCurrency),
    timezone: pick('timezone', defaults.timezone),
    minMarginBp: pick('minMarginBp', defaults.minMarginBp),
    actingStaffId: pick<string | null>('actingStaffId', null),
    raw,
  };
}

export interface RawStorefront {
  id: string;
  name: string;
  currency: string;
  archived: boolean;
  feeRules: FeeRules;
}

export function readStorefronts(sqlite: Sqlite): Map<string, RawStorefront> {
  const rows = stmt(
    sqlite,
    `SELECT id, name, currency, archived, commission_rate_bp, payment_fee_rate_bp, fixed_fee_minor,
            shipping_cost_minor FROM storefronts`,
  ).all() as {
    id: string;
    name: string;
    currency: string;
    archived: number;
    commission_rate_bp: number;
    payment_fee_rate_bp: number;
    fixed_fee_minor: number;
    shipping_cost_minor: number;
  }[];
  const overrides = stmt(
    sqlite,
    'SELECT storefront_id, category, rate_bp FROM storefront_category_commissions',
  ).all() as { storefront_id: string; category: string; rate_bp: number }[];
  const result = new Map<string, RawStorefront>();
  for (const r of rows) {
    result.set(r.id, {
      id: r.id,
      name: r.name,
      currency: r.currency,
      archived: r.archived === 1,
      feeRules: {
        commissionRateBp: r.commission_rate_bp,
        paymentFeeRateBp: r.payment_fee_rate_bp,
        fixedFeeMinor: r.fixed_fee_minor,
        shippingCostMinor: r.shipping_cost_minor,
        categoryCommissions: overrides
          .filter((o) => o.storefront_id === r.id)
          .map((o) => ({ category: o.category, rateBp: o.rate_bp })),
      },
    });
  }
  return result;
}

/**
 * Today's rate (shop's time zone) of every currency asked for: "1" for the base currency, null when none was
 * entered on or before today. Looked up once per currency, not once per listing.
 */
export function ratesToday(
  sqlite: Sqlite,
  shop: ShopBasics,
  currencies: Iterable<string>,
): Map<string, string | null> {
  const today = localDate(nowIso(), shop.timezone);
  const rates = new Map<string, string | null>();
  for (const currency of currencies) {
    if (rates.has(currency)) continue;
    if (currency === shop.baseCurrency) {
      rates.set(currency, '1');
      continue;
    }
    const row = stmt(
      sqlite,
      'SELECT rate FROM fx_rates WHERE currency = ? AND date <= ? ORDER BY date DESC LIMIT 1',
    ).get(currency, today) as { rate: string } | undefined;
    rates.set(currency, row?.rate ?? null);
  }
  return rates;
}
