import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';

/**
 * Tables whose rows never show on a public page: their writes need not refresh any instance's cache. Every
 * other table has the trigger `poruch_catalogue_change` (Migration20261129170000_change_feed); a migration
 * adding a table adds the trigger or lists the table here (change-feed.test.ts checks every table is one or
 * the other).
 */
export const PRIVATE_TABLES: readonly string[] = [
  'mikro_orm_migrations',
  'user_session',
  'login_throttle',
  'idempotency_key',
  'notification',
  'password_reset',
  'submission',
  'search_outbox',
  'search_document',
  'search_vocabulary',
  'invitation',
];

/** The PostgreSQL channel every instance listens on. */
export const CHANGE_CHANNEL = 'poruch_changes';

/**
 * What changed: `catalogue`, anything a public page shows (announced by triggers on the tables, see
 * Migration20261129170000_change_feed); `search`, the search engine's documents (announced by the instance
 * whose indexer wrote them).
 */
export type ChangeTopic = 'catalogue' | 'search';
const TOPICS: readonly ChangeTopic[] = ['catalogue', 'search'];

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/** Tells every instance (this one too) that `topic` changed. */
export async function announceChange(orm: MikroORM, topic: ChangeTopic): Promise<void> {
  await orm.em.fork().getConnection().execute(`select pg_notify(?, ?)`, [CHANGE_CHANNEL, topic], 'run');
}

/**
 * Listens for changes made by any instance on the shared database, so each instance drops what it keeps in
 * memory (rendered pages, search results, facet labels) instead of serving it until it expires. One
 * connection of its own, outside the pool. When that connection is lost, notifications sent meanwhile are
 * lost with it: on every (re)connection each handler runs once, as if everything had changed.
 */
export class ChangeFeed {
  private readonly handlers = new Map<ChangeTopic, Set<() => void>>();
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private delayMs = RECONNECT_MIN_MS;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  /** Runs `handler` whenever `topic` changes; returns the function that stops it. */
  on(topic: ChangeTopic, handler: () => void): () => void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /** Connects and listens; a database that is down now is retried in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private dispatch(topic: ChangeTopic) {
    for (const handler of this.handlers.get(topic) ?? []) {
      try {
        handler();
      } catch (err) {
        this.log.error({ err, topic }, 'a change handler failed');
      }
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000, keepAlive: true });
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log.warn({ err, retryInMs: this.delayMs }, 'change feed lost its connection; caches expire by age until it is back');
      this.schedule();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL) return;
      const topic = TOPICS.find((t) => t === message.payload);
      if (topic) this.dispatch(topic);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}`);
    } catch (err) {
      onLost(err as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.delayMs = RECONNECT_MIN_MS;
    // Whatever changed while nobody listened is unknown: treat it all as changed.
    TOPICS.forEach((topic) => this.dispatch(topic));
  }

  private schedule() {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), this.delayMs);
    this.retryTimer.unref();
    this.delayMs = Math.min(this.delayMs * 2, RECONNECT_MAX_MS);
  }
}
