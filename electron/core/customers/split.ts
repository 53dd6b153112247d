import type { Sqlite } from '../db/connection';
import type { CustomerSplit } from '../../../shared/api/schemas/customers';
import { AppError, notFound } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import { identitiesOf } from '../orders/import/customer-identity';
import { buyerFamily } from '../orders/import/write-orders';
import { stmt } from '../pricing/raw-context';
import { readCustomer, writeCustomerAudit } from './merge';
import { refreshCustomerStats } from './stats';

export interface SplitOutcome {
  fromId: string;
  customerId: string;
  ordersMoved: number;
  identitiesMoved: number;
}

interface OrderBuyer {
  id: string;
  placed_at: string;
  platform: string;
  buyer_name: string | null;
  buyer_phone: string | null;
  buyer_email: string | null;
  buyer_platform_id: string | null;
  ship_name: string | null;
}

/** The identity keys ("phone:13800138000") an order's buyer fields carry, as the import derived them. */
const keysOf = (o: OrderBuyer): string[] =>
  identitiesOf(
    { name: o.buyer_name, phone: o.buyer_phone, email: o.buyer_email, buyerId: o.buyer_platform_id },
    buyerFamily(o.platform),
  ).map((i) => `${i.kind}:${i.value}`);

/**
 * Splits wrongly merged buyers apart (PRODUCT.md §5 manual split), in ONE transaction: the chosen orders move
 * to a new customer together with the identities only they use; an identity the remaining orders also use
 * stays, since it still proves those orders are this customer's. At least one order must stay. The audit log
 * records both sides; both customers' figures and everyone's RFM ranks are refreshed. A later import keeps
 * the split: imported orders keep their customer, and new orders follow whoever owns their identity.
 */
export function splitCustomer(sqlite: Sqlite, input: CustomerSplit): SplitOutcome {
  return sqlite.transaction((): SplitOutcome => {
    const at = nowIso();
    const from = readCustomer(sqlite, input.customerId);
    if (!from) throw notFound('customer', input.customerId);
    const orders = stmt(
      sqlite,
      `SELECT o.id, o.placed_at, sf.platform, o.buyer_name, o.buyer_phone, o.buyer_email, o.buyer_platform_id,
              o.ship_name
       FROM orders o JOIN storefronts sf ON sf.id = o.storefront_id WHERE o.customer_id = ?`,
    ).all(from.id) as OrderBuyer[];
    const mine = new Map(orders.map((o) => [o.id, o]));
    const issues = input.orderIds.flatMap((id, i) =>
      mine.has(id) ? [] : [{ path: `orderIds.${i}`, message: 'orderOfOtherCustomer', id }],
    );
    if (issues.length) {
      throw new AppError('INVALID_INPUT', `order ${issues[0]!.id} does not belong to customer ${from.id}`, {
        key: 'orderOfOtherCustomer',
        params: { value: issues[0]!.id },
        issues: issues.map(({ path, message }) => ({ path, message })),
      });
    }
    const moving = new Set(input.orderIds);
    if (moving.size >= orders.length) {
      throw new AppError('INVALID_INPUT', 'A split must leave at least one order with the customer', {
        key: 'splitEverything',
        issues: [{ path: 'orderIds', message: 'splitEverything' }],
      });
    }
    const staysUsed = new Set(orders.filter((o) => !moving.has(o.id)).flatMap(keysOf));
    const moveUsed = new Set(orders.filter((o) => moving.has(o.id)).flatMap(keysOf));
    const identities = stmt(sqlite, 'SELECT kind, value FROM customer_identities WHERE customer_id = ?').all(
      from.id,
    ) as { kind: string; value: string }[];
    const leaving = identities.filter(
      (i) => moveUsed.has(`${i.kind}:${i.value}`) && !staysUsed.has(`${i.kind}:${i.value}`),
    );
    const staying = identities.filter((i) => !leaving.includes(i));
    const pick = (list: typeof identities, kind: string) => list.find((i) => i.kind === kind)?.value ?? null;

    const newest = [...moving]
      .map((id) => mine.get(id)!)
      .sort((a, b) => (a.placed_at < b.placed_at ? 1 : -1));
    const name = newest.map((o) => o.buyer_name ?? o.ship_name).find((n) => n) ?? null;
    const id = newId();
    stmt(
      sqlite,
      'INSERT INTO customers (id, name, phone, email, note, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
    ).run(id, name, pick(leaving, 'phone'), pick(leaving, 'email'), at, at);
    const moveOrder = stmt(sqlite, 'UPDATE orders SET customer_id = ? WHERE id = ? AND customer_id = ?');
    for (const orderId of moving) moveOrder.run(id, orderId, from.id);
    const moveIdentity = stmt(
      sqlite,
      'UPDATE customer_identities SET customer_id = ? WHERE kind = ? AND value = ?',
    );
    for (const i of leaving) moveIdentity.run(id, i.kind, i.value);
    // The customer's own phone / e-mail must not name an identity that left with the split orders.
    const gone = (kind: string, value: string | null) =>
      value !== null && leaving.some((i) => i.kind === kind && i.value === value);
    stmt(sqlite, 'UPDATE customers SET phone = ?, email = ?, updated_at = ? WHERE id = ?').run(
      gone('phone', from.phone) ? pick(staying, 'phone') : from.phone,
      gone('email', from.email) ? pick(staying, 'email') : from.email,
      at,
      from.id,
    );
    const detail = { fromId: from.id, customerId: id, orderIds: [...moving], identities: leaving };
    writeCustomerAudit(sqlite, {
      entityId: from.id,
      action: 'split',
      detail: { ...detail, before: from },
      at,
    });
    writeCustomerAudit(sqlite, { entityId: id, action: 'splitFrom', detail, at });
    refreshCustomerStats(sqlite, [from.id, id], { at });
    return { fromId: from.id, customerId: id, ordersMoved: moving.size, identitiesMoved: leaving.length };
  })();
}
