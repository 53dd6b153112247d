import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { newSortableId } from '../../../../shared/logic/ids';
import { zoneOffsetMinutes } from '../../../../shared/logic/dates';
import { isValidOrderStatus, type OrderStatus, type ParsedOrder } from '../../../../shared/domain/orders';
import { identitiesOf, normalizePhone, type Identity } from './customer-identity';
import {
  ORDER_COLUMNS,
  orderStatements,
  updateParams,
  type OrderColumn,
  type OrderStatements,
} from './order-statements';
import { markRollupDay } from '../rollups/refresh-rollups';
import { DeferredIndexes } from './deferred-indexes';
import { WHOLE_SCAN_ABOVE } from '../../customers/stats';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';

export interface OrderWriterOptions {
  storefrontId: string;
  /** The storefront's platform: buyer ids are only comparable within one platform family. */
  platform: string;
  /** The shop's time zone (settings): placed_date is the order's day there (METRICS.md periods). */
  shopTimezone: string;
  importId: string | null;
  /** Time stamped on rows written now. */
  at: string;
}

/**
 * How many buyers the writer remembers (identity → customer, fields filled) before it starts over: a file of
 * 250,000 different buyers held ~100 MB in these maps and pushed the import's peak to ~480 MB. Forgetting costs
 * one indexed lookup (or one harmless fill) the next time that buyer comes; the database stays the truth, since
 * the writer's own transaction sees every customer it wrote.
 */
const RECENT_BUYERS = 50_000;

/** Fewer orders still to come than this: keeping the indexes in step is too cheap to be worth a rebuild. */
const DEFER_AT_LEAST = 5_000;

interface SkuCost {
  from: string;
  total: number;
}

/** Taobao and Tmall share buyer accounts (买家会员名); every other platform has its own. */
export const buyerFamily = (platform: string): string => (platform === 'tmall' ? 'taobao' : platform);

/**
 * Writes parsed orders through cached prepared statements, inside the caller's transaction (the import
 * pipeline commits or rolls back the whole file; demo data uses the same path). Per order it resolves SKUs
 * (alias → listing's storefront SKU id → our code) and the unit cost in force when the order was placed,
 * merges the buyer into a customer by phone / e-mail / platform buyer id, replaces the lines, keeps stock
 * movements equal to the valid order's matched lines, and appends status history when status or refund change.
 * An order whose content is identical to what is stored is left untouched ("unchanged").
 * Call `finish()` after the last `write` (same transaction): it moves stock on hand by the sums per SKU, and
 * builds again the indexes a large import set aside (`deferIndexesIfWorthIt`). Commit only after finish().
 */
export class OrderWriter {
  private readonly s: OrderStatements;
  private nextSeq: number;
  /** Orders in the shop when this writer started (the highest sequence number: deletes only leave gaps). */
  private readonly ordersBefore: number;
  private inserted = 0;
  private readonly deferred: DeferredIndexes;
  private readonly skuByCode = new Map<string, string | null>();
  private readonly costsBySku = new Map<string, SkuCost[]>();
  private readonly offsetByHour = new Map<number, number>();
  private readonly stockDeltas = new Map<string, number>();
  private readonly markedDays = new Set<string>();
  /** Identity → customer, for buyers seen earlier in this import (most orders of a shop are repeat buyers). */
  private readonly customerByIdentity = new Map<string, string>();
  /**
   * Which of name (1), phone (2) and e-mail (4) this writer has already filled in per customer: a later order
   * bringing no field outside the mask has nothing to add (fillCustomer only fills blanks), so it skips the write.
   * Most orders of an import are repeat buyers with the same details (measured: 45,000 needless updates per 50,000
   * orders).
   */
  private readonly filledFields = new Map<string, number>();
  readonly unmatchedCodes = new Set<string>();
  private readonly touched = new Set<string>();
  private touchedMany = false;
  /** Customers merged into another one by this writer: their rows are gone. */
  readonly mergedCustomers = new Set<string>();
  lines = 0;

