import type { Sqlite } from '../db/connection';
import { notFound } from '../../../shared/api/result';
import type { CannedReply, RenderedReply } from '../../../shared/domain/ticket-views';
import type { Language } from '../../../shared/domain/settings';
import { newSortableId } from '../../../shared/logic/ids';
import { formatMoney } from '../../../shared/logic/money';
import { stmt } from '../pricing/raw-context';
import { actorOf, requireTicket, ticketLines } from './repo';

/** What a canned reply can say about the ticket's order (PRODUCT.md §7). */
export const knownPlaceholders = ['order_id', 'customer_name', 'sku', 'refund_amount'] as const;
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export const placeholdersIn = (...bodies: string[]): string[] =>
  [...new Set(bodies.flatMap((b) => [...b.matchAll(PLACEHOLDER)].map((m) => m[1]!)))].sort();

interface CannedRow {
  id: string;
  title: string;
  body_zh: string;
  body_en: string;
  placeholders: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

const toReply = (r: CannedRow): CannedReply => ({
  id: r.id,
  title: r.title,
  bodyZh: r.body_zh,
  bodyEn: r.body_en,
  placeholders: JSON.parse(r.placeholders) as string[],
  archived: r.archived === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listCannedReplies(sqlite: Sqlite, includeArchived = false): CannedReply[] {
  const where = includeArchived ? '' : 'WHERE archived = 0';
  return (
    stmt(
      sqlite,
      `SELECT * FROM canned_replies ${where} ORDER BY title COLLATE NOCASE, id`,
    ).all() as CannedRow[]
  ).map(toReply);
}

function requireCanned(sqlite: Sqlite, id: string): CannedRow {
  const row = stmt(sqlite, 'SELECT * FROM canned_replies WHERE id = ?').get(id) as CannedRow | undefined;
  if (!row) throw notFound('canned_reply', id);
  return row;
}

const audit = (sqlite: Sqlite, id: string, action: string, detail: unknown, at: string): void => {
  stmt(
    sqlite,
    'INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(at, actorOf(sqlite), 'canned_reply', id, action, JSON.stringify(detail));
};

/** Creates a reply, or rewrites the one with `id`; the placeholders it uses are read from both bodies. */
export function saveCannedReply(
  sqlite: Sqlite,
  input: { id?: string; title: string; bodyZh: string; bodyEn: string },
  at: string,
): CannedReply {
  return sqlite.transaction((): CannedReply => {
    const placeholders = JSON.stringify(placeholdersIn(input.bodyZh, input.bodyEn));
    if (input.id) {
      const before = requireCanned(sqlite, input.id);
      stmt(
        sqlite,
        'UPDATE canned_replies SET title = ?, body_zh = ?, body_en = ?, placeholders = ?, updated_at = ? WHERE id = ?',
      ).run(input.title, input.bodyZh, input.bodyEn, placeholders, at, input.id);
      audit(sqlite, input.id, 'update', { before: toReply(before) }, at);
      return toReply(requireCanned(sqlite, input.id));
    }
    const id = newSortableId();
    stmt(sqlite, 'INSERT INTO canned_replies VALUES (?, ?, ?, ?, ?, 0, ?, ?)').run(
      id,
      input.title,
      input.bodyZh,
      input.bodyEn,
      placeholders,
      at,
      at,
    );
    audit(sqlite, id, 'create', {}, at);
    return toReply(requireCanned(sqlite, id));
  })();
}

/** Archived replies leave the picker; tickets that used one keep its id on their reply events. */
export function archiveCannedReply(sqlite: Sqlite, id: string, at: string): CannedReply {
  return sqlite.transaction((): CannedReply => {
    requireCanned(sqlite, id);
    stmt(sqlite, 'UPDATE canned_replies SET archived = 1, updated_at = ? WHERE id = ?').run(at, id);
    audit(sqlite, id, 'archive', {}, at);
    return toReply(requireCanned(sqlite, id));
  })();
}

/** The values a ticket gives each placeholder; null when it has none (no order linked, no SKU on its lines). */
function placeholderValues(
  sqlite: Sqlite,
  ticketId: string,
  language: Language,
): Record<string, string | null> {
  const ticket = requireTicket(sqlite, ticketId);
  const order = ticket.order_id
    ? (stmt(sqlite, 'SELECT external_id, buyer_name FROM orders WHERE id = ?').get(ticket.order_id) as
        { external_id: string; buyer_name: string | null } | undefined)
    : undefined;
  const customer = ticket.customer_id
    ? (stmt(sqlite, 'SELECT name FROM customers WHERE id = ?').get(ticket.customer_id) as
        { name: string | null } | undefined)
    : undefined;
  // The ticket's lines, else every line of its order.
  const codes = ticketLines(sqlite, ticketId).map((l) => l.sku_code);
  const skus = codes.length
    ? codes
    : ticket.order_id
      ? (
          stmt(sqlite, 'SELECT sku_code FROM order_lines WHERE order_id = ? ORDER BY line_no').all(
            ticket.order_id,
          ) as {
            sku_code: string | null;
          }[]
        ).map((l) => l.sku_code)
      : [];
  const sku = [...new Set(skus.filter((c): c is string => !!c))].join(', ');
  return {
    order_id: order?.external_id ?? null,
    customer_name: customer?.name ?? order?.buyer_name ?? null,
    sku: sku || null,
    refund_amount: formatMoney(
      ticket.refund_minor,
      ticket.currency,
      language === 'zh-CN' ? 'zh-CN' : 'en-US',
    ),
  };
}

/**
 * The reply's text in one language with the ticket's values filled in, for copying into the platform's chat.
 * A placeholder the app does not know is left visible as written and reported, so a typo is seen before the
 * customer sees it; so is a known one this ticket has no value for.
 */
export function renderCannedReply(
  sqlite: Sqlite,
  input: { id: string; ticketId: string; language: Language },
): RenderedReply {
  const reply = requireCanned(sqlite, input.id);
  const values = placeholderValues(sqlite, input.ticketId, input.language);
  const unknown = new Set<string>();
  const unfilled = new Set<string>();
  const body = input.language === 'zh-CN' ? reply.body_zh : reply.body_en;
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    if (!(knownPlaceholders as readonly string[]).includes(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name];
    if (value === null || value === undefined) {
      unfilled.add(name);
      return whole;
    }
    return value;
  });
  return { text, unknownPlaceholders: [...unknown].sort(), unfilledPlaceholders: [...unfilled].sort() };
}
