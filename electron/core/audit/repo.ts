import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { nowIso } from '../../../shared/logic/ids';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  detail?: Record<string, unknown>;
}

/** The staff member "working" now, also stamped on cost rows, price history and stock movements. */
export async function actingStaffId(db: Kysely<Database>): Promise<string | null> {
  const acting = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'actingStaffId')
    .executeTakeFirst();
  return acting ? (JSON.parse(acting.value) as string | null) : null;
}

/**
 * Records who did what. The actor is the staff member "working" now (settings.actingStaffId), read in the
 * same transaction as the change so the trail can never disagree with the data.
 */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  const actorId = await actingStaffId(db);
  await db
    .insertInto('audit_log')
    .values({
      at: nowIso(),
      actor_id: actorId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  at: string;
  actorId: string | null;
  entity: string;
  entityId: string;
  action: string;
  detail: Record<string, unknown>;
}

export async function listAudit(
  db: Kysely<Database>,
  entity: string,
  entityId: string,
): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actorId: r.actor_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}
