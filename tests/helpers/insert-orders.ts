import type { Sqlite } from '../../electron/core/db/connection';
import { markRollupDay } from '../../electron/core/orders/rollups/refresh-rollups';

/**
 * Plain SQL rows for figure tests: products, SKUs, customers and orders with their lines, written straight into
 * the tables (no importer), so a test states exactly what is stored. Order sums are derived from the lines the
 * way the importer stores them: gross = Σ price × quantity, cogs = Σ quantity × unit cost (0 when unmatched).
 */

const at = '2024-01-01T00:00:00.000Z';

/** A product with one SKU; `category` drives category commissions. Returns the SKU id. */
export function insertSku(sqlite: Sqlite, code: string, category: string | null): string {
  sqlite
    .prepare(
      `INSERT INTO products (id, name, category, brand, archived, created_at, updated_at)
       VALUES (?, ?, ?, NULL, 0, ?, ?)`,
    )
    .run(`p-${code}`, `Product ${code}`, category, at, at);
  sqlite
    .prepare(
      `INSERT INTO skus (id, product_id, code, name, barcode, weight_g, stock_on_hand, reorder_point, price_band,
                         archived, created_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, NULL, 0, 0, 'mid', 0, ?, ?)`,
    )
    .run(`s-${code}`, `p-${code}`, code, `SKU ${code}`, at, at);
  return `s-${code}`;
}

export function insertCustomer(sqlite: Sqlite, id: string): string {
  sqlite
    .prepare(
      'INSERT INTO customers (id, name, phone, email, note, created_at, updated_at) VALUES (?, ?, NULL, NULL, NULL, ?, ?)',
    )
    .run(id, `Customer ${id}`, at, at);
  return id;
}

export interface LineSpec {
  quantity: number;
  unitPriceMinor: number;
  lineDiscountMinor?: number;
  /** Null or left out: an unmatched line (costs 0, counted in unmatched_lines). */
  skuId?: string | null;
  /** Base-currency minor units per unit, for matched lines. */
  unitCostBaseMinor?: number;
}

export interface OrderSpec {
  storefrontId: string;
  /** The order's day in the shop's time zone; placed_at is noon of it in Shanghai. */
  placedDate: string;
  lines: LineSpec[];
  status?: 'pending_payment' | 'paid' | 'shipped' | 'completed' | 'cancelled';
  currency?: string;
  customerId?: string | null;
  orderDiscountMinor?: number;
  platformDiscountMinor?: number;
  shippingIncomeMinor?: number;
  refundedMinor?: number;
  /** Imported actual fees; null (default) → fee rule. */
  feesMinor?: number | null;
  /** Own shipping cost; null (default) → storefront default. */
  shippingCostMinor?: number | null;
  /** Default: gross − seller discounts − platform discount + shipping income. */
  totalPaidMinor?: number;
}

let nextSeq = 1;

/** Inserts one order and its lines; returns the order id. */
export function insertOrder(sqlite: Sqlite, spec: OrderSpec): string {
  const seq = nextSeq++;
  const id = `o-${seq}`;
  const lines = spec.lines.map((l) => ({ lineDiscountMinor: 0, skuId: null, unitCostBaseMinor: 0, ...l }));
  const gross = lines.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
  const lineDiscounts = lines.reduce((s, l) => s + l.lineDiscountMinor, 0);
  const cogs = lines.reduce((s, l) => s + (l.skuId ? l.quantity * l.unitCostBaseMinor : 0), 0);
  const orderDiscount = spec.orderDiscountMinor ?? 0;
  const platformDiscount = spec.platformDiscountMinor ?? 0;
  const shippingIncome = spec.shippingIncomeMinor ?? 0;
  sqlite
    .prepare(
      `INSERT INTO orders (id, seq, storefront_id, external_id, placed_at, placed_date, status, currency, customer_id,
         line_count, units, gross_minor, line_discount_minor, order_discount_minor, platform_discount_minor,
         shipping_income_minor, tax_minor, total_paid_minor, refunded_minor, cogs_base_minor, unmatched_lines,
         fees_minor, shipping_cost_minor, fingerprint, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      seq,
      spec.storefrontId,
      `EXT-${seq}`,
      `${spec.placedDate}T04:00:00.000Z`,
      spec.placedDate,
      spec.status ?? 'paid',
      spec.currency ?? 'CNY',
      spec.customerId ?? null,
      lines.length,
      lines.reduce((s, l) => s + l.quantity, 0),
      gross,
      lineDiscounts,
      orderDiscount,
      platformDiscount,
      shippingIncome,
      spec.totalPaidMinor ?? gross - lineDiscounts - orderDiscount - platformDiscount + shippingIncome,
      spec.refundedMinor ?? 0,
      cogs,
      lines.filter((l) => !l.skuId).length,
      spec.feesMinor ?? null,
      spec.shippingCostMinor ?? null,
      `fp-${seq}`,
      at,
      at,
    );
  // As OrderWriter does: inserts have no rollup trigger (migration 0012).
  markRollupDay(sqlite, spec.storefrontId, spec.placedDate);
  const line = sqlite.prepare(
    `INSERT INTO order_lines (order_id, storefront_id, line_no, sku_code, sku_id, title, quantity, unit_price_minor,
       line_discount_minor, unit_cost_base_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((l, i) =>
    line.run(
      id,
      spec.storefrontId,
      i + 1,
      l.skuId ?? `UNMATCHED-${i + 1}`,
      l.skuId,
      `Line ${i + 1}`,
      l.quantity,
      l.unitPriceMinor,
      l.lineDiscountMinor,
      l.skuId ? l.unitCostBaseMinor : null,
    ),
  );
  return id;
}

/** The rows the fee-rule and profit logic need, read back from the tables (for cross-checks against orderProfit). */
export function readOrderForProfit(sqlite: Sqlite, orderId: string) {
  const o = sqlite.prepare('SELECT * FROM orders WHERE id = ?').get(orderId) as Record<string, unknown>;
  const lines = sqlite
    .prepare(
      `SELECT l.quantity, l.unit_price_minor, l.line_discount_minor, p.category FROM order_lines l
         LEFT JOIN skus k ON k.id = l.sku_id LEFT JOIN products p ON p.id = k.product_id WHERE l.order_id = ?`,
    )
    .all(orderId) as {
    quantity: number;
    unit_price_minor: number;
    line_discount_minor: number;
    category: string | null;
  }[];
  return {
    placedDate: o.placed_date as string,
    storefrontId: o.storefront_id as string,
    order: {
      currency: o.currency as string,
      grossMinor: o.gross_minor as number,
      lineDiscountMinor: o.line_discount_minor as number,
      orderDiscountMinor: o.order_discount_minor as number,
      platformDiscountMinor: o.platform_discount_minor as number,
      shippingIncomeMinor: o.shipping_income_minor as number,
      totalPaidMinor: o.total_paid_minor as number,
      refundedMinor: o.refunded_minor as number,
      cogsBaseMinor: o.cogs_base_minor as number,
      feesMinor: o.fees_minor as number | null,
      shippingCostMinor: o.shipping_cost_minor as number | null,
      lines: lines.map((l) => ({
        quantity: l.quantity,
        unitPriceMinor: l.unit_price_minor,
        lineDiscountMinor: l.line_discount_minor,
        category: l.category,
      })),
    },
  };
}
