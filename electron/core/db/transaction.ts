import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Runs `fn` in a transaction, or inside the caller's when `db` already is one, so services compose
 * (the demo shop creates storefronts inside its own all-or-nothing transaction). Kysely refuses nested
 * `transaction()` calls, and SQLite has one connection: using the outer `db` inside would deadlock.
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
