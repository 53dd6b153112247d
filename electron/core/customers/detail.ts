import type { Sqlite } from '../db/connection';
import type { CustomerDetail, CustomerIdentity, CustomerOrder } from '../../../shared/domain/customers';
import { isValidOrderStatus, type OrderStatus } from '../../../shared/domain/orders';
import { notFound } from '../../../shared/api/result';
import { readShop, stmt } from '../pricing/raw-context';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './list';
import { daysBetween } from './rfm';
import { refreshCustomerStats, shopToday } from './stats';

const DAY_MS = 86_400_000;

export interface CustomerPageRequest {
  page?: number;
  pageSize?: number;
}

/**
 * Purchase cycle (PRODUCT.md §5): the mean of the days between consecutive valid orders. The gaps add up to
 * last − first, so the mean is (last − first) ÷ (orders − 1); null below two orders. One decimal.
 */
export function purchaseCycleDays(
  orders: number,
  firstAt: string | null,
  lastAt: string | null,
): number | null {
  if (orders < 2 || !firstAt || !lastAt) return null;
  const days = (Date.parse(lastAt) - Date.parse(firstAt)) / DAY_MS / (orders - 1);
  return Math.round(days * 10) / 10;
}

/** A customer with identities, lifetime figures, RFM and one page of their orders on every storefront. */
export function getCustomer(sqlite: Sqlite, id: string, request: CustomerPageRequest = {}): CustomerDetail {
  const read = () =>
    stmt(
      sqlite,
      `SELECT ${SUMMARY_COLUMNS}, c.note, c.created_at, s.customer_id IS NOT NULL AS has_stats FROM customers c
       LEFT JOIN customer_stats s ON s.customer_id = c.id WHERE c.id = ?`,
    ).get(id) as (SummaryRow & { note: string | null; created_at: string; has_stats: number }) | undefined;
  let row = read();
  if (!row) throw notFound('customer', id);
  // Written by a path that did not refresh figures yet: compute this customer's now rather than show zeros.
  if (!row.has_stats) {
    refreshCustomerStats(sqlite, [id]);
    row = read()!;
  }
  const page = request.page ?? 1;
  const pageSize = request.pageSize ?? 50;
  const identities = (
    stmt(
      sqlite,
      `SELECT kind, value, created_at FROM customer_identities WHERE customer_id = ?
       ORDER BY CASE kind WHEN 'phone' THEN 0 WHEN 'email' THEN 1 ELSE 2 END, value`,
    ).all(id) as { kind: CustomerIdentity['kind']; value: string; created_at: string }[]
  ).map((r): CustomerIdentity => ({ kind: r.kind, value: r.value, createdAt: r.created_at }));
  const total = (
    stmt(sqlite, 'SELECT count(*) AS n FROM orders WHERE customer_id = ?').get(id) as { n: number }
  ).n;
  const orders = (
    stmt(
      sqlite,
      `SELECT o.id, o.external_id, o.storefront_id, sf.name AS storefront_name, o.placed_at, o.status, o.currency,
              o.gross_minor - o.line_discount_minor - o.order_discount_minor AS amount, o.refunded_minor,
              o.buyer_name
       FROM orders o JOIN storefronts sf ON sf.id = o.storefront_id
       WHERE o.customer_id = ? ORDER BY o.placed_at DESC, o.id DESC LIMIT ? OFFSET ?`,
    ).all(id, pageSize, (page - 1) * pageSize) as {
      id: string;
      external_id: string;
      storefront_id: string;
      storefront_name: string;
      placed_at: string;
      status: OrderStatus;
      currency: string;
      amount: number;
      refunded_minor: number;
      buyer_name: string | null;
    }[]
  ).map((o): CustomerOrder => ({
    id: o.id,
    externalId: o.external_id,
    storefrontId: o.storefront_id,
    storefrontName: o.storefront_name,
    placedAt: o.placed_at,
    status: o.status,
    valid: isValidOrderStatus(o.status),
    currency: o.currency,
    amountMinor: o.amount,
    refundedMinor: o.refunded_minor,
    buyerName: o.buyer_name,
  }));
  const summary = toSummary(row);
  return {
    ...summary,
    note: row.note,
    createdAt: row.created_at,
    baseCurrency: readShop(sqlite).baseCurrency,
    identities,
    recencyDays: row.last_order_date ? daysBetween(row.last_order_date, shopToday(sqlite)) : null,
    purchaseCycleDays: purchaseCycleDays(row.orders, row.first_order_at, row.last_order_at),
    repurchase: row.orders >= 2,
    orderPage: { rows: orders, total, page, pageSize },
  };
}
