import type { Sqlite } from '../db/connection';
import { stmt } from '../pricing/raw-context';

/**
 * An order's status history is written from its first change on. Until then its one state is the order row
 * itself (status, refund, import, created_at), which orderDetail shows as the first entry: a history row per
 * inserted order was 250,000 inserts into a two-b-tree table per 500,000-line import (issue 4, import speed).
 * Every writer that changes an order's row runs KEEP_FIRST_STATUS_SQL first (a no-op once the order has
 * rows), so the state before the first change is kept as it was.
 */
export const KEEP_FIRST_STATUS_SQL = `INSERT INTO order_status_history (order_id, status, refunded_minor, import_id, at)
  SELECT id, status, refunded_minor, import_id, created_at FROM orders
   WHERE id = @id AND NOT EXISTS (SELECT 1 FROM order_status_history WHERE order_id = @id)`;

/** The first state of an order, for readers of an order without history rows. */
export interface FirstStatusSource {
  status: string;
  refunded_minor: number;
  import_id: string | null;
  created_at: string;
}

export const firstStatusOf = (o: FirstStatusSource) => ({
  status: o.status,
  refunded_minor: o.refunded_minor,
  at: o.created_at,
  import_id: o.import_id,
});

export function keepFirstStatus(sqlite: Sqlite, orderId: string): void {
  stmt(sqlite, KEEP_FIRST_STATUS_SQL).run({ id: orderId });
}
