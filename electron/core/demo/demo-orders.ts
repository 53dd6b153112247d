import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedOrder } from '../../../shared/domain/orders';
import { OrderWriter } from '../orders/import/write-orders';
import { refreshRollups } from '../orders/rollups/refresh-rollups';
import { cnHourWeights, festivalOf, isMidnightRushDay, usHourWeights } from './demo-calendar';
import { DemoCustomerPool } from './demo-customers';
import { mulberry32 } from './demo-catalog';
import { loadDemoStorefronts } from './demo-listings';
import { buildDemoOrder, type DemoStorefront } from './demo-order-shape';
import { demoWindow, planDailyCounts, type DemoWindow } from './demo-plan';
import { DemoStockKeeper } from './demo-stock';
import {
  demoCampaignAt,
  demoCampaignBoost,
  flashSkuIds,
  planDemoCampaigns,
  writeDemoCampaigns,
} from './demo-campaigns';
import { refreshAttribution } from '../promotions/attribution';

/** The first-run demo's orders: about 18 months of a small shop, generated in a few seconds. */
export const DEFAULT_DEMO_ORDERS = 15_000;
/**
 * Orders per transaction. Measured on 300,000 orders: 5,000 per batch slowed from 38 to 60 s per 100,000 as
 * the indexes grew (each commit rewrote thousands of index pages for a few rows each), 50,000 stayed at
 * 33–40 s. The WAL file stays a few hundred MB; the first-run demo is a single batch.
 */
export const DEMO_ORDERS_PER_TRANSACTION = 50_000;
const BATCH = DEMO_ORDERS_PER_TRANSACTION;
/** Page cache while the orders are written (KiB). */
const BULK_CACHE_KIB = 256 * 1024;
const HOUR_MS = 3_600_000;

