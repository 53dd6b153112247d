/**
 * How long a connection waits for another writer (the app, a CLI import, a job worker) before SQLITE_BUSY.
 * Every connection to the shop's file sets it: the app's, each job worker's, the CLI's and read-only probes.
 * A module of its own so job workers can import it without loading Kysely and the migrations.
 */
export const BUSY_TIMEOUT_MS = 5000;
