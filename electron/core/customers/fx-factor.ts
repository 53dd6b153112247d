import type { Sqlite } from '../db/connection';
import { currencyMinorDigits } from '../../../shared/logic/decimal';

interface RateTable {
  base: string;
  baseDigits: number;
  /** Per currency: rate dates ascending and rate × 10^(base digits − currency digits) beside them. */
  byCurrency: Map<string, { dates: string[]; factors: number[] }>;
}

const tables = new WeakMap<Sqlite, RateTable>();

/**
 * Registers `cd_fx_factor(currency, date)` on the connection: the number that turns minor units of
 * `currency` into base-currency minor units at the rate in force on `date` (the latest one entered on or
 * before it, like fx/service.ts rateOn), or NULL when there is none. Rates are read once per refresh
 * (`loadRates`), so a bulk refresh costs one binary search per order instead of one query per order.
 *
 * The factor is a double: a per-customer sum of up to millions of minor units stays exact to far below one
 * minor unit, and the total is rounded once at the end (METRICS.md), which exact fractions per order
 * (shared/logic/fx.ts) would make several times slower at 1,000,000 orders.
 */
export function loadRates(sqlite: Sqlite, baseCurrency: string): void {
  const rows = sqlite.prepare('SELECT currency, date, rate FROM fx_rates ORDER BY currency, date').all() as {
    currency: string;
    date: string;
    rate: string;
  }[];
  const baseDigits = currencyMinorDigits(baseCurrency);
  const byCurrency: RateTable['byCurrency'] = new Map();
  for (const r of rows) {
    let entry = byCurrency.get(r.currency);
    if (!entry) byCurrency.set(r.currency, (entry = { dates: [], factors: [] }));
    entry.dates.push(r.date);
    entry.factors.push(Number(r.rate) * 10 ** (baseDigits - currencyMinorDigits(r.currency)));
  }
  const first = !tables.has(sqlite);
  tables.set(sqlite, { base: baseCurrency, baseDigits, byCurrency });
  if (first) {
    sqlite.function('cd_fx_factor', { deterministic: false }, (currency: unknown, date: unknown) =>
      factorOn(tables.get(sqlite)!, String(currency), String(date)),
    );
  }
}

function factorOn(table: RateTable, currency: string, date: string): number | null {
  if (currency === table.base) return 1;
  const entry = table.byCurrency.get(currency);
  if (!entry) return null;
  // Last rate date ≤ date.
  let lo = 0;
  let hi = entry.dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entry.dates[mid]! <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : entry.factors[found]!;
}
