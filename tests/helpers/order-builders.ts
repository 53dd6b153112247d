import type BetterSqlite3 from 'better-sqlite3';
import { OrderWriter, type WriteOutcome } from '../../electron/core/orders/import/write-orders';
import type { ParsedOrder, ParsedOrderLine } from '../../shared/domain/orders';

/**
 * Builders for orders in tests: `parsedOrder({...})` gives a complete, valid ParsedOrder (one line of SKU
 * `SKU-1`, 2 × ¥50.00, paid, placed 2024-03-10 10:00 Shanghai time) where only what a test cares about needs
 * saying; `writeOrders(core, storefrontId, orders)` stores them through the real OrderWriter (SKU matching,
 * unit costs, customer merging, stock) in one transaction, exactly as an import would.
 *
 * Amounts follow the file's own arithmetic unless overridden: total paid = gross − line discounts − order
 * discount − platform discount + shipping income.
 */

let counter = 0;

/** A line; `sku` is the storefront's code (matched to our SKU code by the writer). */
export function orderLine(overrides: Partial<ParsedOrderLine> = {}): ParsedOrderLine {
  return {
    sku: 'SKU-1',
    title: 'Test product',
    quantity: 2,
    unitPriceMinor: 5000,
    lineDiscountMinor: 0,
    externalLineId: null,
    ...overrides,
  };
}

export type ParsedOrderOverrides = Partial<Omit<ParsedOrder, 'customer' | 'address'>> & {
  customer?: Partial<ParsedOrder['customer']>;
  address?: Partial<ParsedOrder['address']>;
};

/** A complete order; external ids default to a unique `T0001`, `T0002` … per test process. */
export function parsedOrder(overrides: ParsedOrderOverrides = {}): ParsedOrder {
  counter += 1;
  const lines = overrides.lines ?? [orderLine()];
  const gross = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  const lineDiscounts = lines.reduce((sum, l) => sum + l.lineDiscountMinor, 0);
  const orderDiscount = overrides.orderDiscountMinor ?? 0;
  const platformDiscount = overrides.platformDiscountMinor ?? 0;
  const shipping = overrides.shippingIncomeMinor ?? 0;
  const { customer, address, ...rest } = overrides;
  return {
    externalId: `T${String(counter).padStart(4, '0')}`,
    placedAt: '2024-03-10T02:00:00.000Z',
    paidAt: null,
    status: 'paid',
    afterSales: false,
    currency: 'CNY',
    orderDiscountMinor: orderDiscount,
    platformDiscountMinor: platformDiscount,
    shippingIncomeMinor: shipping,
    taxMinor: 0,
    totalPaidMinor: gross - lineDiscounts - orderDiscount - platformDiscount + shipping,
    refundedMinor: 0,
    feesMinor: null,
    source: null,
    promotionCodes: [],
    note: null,
    row: 2,
    ...rest,
    lines,
    customer: { name: null, phone: null, email: null, buyerId: null, ...customer },
    address: {
      name: null,
      phone: null,
      address: null,
      city: null,
      province: null,
      zip: null,
      country: null,
      ...address,
    },
  };
}

interface CoreLike {
  ctx: { sqlite: BetterSqlite3.Database };
}

export interface WriteOrdersOptions {
  /** Defaults to the shop's time-zone setting (placed_date is the day there). */
  shopTimezone?: string;
  /** Time stamped on written rows; defaults to now. */
  at?: string;
}

/**
 * Writes orders into a storefront through the import pipeline's OrderWriter, in one transaction (rolled back
 * if any order throws). Returns each order's outcome and the new orders' ids by external id.
 */
export function writeOrders(
  core: CoreLike,
  storefrontId: string,
  orders: ParsedOrder[],
  options: WriteOrdersOptions = {},
): { outcomes: WriteOutcome[]; ids: Map<string, string> } {
  const sqlite = core.ctx.sqlite;
  const storefront = sqlite.prepare('SELECT platform FROM storefronts WHERE id = ?').get(storefrontId) as
    { platform: string } | undefined;
  if (!storefront) throw new Error(`writeOrders: no storefront ${storefrontId}`);
  const zoneRow = sqlite.prepare("SELECT value FROM settings WHERE key = 'timezone'").get() as
    { value: string } | undefined;
  const shopTimezone = options.shopTimezone ?? (zoneRow ? (JSON.parse(zoneRow.value) as string) : 'UTC');
  const writer = new OrderWriter(sqlite, {
    storefrontId,
    platform: storefront.platform,
    shopTimezone,
    importId: null,
    at: options.at ?? new Date().toISOString(),
  });
  const outcomes: WriteOutcome[] = [];
  sqlite.exec('BEGIN');
  try {
    for (const order of orders) outcomes.push(writer.write(order));
    writer.finish();
    sqlite.exec('COMMIT');
  } catch (error) {
    sqlite.exec('ROLLBACK');
    throw error;
  }
  const find = sqlite.prepare('SELECT id FROM orders WHERE storefront_id = ? AND external_id = ?');
  const ids = new Map<string, string>();
  for (const order of orders) {
    const row = find.get(storefrontId, order.externalId) as { id: string } | undefined;
    if (row) ids.set(order.externalId, row.id);
  }
  return { outcomes, ids };
}
