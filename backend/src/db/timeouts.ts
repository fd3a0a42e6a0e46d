/**
 * How long the app waits for PostgreSQL before it answers SERVICE_UNAVAILABLE instead of hanging. Statements
 * of the app take well under a second (bench:search: at most about 250 ms at 20,000 records), so 10 s is a
 * stall, not a slow query. Migrations, seeding and reindexing use an ORM without these limits.
 */
export const DATABASE_TIMEOUTS = {
  /** PostgreSQL cancels a statement that runs (or waits for a lock) longer than this. */
  statementMs: 10_000,
  /** The client gives up on an answer after this (a stopped or unreachable server never cancels anything). */
  queryMs: 12_000,
  /** …on opening a connection… */
  connectMs: 5_000,
  /** …and on waiting for a free connection from the pool. */
  acquireMs: 5_000,
} as const;

export type DatabaseTimeouts = { [K in keyof typeof DATABASE_TIMEOUTS]: number };

/** MikroORM options that apply `timeouts` to every connection of an ORM. */
export function timeoutOptions(timeouts: DatabaseTimeouts = DATABASE_TIMEOUTS) {
  return {
    driverOptions: {
      acquireConnectionTimeout: timeouts.acquireMs,
      connection: {
        statement_timeout: timeouts.statementMs,
        query_timeout: timeouts.queryMs,
        connectionTimeoutMillis: timeouts.connectMs,
      },
    },
  };
}
