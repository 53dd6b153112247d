import type { Sqlite } from '../db/connection';
import type { InvitationListQuery } from '../../../shared/api/schemas/surveys';
import { notFound } from '../../../shared/api/result';
import type {
  InvitationBatchResult,
  InvitationStatus,
  MarkSentResult,
  SurveyInvitationPage,
  SurveyInvitationRow,
} from '../../../shared/domain/survey-views';
import type { SurveyTrigger } from '../../../shared/domain/surveys';
import { newSortableId } from '../../../shared/logic/ids';
import { stmt } from '../pricing/raw-context';
import { zonedDayStart } from './periods';
import { audit, languageOfPlatform, shopZone } from './repo';
import { activeRule } from './templates';

const addHours = (at: string, hours: number): string =>
  new Date(Date.parse(at) + hours * 3_600_000).toISOString();

/**
 * The survey invitation of a ticket that has just closed, inside the closing transaction (tickets/workflow.ts):
 * only when its storefront's ticket rule is on, once per ticket (a reopened and re-closed ticket keeps its
 * first invitation). The agent is the assignee at close, so results by agent never move with a later reassign.
 */
export function inviteForClosedTicket(
  sqlite: Sqlite,
  ticket: {
    id: string;
    storefront_id: string;
    order_id: string | null;
    customer_id: string | null;
    assignee_id: string | null;
    type: string;
  },
  at: string,
): void {
  const rule = activeRule(sqlite, ticket.storefront_id, 'ticket_closed');
  if (!rule) return;
  if (stmt(sqlite, 'SELECT 1 FROM survey_invitations WHERE ticket_id = ?').get(ticket.id)) return;
  const platform = (
    stmt(sqlite, 'SELECT platform FROM storefronts WHERE id = ?').get(ticket.storefront_id) as {
      platform: string;
    }
  ).platform;
  stmt(
    sqlite,
    `INSERT INTO survey_invitations (id, template_id, trigger, storefront_id, ticket_id, order_id, customer_id,
       agent_id, ticket_type, language, created_at, send_after, sent_at)
     VALUES (?, ?, 'ticket_closed', ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  ).run(
    newSortableId(),
    rule.templateId,
    ticket.storefront_id,
    ticket.id,
    ticket.order_id,
    ticket.customer_id,
    ticket.assignee_id,
    ticket.type,
    languageOfPlatform(platform),
    at,
    addHours(at, rule.delayHours),
  );
}

/**
 * Order invitations are asked for, not made by the order import: an import replays months of history (a
 * first import would invite every buyer of last year) and is the app's hottest write path. The person asks
 * for "completed orders placed from … to" (orders_status_placed_at index); storefronts without an enabled
 * order rule are left out, and an order already invited is skipped (unique index), so asking twice is safe.
 */
export function createOrderInvitations(
  sqlite: Sqlite,
  input: { from: string; to: string; storefrontId?: string },
  at: string,
): InvitationBatchResult {
  return sqlite.transaction((): InvitationBatchResult => {
    const zone = shopZone(sqlite);
    const storefronts = stmt(
      sqlite,
      `SELECT s.id, s.platform FROM storefronts s WHERE s.archived = 0 AND (? IS NULL OR s.id = ?)`,
    ).all(input.storefrontId ?? null, input.storefrontId ?? null) as { id: string; platform: string }[];
    if (input.storefrontId && !storefronts.length) throw notFound('storefront', input.storefrontId);
    const insert = stmt(
      sqlite,
      `INSERT INTO survey_invitations (id, template_id, trigger, storefront_id, ticket_id, order_id, customer_id,
         agent_id, ticket_type, language, created_at, send_after, sent_at)
       VALUES (?, ?, 'order_completed', ?, NULL, ?, ?, NULL, NULL, ?, ?, ?, NULL)
       ON CONFLICT DO NOTHING`,
    );
    let created = 0;
    let skipped = 0;
    for (const s of storefronts) {
      const rule = activeRule(sqlite, s.id, 'order_completed');
      if (!rule) continue;
      const orders = stmt(
        sqlite,
        `SELECT id, customer_id FROM orders
          WHERE status = 'completed' AND placed_at >= ? AND placed_at < ? AND storefront_id = ?`,
      ).all(zonedDayStart(input.from, zone), zonedDayStart(input.to, zone, 1), s.id) as {
        id: string;
        customer_id: string | null;
      }[];
      const language = languageOfPlatform(s.platform);
      for (const o of orders) {
        const done = insert.run(
          newSortableId(),
          rule.templateId,
          s.id,
          o.id,
          o.customer_id,
          language,
          at,
          addHours(at, rule.delayHours),
        );
        if (done.changes) created++;
        else skipped++;
      }
    }
    if (created) audit(sqlite, at, 'survey_invitation', 'orders', 'create', { ...input, created, skipped });
    return { created, skipped };
  })();
}

const statusWhere: Record<InvitationStatus, string> = {
  to_send: 'i.sent_at IS NULL AND i.send_after <= @now AND r.id IS NULL',
  waiting: 'i.sent_at IS NULL AND i.send_after > @now',
  sent: 'i.sent_at IS NOT NULL AND r.id IS NULL',
  answered: 'r.id IS NOT NULL',
  all: '1',
};

const invitationSelect = `
  SELECT i.id, i.template_id, t.name_zh, t.name_en, i.trigger, i.storefront_id, s.name AS storefront_name,
         i.ticket_id, tk.number AS ticket_number, i.order_id, o.external_id AS order_external_id, i.customer_id,
         coalesce(c.name, o.buyer_name) AS customer_name, o.buyer_phone AS phone, i.agent_id,
         st.name AS agent_name, i.language, i.created_at, i.send_after, i.sent_at, r.id AS response_id
    FROM survey_invitations i
    JOIN survey_templates t ON t.id = i.template_id
    JOIN storefronts s ON s.id = i.storefront_id
    LEFT JOIN tickets tk ON tk.id = i.ticket_id
    LEFT JOIN orders o ON o.id = i.order_id
    LEFT JOIN customers c ON c.id = i.customer_id
    LEFT JOIN staff st ON st.id = i.agent_id
    LEFT JOIN survey_responses r ON r.invitation_id = i.id`;

interface InvitationRecord {
  id: string;
  template_id: string;
  name_zh: string;
  name_en: string;
  trigger: SurveyTrigger;
  storefront_id: string;
  storefront_name: string;
  ticket_id: string | null;
  ticket_number: number | null;
  order_id: string | null;
  order_external_id: string | null;
  customer_id: string | null;
  customer_name: string | null;
  phone: string | null;
  agent_id: string | null;
  agent_name: string | null;
  language: 'zh-CN' | 'en';
  created_at: string;
  send_after: string;
  sent_at: string | null;
  response_id: string | null;
}

const toRow = (r: InvitationRecord): SurveyInvitationRow => ({
  id: r.id,
  templateId: r.template_id,
  templateName: { 'zh-CN': r.name_zh, en: r.name_en },
  trigger: r.trigger,
  storefrontId: r.storefront_id,
  storefrontName: r.storefront_name,
  ticketId: r.ticket_id,
  ticketNumber: r.ticket_number,
  orderId: r.order_id,
  orderExternalId: r.order_external_id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  phone: r.phone,
  agentId: r.agent_id,
  agentName: r.agent_name,
  language: r.language,
  createdAt: r.created_at,
  sendAfter: r.send_after,
  sentAt: r.sent_at,
  responseId: r.response_id,
});

type Filters = Pick<InvitationListQuery, 'status' | 'storefrontId' | 'trigger' | 'from' | 'to'>;

function whereOf(sqlite: Sqlite, q: Filters, now: string) {
  const where = [statusWhere[q.status]];
  const params: Record<string, string> = { now };
  // Shop-zone days as UTC bounds on the stored column (no date() around it), so the created_at indexes serve.
  if (q.from || q.to) {
    const zone = shopZone(sqlite);
    if (q.from) {
      where.push('i.created_at >= @createdFrom');
      params.createdFrom = zonedDayStart(q.from, zone);
    }
    if (q.to) {
      where.push('i.created_at < @createdBefore');
      params.createdBefore = zonedDayStart(q.to, zone, 1);
    }
  }
  if (q.storefrontId) {
    where.push('i.storefront_id = @storefrontId');
    params.storefrontId = q.storefrontId;
  }
  if (q.trigger) {
    where.push('i.trigger = @trigger');
    params.trigger = q.trigger;
  }
  return { sql: where.join(' AND '), params };
}

export function listInvitations(sqlite: Sqlite, q: InvitationListQuery, now: string): SurveyInvitationPage {
  const { sql, params } = whereOf(sqlite, q, now);
  const total = (
    sqlite
      .prepare(
        `SELECT count(*) AS n FROM survey_invitations i LEFT JOIN survey_responses r ON r.invitation_id = i.id
          WHERE ${sql}`,
      )
      .get(params) as { n: number }
  ).n;
  const rows = sqlite
    .prepare(
      `${invitationSelect} WHERE ${sql} ORDER BY i.created_at DESC, i.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as InvitationRecord[];
  return { rows: rows.map(toRow), total, page: q.page, pageSize: q.pageSize };
}

/** Every invitation of the filters (for the sheet), newest first. */
export function allInvitations(sqlite: Sqlite, q: Filters, now: string): SurveyInvitationRow[] {
  const { sql, params } = whereOf(sqlite, q, now);
  const rows = sqlite
    .prepare(`${invitationSelect} WHERE ${sql} ORDER BY i.created_at DESC, i.id DESC`)
    .all(params) as InvitationRecord[];
  return rows.map(toRow);
}

export function getInvitation(sqlite: Sqlite, id: string): SurveyInvitationRow {
  const r = sqlite.prepare(`${invitationSelect} WHERE i.id = ?`).get(id) as InvitationRecord | undefined;
  if (!r) throw notFound('survey_invitation', id);
  return toRow(r);
}

/** All or nothing: an unknown id refuses the batch; already sent ones keep their first time. */
export function markSent(sqlite: Sqlite, ids: readonly string[], at: string): MarkSentResult {
  return sqlite.transaction((): MarkSentResult => {
    const find = stmt(sqlite, 'SELECT sent_at FROM survey_invitations WHERE id = ?');
    const update = stmt(sqlite, 'UPDATE survey_invitations SET sent_at = ? WHERE id = ? AND sent_at IS NULL');
    let changed = 0;
    for (const id of ids) {
      if (!find.get(id)) throw notFound('survey_invitation', id);
      changed += update.run(at, id).changes;
    }
    if (changed)
      audit(sqlite, at, 'survey_invitation', ids.length === 1 ? ids[0]! : 'bulk', 'sent', { ids, changed });
    return { changed, sentAt: at };
  })();
}
