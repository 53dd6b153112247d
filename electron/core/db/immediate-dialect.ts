import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * Kysely begins SQLite transactions DEFERRED. A deferred transaction that reads first (every service checks
 * before it writes) and then upgrades to a write while another process holds the write lock — a CLI import, a
 * job worker — gets SQLITE_BUSY at once: SQLite does not call the busy handler for that upgrade, so
 * busy_timeout never applies (measured: settings and catalog edits failed during a 4,000-order CLI import).
 * BEGIN IMMEDIATE takes the write lock up front, which does wait for busy_timeout. Services only wrap writes
 * in transactions (CONTRIBUTING.md), so nothing read-only queues behind a writer because of this.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
