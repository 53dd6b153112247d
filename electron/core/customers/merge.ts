import type { Sqlite } from '../db/connection';
import type { CustomerMerge } from '../../../shared/api/schemas/customers';
import { notFound } from '../../../shared/api/result';
import { nowIso } from '../../../shared/logic/ids';
import { readShop, stmt } from '../pricing/raw-context';
import { refreshCustomerStats } from './stats';

/** Tables whose figures are recomputed from orders, never moved: stats.ts rebuilds them. */
const DERIVED = new Set(['customer_stats', 'customer_storefronts']);

const referencing = new WeakMap<Sqlite, { table: string; column: string }[]>();

/**
 * Every (table, column) that points at customers, found in the schema rather than listed here: orders and
 * identities today, and whatever a later feature adds (tickets, surveys), so a merge never leaves a row
 * pointing at a customer it deletes (which foreign keys would refuse).
 */
export function customerReferences(sqlite: Sqlite): { table: string; column: string }[] {
  let found = referencing.get(sqlite);
  if (!found) {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    found = tables
      .filter((t) => !DERIVED.has(t.name))
      .flatMap((t) =>
        (sqlite.pragma(`foreign_key_list("${t.name}")`) as { table: string; from: string }[])
          .filter((fk) => fk.table === 'customers')
          .map((fk) => ({ table: t.name, column: fk.from })),
      );
    referencing.set(sqlite, found);
  }
  return found;
}

export interface CustomerSnapshot {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
}

export const readCustomer = (sqlite: Sqlite, id: string): CustomerSnapshot | undefined =>
  stmt(sqlite, 'SELECT id, name, phone, email, note FROM customers WHERE id = ?').get(id) as
    CustomerSnapshot | undefined;

export function writeCustomerAudit(
  sqlite: Sqlite,
  entry: { entityId: string; action: string; detail: Record<string, unknown>; at: string },
): void {
  stmt(
    sqlite,
    'INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    entry.at,
    readShop(sqlite).actingStaffId,
    'customer',
    entry.entityId,
    entry.action,
    JSON.stringify(entry.detail),
  );
}

export interface MergeOutcome {
  targetId: string;
  mergedIds: string[];
  ordersMoved: number;
  identitiesMoved: number;
}

/**
 * Merges customers the person knows are one (PRODUCT.md §5 manual merge), in ONE transaction: every row
 * pointing at a source (orders, identities, other features' rows) moves to the target, the target keeps its
 * own name, phone and e-mail and takes the sources' only where it has none, the sources are deleted, the
 * audit log keeps what each source was, and the target's figures and everyone's RFM ranks are refreshed.
 * A later import keeps this: orders keep their customer, and the moved identities now lead to the target.
 */
export function mergeCustomers(sqlite: Sqlite, input: CustomerMerge): MergeOutcome {
  return sqlite.transaction((): MergeOutcome => {
    const at = nowIso();
    const target = readCustomer(sqlite, input.targetId);
    if (!target) throw notFound('customer', input.targetId);
    const sources = input.sourceIds.map((id) => {
      const source = readCustomer(sqlite, id);
      if (!source) throw notFound('customer', id);
      return source;
    });
    let ordersMoved = 0;
    let identitiesMoved = 0;
    const moved: Record<string, number>[] = [];
    for (const source of sources) {
      const counts: Record<string, number> = {};
      for (const { table, column } of customerReferences(sqlite)) {
        const changes = sqlite
          .prepare(`UPDATE "${table}" SET "${column}" = ? WHERE "${column}" = ?`)
          .run(target.id, source.id).changes;
        if (changes) counts[table] = (counts[table] ?? 0) + changes;
      }
      ordersMoved += counts.orders ?? 0;
      identitiesMoved += counts.customer_identities ?? 0;
      moved.push(counts);
      stmt(
        sqlite,
        `UPDATE customers SET name = coalesce(name, ?), phone = coalesce(phone, ?), email = coalesce(email, ?),
           note = coalesce(note, ?), updated_at = ? WHERE id = ?`,
      ).run(source.name, source.phone, source.email, source.note, at, target.id);
      stmt(sqlite, 'DELETE FROM customers WHERE id = ?').run(source.id);
      writeCustomerAudit(sqlite, {
        entityId: source.id,
        action: 'mergedInto',
        detail: { targetId: target.id, before: source, moved: counts },
        at,
      });
    }
    writeCustomerAudit(sqlite, {
      entityId: target.id,
      action: 'merge',
      detail: { sourceIds: input.sourceIds, sources, moved, ordersMoved, identitiesMoved, before: target },
      at,
    });
    // The sources' rows go, the target's are rebuilt from all its orders now.
    refreshCustomerStats(sqlite, [target.id, ...input.sourceIds], { at });
    return { targetId: target.id, mergedIds: input.sourceIds, ordersMoved, identitiesMoved };
  })();
}
