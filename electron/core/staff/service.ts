import { inTransaction } from '../db/transaction';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database, StaffRow } from '../db/schema';
import type { StaffMember, StaffRole } from '../../../shared/domain/staff';
import type { staffFieldsSchema } from '../../../shared/api/schemas/settings';
import { notFound } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import { writeAudit } from '../audit/repo';

type StaffFields = z.output<typeof staffFieldsSchema>;

const toStaff = (r: StaffRow): StaffMember => ({
  id: r.id,
  name: r.name,
  role: r.role as StaffRole,
  archived: r.archived === 1,
  createdAt: r.created_at,
});

export async function listStaff(db: Kysely<Database>, includeArchived = false): Promise<StaffMember[]> {
  let q = db.selectFrom('staff').selectAll().orderBy('archived').orderBy('name');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toStaff);
}

export async function getStaff(db: Kysely<Database>, id: string): Promise<StaffMember> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('staff', id);
  return toStaff(row);
}

export async function createStaff(db: Kysely<Database>, fields: StaffFields): Promise<StaffMember> {
  return inTransaction(db, async (trx) => {
    const id = newId();
    await trx
      .insertInto('staff')
      .values({ id, name: fields.name, role: fields.role, archived: 0, created_at: nowIso() })
      .execute();
    await writeAudit(trx, { entity: 'staff', entityId: id, action: 'create', detail: fields });
    return getStaff(trx, id);
  });
}

export async function updateStaff(
  db: Kysely<Database>,
  id: string,
  patch: Partial<StaffFields>,
): Promise<StaffMember> {
  return inTransaction(db, async (trx) => {
    const before = await getStaff(trx, id);
    const values = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role && { role: patch.role }),
    };
    if (Object.keys(values).length) await trx.updateTable('staff').set(values).where('id', '=', id).execute();
    const after = await getStaff(trx, id);
    await writeAudit(trx, { entity: 'staff', entityId: id, action: 'update', detail: { before, after } });
    return after;
  });
}

export async function setStaffArchived(
  db: Kysely<Database>,
  id: string,
  archived: boolean,
): Promise<StaffMember> {
  return inTransaction(db, async (trx) => {
    await getStaff(trx, id);
    await trx
      .updateTable('staff')
      .set({ archived: archived ? 1 : 0 })
      .where('id', '=', id)
      .execute();
    if (archived) {
      // An archived person cannot keep "working": clear the acting switch if it points at them.
      await trx
        .updateTable('settings')
        .set({ value: 'null' })
        .where('key', '=', 'actingStaffId')
        .where('value', '=', JSON.stringify(id))
        .execute();
    }
    await writeAudit(trx, { entity: 'staff', entityId: id, action: archived ? 'archive' : 'restore' });
    return getStaff(trx, id);
  });
}
