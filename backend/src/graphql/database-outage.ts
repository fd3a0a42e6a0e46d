import type { Logger } from 'pino';

/** What a client is told to wait before trying again while the database does not answer. */
export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = 'The database is not answering; try again in a few seconds';

// PostgreSQL's SQLSTATEs for a server that stopped answering: connection exceptions (class 08), statement
// cancelled by timeout, shutting down or starting up, too many connections.
const UNAVAILABLE_STATES = /^(08...|57014|57P01|57P02|57P03|53300)$/;
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
// "timeout expired" is pg's own connect timeout (knex's pool opens connections without pg-pool's wording).
// knex swallows the failure of a transaction's BEGIN or SAVEPOINT (the connection dropped or timed out) and
// reports it only on the transaction's next statement, as "Transaction query already complete". The app
// never runs a statement on a transaction it has ended, so this means the database stopped answering.
const UNAVAILABLE_MESSAGES =
  /Timeout acquiring a connection|Query read timeout|Connection terminated|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error|canceling statement due to statement timeout|Transaction query already complete/i;

/** True when `error` (or what caused it) says PostgreSQL is not answering, as opposed to refusing a statement. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    sqlState?: unknown;
    errno?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    previous?: unknown;
  };
  for (const state of [e.sqlState, e.code]) if (typeof state === 'string' && UNAVAILABLE_STATES.test(state)) return true;
  if (typeof e.code === 'string' && UNAVAILABLE_ERRNOS.has(e.code)) return true;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.previous, depth + 1);
}

/**
 * Logs an outage once when it starts and once when it ends, however many requests meet it meanwhile
 * (one process; each instance logs its own view).
 */
export class OutageLog {
  private since: number | null = null;

  constructor(private readonly log: Logger) {}

  failed(cause: unknown): void {
    if (this.since !== null) return;
    this.since = Date.now();
    this.log.error({ err: cause }, 'database unavailable: answering SERVICE_UNAVAILABLE until it returns');
  }

  answered(): void {
    if (this.since === null) return;
    this.log.warn({ outageSeconds: Math.round((Date.now() - this.since) / 1000) }, 'database available again');
    this.since = null;
  }
}
