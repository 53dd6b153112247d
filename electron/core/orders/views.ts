import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { writeAudit } from '../audit/repo';
import { AppError, notFound } from '../../../shared/api/result';
import type { OrderViewSave } from '../../../shared/api/schemas/orders';
import type { OrderView } from '../../../shared/domain/order-list';
import { newId, nowIso } from '../../../shared/logic/ids';

/**
 * Saved views of the order list live in one settings row (a JSON array), so they need no table: a shop keeps
 * a handful, always read together.
 */
const KEY = 'orders.views';

/** At most this many views: the menu lists them all. */
export const MAX_VIEWS = 50;

async function readViews(db: Kysely<Database>): Promise<OrderView[]> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return [];
  const parsed = JSON.parse(row.value) as unknown;
  return Array.isArray(parsed) ? (parsed as OrderView[]) : [];
}

async function writeViews(db: Kysely<Database>, views: OrderView[]): Promise<void> {
  const value = JSON.stringify(views);
  await db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

const byName = (a: OrderView, b: OrderView) => a.name.localeCompare(b.name);

export async function listViews(db: Kysely<Database>): Promise<OrderView[]> {
  return (await readViews(db)).sort(byName);
}

/** Creates a view, or replaces the one with `input.id`; names are unique regardless of case. */
export async function saveView(db: Kysely<Database>, input: OrderViewSave): Promise<OrderView> {
  return inTransaction(db, async (trx) => {
    const views = await readViews(trx);
    if (input.id && !views.some((v) => v.id === input.id)) throw notFound('orderView', input.id);
    const lower = input.name.toLowerCase();
    if (views.some((v) => v.id !== input.id && v.name.toLowerCase() === lower)) {
      throw new AppError('CONFLICT', `A saved view named "${input.name}" already exists`, {
        key: 'conflict',
        issues: [{ path: 'name', message: 'viewNameTaken' }],
      });
    }
    if (!input.id && views.length >= MAX_VIEWS) {
      throw new AppError('CONFLICT', `At most ${MAX_VIEWS} saved views`, {
        key: 'conflict',
        issues: [{ path: 'name', message: 'tooLong' }],
      });
    }
    const view: OrderView = {
      id: input.id ?? newId(),
      name: input.name,
      filters: input.filters,
      sort: input.sort,
      direction: input.direction,
      columns: input.columns,
      updatedAt: nowIso(),
    };
    await writeViews(trx, [...views.filter((v) => v.id !== view.id), view]);
    await writeAudit(trx, {
      entity: 'orderView',
      entityId: view.id,
      action: input.id ? 'update' : 'create',
      detail: { name: view.name },
    });
    return view;
  });
}

export async function deleteView(db: Kysely<Database>, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    const views = await readViews(trx);
    const found = views.find((v) => v.id === id);
    if (!found) throw notFound('orderView', id);
    await writeViews(
      trx,
      views.filter((v) => v.id !== id),
    );
    await writeAudit(trx, {
      entity: 'orderView',
      entityId: id,
      action: 'delete',
      detail: { name: found.name },
    });
    return { id };
  });
}
