import type { Sqlite } from '../db/connection';
import { localDate } from '../../../shared/logic/dates';
import { VALID } from '../orders/rollups/day-sums-sql';
import { readShop, stmt } from '../pricing/raw-context';
import { loadAttributionCampaigns } from './attribution-campaigns';
import {
  attributeOrder,
  normalizeKey,
  type AttributionCampaign,
  type AttributionOrder,
} from './attribution-rules';

/**
 * Keeps campaign_order_lines (migration 0011) equal to what attribution-rules.ts says of the stored orders.
 * Idempotent: a refresh deletes the rows of every order it looks at and writes them again, so running it
 * twice, or after an import that changed nothing, leaves the same rows. Runs after every orders import inside
 * the import's transaction (refreshAttributionForDirtyDays, before refreshRollups clears the day marks),
 * after the demo's orders, and when a campaign is saved, activated, moved or cancelled (refreshAttribution
 * with its id). A line's split between campaigns depends on every campaign claiming it, so each order looked
 * at is attributed against all campaigns at once, not just the ones asked for.
 */

export interface AttributionRefresh {
  campaigns: number;
  orders: number;
  rows: number;
}

type OrderWithId = AttributionOrder & { id: string };

interface LineRow {
  order_id: string;
  storefront_id: string;
  platform: string;
  placed_at: string;
  promotion_codes: string | null;
  order_discount_minor: number;
  line_id: number;
  sku_id: string | null;
  quantity: number;
  unit_price_minor: number;
  line_discount_minor: number;
}

const LINE_COLUMNS = `o.id AS order_id, o.storefront_id, s.platform, o.placed_at, o.promotion_codes,
  o.order_discount_minor, l.id AS line_id, l.sku_id, l.quantity, l.unit_price_minor, l.line_discount_minor
  FROM orders o JOIN storefronts s ON s.id = o.storefront_id JOIN order_lines l ON l.order_id = o.id`;

/** Valid orders of one storefront placed in [from, to): orders_storefront_placed_at serves the range. */
const IN_WINDOW = `SELECT ${LINE_COLUMNS}
  WHERE o.storefront_id = ? AND o.placed_at >= ? AND o.placed_at < ? AND o.status IN ${VALID}
  ORDER BY o.id, l.line_no`;
const ONE_ORDER = `SELECT ${LINE_COLUMNS} WHERE o.id = ? AND o.status IN ${VALID} ORDER BY l.line_no`;
const ATTRIBUTED_ORDERS = `SELECT DISTINCT l.order_id AS id FROM campaign_order_lines c
  JOIN order_lines l ON l.id = c.order_line_id WHERE c.campaign_id = ?`;

/** Adds the orders of `rows` (all lines of each, in line order) that `into` does not hold yet. */
function groupOrders(rows: LineRow[], into: Map<string, OrderWithId>): void {
  const fresh = new Map<string, OrderWithId>();
  for (const r of rows) {
    if (into.has(r.order_id)) continue; // read already for another campaign of the storefront
    let o = fresh.get(r.order_id);
    if (!o) {
      const codes = r.promotion_codes ? (JSON.parse(r.promotion_codes) as string[]) : [];
      o = {
        id: r.order_id,
        storefrontId: r.storefront_id,
        platform: r.platform,
        placedMs: Date.parse(r.placed_at),
        codes: codes.map(normalizeKey),
        orderDiscountMinor: r.order_discount_minor,
        lines: [],
      };
      fresh.set(r.order_id, o);
    }
    (o.lines as AttributionOrder['lines'][number][]).push({
      id: r.line_id,
      skuId: r.sku_id,
      quantity: r.quantity,
      unitPriceMinor: r.unit_price_minor,
      lineDiscountMinor: r.line_discount_minor,
    });
  }
  for (const [id, o] of fresh) into.set(id, o);
}

const iso = (ms: number): string => new Date(ms).toISOString();

function writeOrder(
  sqlite: Sqlite,
  order: OrderWithId | undefined,
  orderId: string,
  all: AttributionCampaign[],
) {
  stmt(
    sqlite,
    'DELETE FROM campaign_order_lines WHERE order_line_id IN (SELECT id FROM order_lines WHERE order_id = ?)',
  ).run(orderId);
  if (!order) return 0;
  const rows = attributeOrder(order, all);
  const insert = stmt(
    sqlite,
    'INSERT INTO campaign_order_lines (order_line_id, campaign_id, rule, discount_minor) VALUES (?, ?, ?, ?)',
  );
  for (const a of rows) insert.run(a.lineId, a.campaignId, a.rule, a.discountMinor);
  return rows.length;
}

/**
 * Re-attributes the orders of the campaigns given (every campaign when omitted): the orders inside their
 * windows now and those attributed to them before (a moved or cancelled campaign lets go of them). Joins the
 * caller's transaction or runs in its own.
 */
export function refreshAttribution(sqlite: Sqlite, campaignIds?: readonly string[]): AttributionRefresh {
  const run = (): AttributionRefresh => {
    const all = loadAttributionCampaigns(sqlite);
    const wanted = campaignIds === undefined ? null : new Set(campaignIds);
    const targets = wanted === null ? all : all.filter((c) => wanted.has(c.id));
    const orders = new Map<string, OrderWithId>();
    const looked = new Set<string>();
    if (wanted === null) {
      stmt(sqlite, 'DELETE FROM campaign_order_lines').run();
    } else {
      for (const id of wanted) {
        for (const r of stmt(sqlite, ATTRIBUTED_ORDERS).all(id) as { id: string }[]) looked.add(r.id);
      }
    }
    for (const c of targets) {
      for (const sf of c.storefrontIds) {
        groupOrders(stmt(sqlite, IN_WINDOW).all(sf, iso(c.startMs), iso(c.endMs)) as LineRow[], orders);
      }
    }
    for (const id of looked) {
      if (!orders.has(id)) groupOrders(stmt(sqlite, ONE_ORDER).all(id) as LineRow[], orders);
    }
    for (const id of orders.keys()) looked.add(id);
    let rows = 0;
    for (const id of looked) rows += writeOrder(sqlite, orders.get(id), id, all);
    return { campaigns: targets.length, orders: looked.size, rows };
  };
  return sqlite.inTransaction ? run() : sqlite.transaction(run).immediate();
}

/**
 * After an orders import (inside its transaction, before refreshRollups clears rollup_dirty): re-attributes
 * the campaigns whose storefront and window meet a (storefront, day) the import marked — a '*' mark meets
 * every day. Cheap when no campaign is stored: one probe.
 */
export function refreshAttributionForDirtyDays(sqlite: Sqlite): AttributionRefresh | null {
  if (stmt(sqlite, "SELECT 1 FROM campaigns WHERE state <> 'draft' LIMIT 1").get() === undefined) return null;
  const marks = stmt(sqlite, 'SELECT storefront_id AS sf, day FROM rollup_dirty').all() as {
    sf: string;
    day: string;
  }[];
  if (!marks.length) return null;
  const { timezone } = readShop(sqlite);
  const ids = new Set<string>();
  for (const c of loadAttributionCampaigns(sqlite)) {
    const first = localDate(iso(c.startMs), timezone);
    const last = localDate(iso(c.endMs - 1), timezone);
    const meets = marks.some(
      (m) => c.storefrontIds.has(m.sf) && (m.day === '*' || (m.day >= first && m.day <= last)),
    );
    if (meets) ids.add(c.id);
  }
  return ids.size ? refreshAttribution(sqlite, [...ids]) : null;
}