  /**
   * Customers whose orders this writer added or changed, for their figures; 'all' once there are more than
   * refreshCustomerStats would look up one by one (it recomputes everyone from one scan then), so a file of
   * 250,000 buyers does not hold 250,000 ids for nothing.
   */
  get touchedCustomers(): ReadonlySet<string> | 'all' {
    return this.touchedMany ? 'all' : this.touched;
  }

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly opts: OrderWriterOptions,
  ) {
    this.s = orderStatements(sqlite);
    this.ordersBefore = (this.s.maxSeq.get() as { seq: number }).seq;
    this.nextSeq = this.ordersBefore + 1;
    this.deferred = new DeferredIndexes(sqlite);
  }

  write(order: ParsedOrder): WriteOutcome {
    const { s, opts } = this;
    const fingerprint = fingerprintOf(order);
    const existing = s.findOrder.get(opts.storefrontId, order.externalId) as
      | {
          id: string;
          seq: number;
          fingerprint: string;
          status: string;
          refunded_minor: number;
          customer_id: string | null;
          created_at: string;
        }
      | undefined;
    this.lines += order.lines.length;
    if (existing && existing.fingerprint === fingerprint) {
      for (const line of order.lines)
        if (line.sku && !this.skuOf(line.sku)) this.unmatchedCodes.add(line.sku);
      return 'unchanged';
    }
    const id = existing?.id ?? newSortableId();
    const refunded = existing
      ? Math.max(order.refundedMinor, (s.ticketRefunds.get(id) as { refunded: number }).refunded)
      : order.refundedMinor;
    const valid = isValidOrderStatus(order.status);

    let cogs = 0;
    let unmatched = 0;
    let units = 0;
    let gross = 0;
    let lineDiscounts = 0;
    const lineRows = order.lines.map((line, i) => {
      const skuId = line.sku ? this.skuOf(line.sku) : null;
      if (!skuId) {
        unmatched++;
        if (line.sku) this.unmatchedCodes.add(line.sku);
      }
      const unitCost = skuId ? this.costAt(skuId, order.placedAt) : null;
      if (unitCost !== null) cogs += unitCost * line.quantity;
      units += line.quantity;
      gross += line.unitPriceMinor * line.quantity;
      lineDiscounts += line.lineDiscountMinor;
      return [
        id,
        opts.storefrontId,
        i + 1,
        line.externalLineId,
        line.sku,
        skuId,
        line.title,
        line.quantity,
        line.unitPriceMinor,
        line.lineDiscountMinor,
        unitCost,
      ] as const;
    });

    // A re-imported order keeps its customer: a person's manual merge or split must not be undone by a file.
    const customerId = existing?.customer_id ?? this.customerFor(order);
    if (!this.touchedMany) {
      this.touched.add(customerId);
      if (this.touched.size > WHOLE_SCAN_ABOVE) {
        this.touchedMany = true;
        this.touched.clear();
      }
    }
    const row: Record<OrderColumn, string | number | null> = {
      id,
      seq: existing?.seq ?? this.nextSeq++,
      storefront_id: opts.storefrontId,
      external_id: order.externalId,
      placed_at: order.placedAt,
      placed_date: this.localDate(order.placedAt),
      paid_at: order.paidAt,
      status: order.status,
      after_sales: order.afterSales ? 1 : 0,
      currency: order.currency,
      customer_id: customerId,
      buyer_name: order.customer.name,
      buyer_phone: order.customer.phone,
      buyer_email: order.customer.email,
      buyer_platform_id: order.customer.buyerId,
      ship_name: order.address.name,
      ship_phone: order.address.phone,
      ship_address: order.address.address,
      ship_city: order.address.city,
      ship_province: order.address.province,
      ship_zip: order.address.zip,
      ship_country: order.address.country,
      line_count: order.lines.length,
      units,
      gross_minor: gross,
      line_discount_minor: lineDiscounts,
      order_discount_minor: order.orderDiscountMinor,
      platform_discount_minor: order.platformDiscountMinor,
      shipping_income_minor: order.shippingIncomeMinor,
      tax_minor: order.taxMinor,
      total_paid_minor: order.totalPaidMinor,
      refunded_minor: refunded,
      cogs_base_minor: cogs,
      unmatched_lines: unmatched,
      fees_minor: order.feesMinor,
      shipping_cost_minor: null,
      source: order.source,
      promotion_codes: order.promotionCodes.length ? JSON.stringify(order.promotionCodes) : null,
      note: order.note,
      fingerprint,
      import_id: opts.importId,
      created_at: existing?.created_at ?? opts.at,
      updated_at: opts.at,
    };
    if (existing) {
      // The old lines' sales leave stock on hand before the new lines' sales take from it.
      if (isValidOrderStatus(existing.status as OrderStatus)) this.undoSales(id);
      // The state before the first change becomes the first history row (orders/status-history.ts).
      s.keepFirstStatus.run({ id });
      s.updateOrder.run(updateParams(row));
      s.deleteLines.run(id);
    } else {
      this.inserted++;
      s.insertOrder.run(ORDER_COLUMNS.map((c) => row[c]));
      // Inserts have no rollup trigger (migration 0012): the day is marked here, in the same transaction, once
      // per writer (refreshRollups, which clears the marks, runs after a writer's last write).
      const day = row.placed_date as string;
      if (!this.markedDays.has(day)) {
        markRollupDay(this.sqlite, opts.storefrontId, day);
        this.markedDays.add(day);
      }
    }
    for (const line of lineRows) s.insertLine.run(...line);
    // A valid order's matched lines are its sales (the stock_ledger view, migration 0014): no row of their own.
    if (valid) for (const line of lineRows) if (line[5]) this.moveStock(line[5], -line[7]);
    // A new order's state is its row until it changes; a change of status or refund adds a row.
    if (existing && (existing.status !== order.status || existing.refunded_minor !== refunded)) {
      s.insertStatus.run(id, order.status, refunded, opts.importId, opts.at);
    }
    return existing ? 'updated' : 'inserted';
  }

  /**
   * Called by the import now and then with the share of its file read so far: when the orders still to come are
   * expected to be many, and at least half the table they will make, the order tables' secondary indexes are set
   * aside and built again in finish() (deferred-indexes.ts). Building an index from a sort costs about a third of
   * keeping it in step per row, but it sorts every row of the table, old ones too: a file adding a few orders to a
   * large shop never qualifies, a first import of a long history does from its first rows.
   */
  deferIndexesIfWorthIt(shareRead: number): void {
    if (this.deferred.active || shareRead <= 0 || shareRead >= 1) return;
    const expected = this.inserted / shareRead;
    const toCome = expected - this.inserted;
    if (toCome >= DEFER_AT_LEAST && toCome >= (this.ordersBefore + expected) / 2) this.deferred.drop();
  }

  /**
   * Stock on hand moves once per SKU at the end (finish), not once per line: an import of 500,000 lines touches
   * a few thousand SKUs.
   */
  private moveStock(skuId: string, quantity: number): void {
    this.stockDeltas.set(skuId, (this.stockDeltas.get(skuId) ?? 0) + quantity);
  }

  /** Applies the stock deltas and builds the set-aside indexes; call once, inside the same transaction, after the last write. */
  finish(): void {
    for (const [skuId, delta] of this.stockDeltas)
      if (delta !== 0) this.s.moveStock.run(delta, this.opts.at, skuId);
    this.stockDeltas.clear();
    this.deferred.restore();
  }

  /** Puts back the stock a previous, valid version of the order took, before its lines are replaced. */
  private undoSales(orderId: string): void {
    const previous = this.s.matchedLines.all(orderId) as { sku_id: string; quantity: number }[];
    for (const m of previous) this.moveStock(m.sku_id, m.quantity);
  }

  /** The SKU a storefront code means: explicit alias first, then a listing's storefront SKU id, then our code. */
  private skuOf(code: string): string | null {
    const key = code.toLowerCase();
    const cached = this.skuByCode.get(key);
    if (cached !== undefined) return cached;
    const { storefrontId } = this.opts;
    const hit =
      (this.s.aliasSku.get(storefrontId, code) as { sku_id: string } | undefined)?.sku_id ??
      (this.s.listingSku.get(storefrontId, code) as { sku_id: string } | undefined)?.sku_id ??
      (this.s.codeSku.get(code) as { id: string } | undefined)?.id ??
      null;
    this.skuByCode.set(key, hit);
    return hit;
  }

  /** Full unit cost (base currency) in force at `at`; null when the SKU had no cost yet (counts as 0). */
  private costAt(skuId: string, at: string): number | null {
    let costs = this.costsBySku.get(skuId);
    if (!costs) {
      costs = (this.s.skuCosts.all(skuId) as { effective_from: string; total: number }[]).map((c) => ({
        from: c.effective_from,
        total: c.total,
      }));
      this.costsBySku.set(skuId, costs);
    }
    let found: number | null = null;
    for (const c of costs) {
      if (c.from <= at) found = c.total;
      else break;
    }
    // A cost entered after the order still beats "free": the earliest known cost is the best estimate.
    return found ?? costs[0]?.total ?? null;
  }

  private localDate(iso: string): string {
    const ms = Date.parse(iso);
    const hour = Math.floor(ms / 3_600_000);
    let offset = this.offsetByHour.get(hour);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(hour * 3_600_000, this.opts.shopTimezone);
      this.offsetByHour.set(hour, offset);
    }
    return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
  }

  /**
   * The customer behind an order. Known identities point to customers; when they point to two different
   * customers, this order proves they are one person and they are merged (the older one stays). An order
   * without any usable identity (all masked) gets a customer of its own.
   */
  private customerFor(order: ParsedOrder): string {
    const { s, opts } = this;
    const identities = identitiesOf(order.customer, buyerFamily(opts.platform));
    const found: string[] = [];
    const known = new Set<Identity>();
    for (const idn of identities) {
      const hit =
        this.customerByIdentity.get(`${idn.kind}\u0001${idn.value}`) ??
        (s.findIdentity.get(idn.kind, idn.value) as { customer_id: string } | undefined)?.customer_id;
      if (!hit) continue;
      known.add(idn);
      if (!found.includes(hit)) found.push(hit);
    }
    const email = identities.find((i) => i.kind === 'email')?.value ?? null;
    const phone = normalizePhone(order.customer.phone);
    let customerId: string;
    const name = order.customer.name ?? order.address.name;
    const brings = (name ? 1 : 0) | (phone ? 2 : 0) | (email ? 4 : 0);
    if (found.length === 0) {
      customerId = newSortableId();
      s.insertCustomer.run(customerId, name, phone, email, opts.at, opts.at);
      this.filledFields.set(customerId, brings);
    } else {
      customerId = found[0]!;
      for (const other of found.slice(1)) {
        s.moveCustomerOrders.run(customerId, other);
        s.moveCustomerIdentities.run(customerId, other);
        s.deleteCustomer.run(other);
        this.mergedCustomers.add(other);
        this.filledFields.delete(other);
        for (const [k, v] of this.customerByIdentity)
          if (v === other) this.customerByIdentity.set(k, customerId);
      }
      const filled = this.filledFields.get(customerId);
      if (filled === undefined || (brings & ~filled) !== 0) {
        s.fillCustomer.run(name, phone, email, opts.at, customerId);
        this.filledFields.set(customerId, (filled ?? 0) | brings);
      }
    }
    if (this.customerByIdentity.size > RECENT_BUYERS) this.customerByIdentity.clear();
    if (this.filledFields.size > RECENT_BUYERS) this.filledFields.clear();
    // Identities already pointing here (or moved here by the merge) need no write.
    for (const idn of identities) {
      if (!known.has(idn)) s.insertIdentity.run(idn.kind, idn.value, customerId, opts.at);
      this.customerByIdentity.set(`${idn.kind}\u0001${idn.value}`, customerId);
    }
    return customerId;
  }
}

/** Everything the file says about the order except where it says it: the same order re-exported is unchanged. */
function fingerprintOf(order: ParsedOrder): string {
  const { row: _row, ...content } = order;
  return createHash('sha1').update(JSON.stringify(content)).digest('base64');
}
