import type BetterSqlite3 from 'better-sqlite3';
import type { OrdersTable } from '../../db/schema';
import { KEEP_FIRST_STATUS_SQL } from '../status-history';

/**
 * Order columns in the order the writer passes them. Positional parameters: binding 43 named parameters per
 * row costs about half again as much as positional ones (measured), and imports bind them per order.
 */
export const ORDER_COLUMNS = [
  'id',
  'seq',
  'storefront_id',
  'external_id',
  'placed_at',
  'placed_date',
  'paid_at',
  'status',
  'after_sales',
  'currency',
  'customer_id',
  'buyer_name',
  'buyer_phone',
  'buyer_email',
  'buyer_platform_id',
  'ship_name',
  'ship_phone',
  'ship_address',
  'ship_city',
  'ship_province',
  'ship_zip',
  'ship_country',
  'line_count',
  'units',
  'gross_minor',
  'line_discount_minor',
  'order_discount_minor',
  'platform_discount_minor',
  'shipping_income_minor',
  'tax_minor',
  'total_paid_minor',
  'refunded_minor',
  'cogs_base_minor',
  'unmatched_lines',
  'fees_minor',
  'shipping_cost_minor',
  'source',
  'promotion_codes',
  'note',
  'fingerprint',
  'import_id',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof OrdersTable)[];
export type OrderColumn = (typeof ORDER_COLUMNS)[number];

/** What an update rewrites: not the key, the sequence, the creation time, or a known own shipping cost. */
export const UPDATED_COLUMNS = ORDER_COLUMNS.filter(
  (c) => !['id', 'seq', 'storefront_id', 'external_id', 'created_at', 'shipping_cost_minor'].includes(c),
);

/** The update's parameters for an order row, in UPDATED_COLUMNS order plus the id (fees_minor takes two). */
export function updateParams(row: Record<OrderColumn, unknown>): unknown[] {
  const params: unknown[] = [];
  for (const c of UPDATED_COLUMNS) {
    if (c === 'fees_minor') params.push(row.id, row.fees_minor);
    else params.push(row[c]);
  }
  params.push(row.id);
  return params;
}

/** Every statement the order writer runs, prepared once per connection (preparing costs more than running). */
const SQL = {
  findOrder:
    'SELECT id, seq, fingerprint, status, refunded_minor, customer_id, created_at FROM orders WHERE storefront_id = ? AND external_id = ?',
  maxSeq: 'SELECT coalesce(max(seq), 0) AS seq FROM orders',
  // Refunds given on after-sales tickets are a floor under a re-imported order's refund: the platform file may
  // not carry them yet, and a re-import must not quietly undo money already paid back.
  ticketRefunds:
    // Merged tickets count too: a merge leaves a source's refund with it (tickets/merge.ts).
    'SELECT coalesce(sum(refund_minor), 0) AS refunded FROM tickets WHERE order_id = ?',
  insertOrder: `INSERT INTO orders (${ORDER_COLUMNS.join(', ')}) VALUES (${ORDER_COLUMNS.map(() => '?').join(', ')})`,
  // Imported actual fees (order_fees) and a known own shipping cost survive a re-import of the order file.
  updateOrder: `UPDATE orders SET ${UPDATED_COLUMNS.map((c) =>
    c === 'fees_minor'
      ? 'fees_minor = CASE WHEN EXISTS (SELECT 1 FROM order_fees WHERE order_id = ?) THEN fees_minor ELSE ? END'
      : `${c} = ?`,
  ).join(', ')} WHERE id = ?`,
  deleteLines: 'DELETE FROM order_lines WHERE order_id = ?',
  insertLine: `INSERT INTO order_lines (order_id, storefront_id, line_no, external_line_id, sku_code, sku_id, title, quantity,
      unit_price_minor, line_discount_minor, unit_cost_base_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  keepFirstStatus: KEEP_FIRST_STATUS_SQL,
  insertStatus:
    'INSERT INTO order_status_history (order_id, status, refunded_minor, import_id, at) VALUES (?, ?, ?, ?, ?)',
  matchedLines: 'SELECT sku_id, quantity FROM order_lines WHERE order_id = ? AND sku_id IS NOT NULL',
  moveStock: 'UPDATE skus SET stock_on_hand = stock_on_hand + ?, updated_at = ? WHERE id = ?',
  aliasSku: 'SELECT sku_id FROM sku_aliases WHERE storefront_id = ? AND alias = ?',
  listingSku: 'SELECT sku_id FROM listings WHERE storefront_id = ? AND external_sku_id = ?',
  codeSku: 'SELECT id FROM skus WHERE code = ?',
  skuCosts: `SELECT effective_from, purchase_minor + packaging_minor + inbound_freight_minor + other_minor AS total
      FROM sku_costs WHERE sku_id = ? ORDER BY effective_from`,
  findIdentity: 'SELECT customer_id FROM customer_identities WHERE kind = ? AND value = ?',
  insertIdentity:
    'INSERT OR IGNORE INTO customer_identities (kind, value, customer_id, created_at) VALUES (?, ?, ?, ?)',
  insertCustomer:
    'INSERT INTO customers (id, name, phone, email, note, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
  fillCustomer: `UPDATE customers SET name = coalesce(name, ?), phone = coalesce(phone, ?), email = coalesce(email, ?),
      updated_at = ? WHERE id = ?`,
  moveCustomerOrders: 'UPDATE orders SET customer_id = ? WHERE customer_id = ?',
  moveCustomerIdentities: 'UPDATE customer_identities SET customer_id = ? WHERE customer_id = ?',
  deleteCustomer: 'DELETE FROM customers WHERE id = ?',
} as const;

export type OrderStatements = { [K in keyof typeof SQL]: BetterSqlite3.Statement };

const cache = new WeakMap<BetterSqlite3.Database, OrderStatements>();

export function orderStatements(sqlite: BetterSqlite3.Database): OrderStatements {
  let s = cache.get(sqlite);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, q]) => [k, sqlite.prepare(q)])) as OrderStatements;
    cache.set(sqlite, s);
  }
  return s;
}
