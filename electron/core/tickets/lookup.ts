import type { Sqlite } from '../db/connection';
import type { TicketLookup } from '../../../shared/domain/ticket-views';
import { normalizePhone } from '../orders/import/customer-identity';
import { stmt } from '../pricing/raw-context';

const AFTER_ALL = '\u{10FFFF}';

/** Orders and customers a ticket could be about: order id (exact or prefix), phone (exact) or name (prefix). */
export function lookupTicketTarget(sqlite: Sqlite, query: string, storefrontId?: string): TicketLookup {
  const text = query.trim();
  const phone = normalizePhone(text);
  const sf = storefrontId ? 'AND o.storefront_id = @sf' : '';
  const orders = stmt(
    sqlite,
    `SELECT o.id, o.storefront_id, s.name AS storefront_name, o.external_id, o.placed_at, o.buyer_name,
            o.buyer_phone, o.customer_id
       FROM orders o JOIN storefronts s ON s.id = o.storefront_id
      WHERE o.id IN (
              SELECT id FROM orders WHERE external_id >= @text AND external_id < @textEnd
              UNION SELECT id FROM orders WHERE buyer_phone = @text OR buyer_phone = @phone
              UNION SELECT id FROM orders WHERE buyer_name IS NOT NULL
                      AND buyer_name >= @text COLLATE NOCASE AND buyer_name < @textEnd COLLATE NOCASE)
        ${sf}
      ORDER BY o.placed_at DESC LIMIT 20`,
  ).all({ text, textEnd: text + AFTER_ALL, phone, sf: storefrontId ?? null }) as {
    id: string;
    storefront_id: string;
    storefront_name: string;
    external_id: string;
    placed_at: string;
    buyer_name: string | null;
    buyer_phone: string | null;
    customer_id: string | null;
  }[];
  const customers = stmt(
    sqlite,
    `SELECT id, name, phone FROM customers
      WHERE id IN (SELECT customer_id FROM customer_identities WHERE kind = 'phone' AND value = @phone)
         OR (name >= @text COLLATE NOCASE AND name < @textEnd COLLATE NOCASE)
      ORDER BY name LIMIT 20`,
  ).all({ text, textEnd: text + AFTER_ALL, phone }) as {
    id: string;
    name: string | null;
    phone: string | null;
  }[];
  return {
    orders: orders.map((o) => ({
      id: o.id,
      storefrontId: o.storefront_id,
      storefrontName: o.storefront_name,
      externalId: o.external_id,
      placedAt: o.placed_at,
      buyerName: o.buyer_name,
      buyerPhone: o.buyer_phone,
      customerId: o.customer_id,
    })),
    customers,
  };
}
