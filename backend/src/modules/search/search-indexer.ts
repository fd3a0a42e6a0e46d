import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { documentId, documentsOf } from './search-document.js';
import { SEARCH_TYPES, SearchRequestError, type SearchIndex, type SearchType } from './search-index.js';

export interface IndexerOptions {
  batchSize?: number;
  /** First retry delay; doubles with every failed attempt up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How often the loop looks for work when idle. */
  pollMs?: number;
}

interface OutboxRow {
  id: string;
  record_type: SearchType;
  record_id: string;
  attempts: number;
}

export interface DrainResult {
  indexed: number;
  removed: number;
  failed: number;
  /** Rows closed unindexed because the engine refused their documents as invalid; not retried. */
  refused: number;
}

interface Applied {
  indexed: number;
  removed: number;
  refused: { row: OutboxRow; error: SearchRequestError }[];
}

/**
 * Drains the search outbox into the engine. Each row is re-read from the database at drain time, so
 * the latest state wins; a row is marked processed only when the engine confirmed the change, and
 * otherwise retried later with exponential backoff. Rows are claimed with SKIP LOCKED, so several
 * indexers never work on the same row. A row whose document the engine refuses as invalid
 * (SearchRequestError: our bug, not an outage) is closed with the error in `last_error` and logged
 * as an error; retrying would be refused the same way. A later change to the record is a new row.
 */
export class SearchIndexer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;
  private readonly opts: Required<IndexerOptions>;

  constructor(
    private readonly orm: MikroORM,
    private readonly index: SearchIndex,
    private readonly log: Logger,
    options: IndexerOptions = {},
  ) {
    this.opts = { batchSize: 200, baseDelayMs: 1_000, maxDelayMs: 5 * 60_000, pollMs: 1_000, ...options };
  }

  /** Delay before the next try after `attempts` failures. */
  backoff(attempts: number): number {
    return Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  }

  /** Processes one batch of due rows; returns what happened. */
  async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { indexed: 0, removed: 0, failed: 0, refused: 0 };
    await this.orm.em.fork().transactional(async (em) => {
      const conn = em.getConnection();
      const ctx = em.getTransactionContext();
      const rows: OutboxRow[] = await conn.execute(
        `select id, record_type, record_id, attempts from search_outbox
          where processed_at is null and next_attempt_at <= now()
          order by id limit ? for update skip locked`,
        [this.opts.batchSize],
        'all',
        ctx,
      );
      if (!rows.length) return;
      const ids = rows.map((r) => r.id);
      try {
        const { indexed, removed, refused } = await this.applyIsolating(em, rows);
        result.indexed = indexed;
        result.removed = removed;
        result.refused = refused.length;
        const closed = new Set(refused.map((r) => r.row.id));
        const done = ids.filter((id) => !closed.has(id));
        if (done.length) {
          await conn.execute(`update search_outbox set processed_at = now(), last_error = null where id in (?)`, [done], 'run', ctx);
        }
        for (const { row, error } of refused) {
          await conn.execute(
            `update search_outbox set processed_at = now(), attempts = attempts + 1, last_error = ? where id = ?`,
            [`refused by the search engine, not retried: ${error.message}`.slice(0, 1000), row.id],
            'run',
            ctx,
          );
          this.log.error(
            { err: error, outboxId: row.id, recordType: row.record_type, recordId: row.record_id, code: error.code },
            'the search engine refused a document as invalid (a bug to fix); its outbox row is closed with the error, not retried',
          );
        }
      } catch (err) {
        result.failed = rows.length;
        const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
        const message = err instanceof Error ? err.message : String(err);
        await conn.execute(
          `update search_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = now() + (? * interval '1 millisecond') where id in (?)`,
          [message.slice(0, 1000), this.backoff(attempts), ids],
          'run',
          ctx,
        );
        this.log.warn({ err, rows: rows.length, attempts }, 'search indexing failed; will retry');
      }
    });
    return result;
  }

  /**
   * Applies the rows. When the engine refuses them as invalid, halves them until the rows it refuses
   * are found, so that one bad document does not hold back the rest. Any other error fails them all.
   */
  private async applyIsolating(em: EntityManager, rows: OutboxRow[]): Promise<Applied> {
    try {
      return { ...(await this.apply(em, rows)), refused: [] };
    } catch (err) {
      if (!(err instanceof SearchRequestError)) throw err;
      if (rows.length === 1) return { indexed: 0, removed: 0, refused: [{ row: rows[0]!, error: err }] };
      const half = Math.ceil(rows.length / 2);
      const first = await this.applyIsolating(em, rows.slice(0, half));
      const second = await this.applyIsolating(em, rows.slice(half));
      return {
        indexed: first.indexed + second.indexed,
        removed: first.removed + second.removed,
        refused: [...first.refused, ...second.refused],
      };
    }
  }

  /** Upserts documents of records that are published now and removes the others. */
  private async apply(em: EntityManager, rows: OutboxRow[]): Promise<{ indexed: number; removed: number }> {
    let indexed = 0;
    let removed = 0;
    for (const type of SEARCH_TYPES) {
      const ids = [...new Set(rows.filter((r) => r.record_type === type).map((r) => r.record_id))];
      if (!ids.length) continue;
      const documents = await documentsOf(em, type, ids);
      const present = new Set(documents.map((d) => d.recordId));
      const gone = ids.filter((id) => !present.has(id)).map((id) => documentId(type, id));
      await this.index.upsert(documents);
      await this.index.remove(gone);
      indexed += documents.length;
      removed += gone.length;
    }
    return { indexed, removed };
  }

  /** Drains until nothing is due (for tests and the reindex command). */
  async drainAll(): Promise<DrainResult> {
    const total: DrainResult = { indexed: 0, removed: 0, failed: 0, refused: 0 };
    for (;;) {
      const r = await this.drainOnce();
      total.indexed += r.indexed;
      total.removed += r.removed;
      total.failed += r.failed;
      total.refused += r.refused;
      if (r.indexed + r.removed + r.refused === 0 || r.failed) return total;
    }
  }

  /** Runs in the background until stop(). */
  start(): void {
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.drainAll().catch((err) => this.log.error({ err }, 'search indexer loop failed'));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, this.opts.pollMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