export interface DemoOrdersOptions {
  count: number;
  seed: number;
  /** The moment the demo is created: the orders end here. */
  now: Date;
  shopTimezone: string;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoOrderCounts {
  orders: number;
  lines: number;
  customers: number;
  receipts: number;
  unmatchedCodes: number;
}

interface Slot {
  sf: DemoStorefront;
  ms: number;
  day: number;
}

const cumulativeOf = (weights: number[]): Float64Array => {
  const out = new Float64Array(weights.length);
  weights.reduce((sum, w, i) => (out[i] = sum + w), 0);
  return out;
};
const cnHours = cumulativeOf(cnHourWeights);
const cnRushHours = cumulativeOf(cnHourWeights.map((w, h) => (h === 0 ? w * 8 : w)));
const usHours = cumulativeOf(usHourWeights);

/** A moment of `day` (shop time) drawn from the hour profile, never after `window.nowMs`. */
function timeOfDay(sf: DemoStorefront, day: number, window: DemoWindow, rnd: () => number): number {
  const start = window.dayStartMs(day);
  const hours = sf.market === 'us' ? usHours : isMidnightRushDay(day) ? cnRushHours : cnHours;
  for (let tries = 0; tries < 6; tries++) {
    const target = rnd() * hours[23]!;
    let h = 0;
    while (hours[h]! < target) h++;
    const ms = start + h * HOUR_MS + Math.floor(rnd() * HOUR_MS);
    if (ms <= window.nowMs) return ms;
  }
  return start + Math.floor(rnd() * Math.max(0, window.nowMs - start));
}

/** Every order's storefront and moment, day by day in time order (one day's orders in memory at a time). */
function* slotsOf(
  storefronts: DemoStorefront[],
  counts: Int32Array[],
  window: DemoWindow,
  rnd: () => number,
) {
  for (let day = window.firstDay; day <= window.lastDay; day++) {
    const slots: Slot[] = [];
    for (const sf of storefronts) {
      const n = counts[sf.index]![day - window.firstDay]!;
      for (let k = 0; k < n; k++) slots.push({ sf, ms: timeOfDay(sf, day, window, rnd), day });
    }
    slots.sort((a, b) => a.ms - b.ms || a.sf.index - b.sf.index);
    yield* slots;
  }
}

/**
 * Writes `count` demo orders over the 18 months up to `now` through the order writer, exactly as an import
 * would (customers merged, SKUs resolved, cost at order time, stock taken, status history), with supplier
 * deliveries keeping stock plausible. Orders are generated in time order across storefronts and written in
 * transactions of BATCH orders; within a batch each storefront's orders go through one writer (a writer
 * numbers orders from the highest `seq` it saw when created). Same seed and `now`, same orders.
 */
export function writeDemoOrders(sqlite: BetterSqlite3.Database, options: DemoOrdersOptions): DemoOrderCounts {
  const { count, seed, now, shopTimezone } = options;
  const window = demoWindow(now, shopTimezone);
  const planRnd = mulberry32(seed ^ 0x51ed27);
  const orderRnd = mulberry32(seed ^ 0x0dde75);
  const storefronts = loadDemoStorefronts(sqlite, mulberry32(seed ^ 0x2c1b3c));
  // The demo's campaigns shape the orders of their days (demo-campaigns.ts) and are stored with them.
  const campaigns = planDemoCampaigns(window);
  const douyin = storefronts.find((sf) => sf.platform === 'douyin');
  const flashSkus = douyin ? flashSkuIds(douyin) : new Set<string>();
  writeDemoCampaigns(sqlite, campaigns, storefronts, now.toISOString());
  const counts = planDailyCounts(storefronts, window, count, planRnd, (platform, day) =>
    demoCampaignBoost(campaigns, platform, day),
  );
  const days = window.lastDay - window.firstDay + 1;
  const stock = new DemoStockKeeper(
    sqlite,
    expectedDailyUnits(storefronts, counts, days),
    now.toISOString(),
    orderRnd,
  );
  const people = new DemoCustomerPool(storefronts.length, orderRnd);
  const at = now.toISOString();
  const slots = slotsOf(storefronts, counts, window, planRnd);
  const unmatched = new Set<string>();
  let done = 0;
  let lines = 0;

  const batch = sqlite.transaction((size: number) => {
    const byStorefront = storefronts.map((): ParsedOrder[] => []);
    for (let k = 0; k < size; k++) {
      const slot = slots.next().value as Slot;
      const buyer = people.pick(slot.sf.index, slot.sf.market);
      const { order, sales } = buildDemoOrder(
        {
          sf: slot.sf,
          person: buyer.person,
          firstOrder: buyer.first,
          placedMs: slot.ms,
          nowMs: window.nowMs,
          festival: festivalOf(slot.day, slot.sf.market),
          newest: done + k === count - 1,
          campaign: demoCampaignAt(campaigns, slot.sf.platform, slot.ms),
          flashSkus,
        },
        orderRnd,
      );
      for (const sale of sales) stock.take(sale.skuId, sale.quantity, slot.ms);
      byStorefront[slot.sf.index]!.push(order);
    }
    for (const sf of storefronts) {
      const orders = byStorefront[sf.index]!;
      if (!orders.length) continue;
      const writer = new OrderWriter(sqlite, {
        storefrontId: sf.id,
        platform: sf.platform,
        shopTimezone,
        importId: null,
        at,
      });
      for (const order of orders) writer.write(order);
      writer.finish();
      lines += writer.lines;
      for (const code of writer.unmatchedCodes) unmatched.add(`${sf.id}\u0000${code}`);
    }
    // The batch's days get their rollup rows now, committed with the batch.
    refreshRollups(sqlite);
  });

  // A million orders touch far more index pages than SQLite's default 2 MB cache holds: give the bulk write
  // room (freed again when the cache is set back), so each batch writes a page once, not once per order.
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${-BULK_CACHE_KIB}`);
  try {
    while (done < count) {
      const size = Math.min(BATCH, count - done);
      batch(size);
      done += size;
      options.onProgress?.(done, count);
    }
    // As an import does: the campaigns claim their orders (one pass over their windows, after the last batch).
    refreshAttribution(sqlite);
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
  const customers = (sqlite.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
  return { orders: done, lines, customers, receipts: stock.counts.receipts, unmatchedCodes: unmatched.size };
}

/** Units per day each SKU is expected to sell (lines per order × pick chance × quantity): sizes deliveries. */
function expectedDailyUnits(
  storefronts: DemoStorefront[],
  counts: Int32Array[],
  days: number,
): Map<string, number> {
  const daily = new Map<string, number>();
  for (const sf of storefronts) {
    const orders = counts[sf.index]!.reduce((a, b) => a + b, 0);
    const total = sf.popularity[sf.popularity.length - 1] ?? 0;
    if (!total) continue;
    sf.listings.forEach((listing, i) => {
      const weight = sf.popularity[i]! - (i ? sf.popularity[i - 1]! : 0);
      const perLine = listing.priceMinor < 3000 ? 1.7 : 1.23;
      const units = (orders / days) * 1.27 * (weight / total) * perLine || 0;
      daily.set(listing.skuId, (daily.get(listing.skuId) ?? 0) + units);
    });
  }
  return daily;
}
