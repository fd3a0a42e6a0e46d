import { practiceInput } from '../../test-support/factories.js';
import { CLIENT_TIMEOUT_MS, post, type Attempt } from './client.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export type WriteKind = 'practice' | 'adoption' | 'collection';

/** One write a device wants done, with the key it keeps for every attempt. */
export interface Write {
  n: number;
  kind: WriteKind;
  /** The Idempotency-Key, also written into the record (title or result) so the record can be found by it. */
  key: string;
  variables: Record<string, unknown>;
  attempts: Attempt[];
  /** The attempt that answered with data: the write is acknowledged. */
  acked: Attempt | null;
  /** The id the acknowledging answer named. */
  recordId: string | null;
}

const MUTATIONS: Record<WriteKind, { field: string; query: string }> = {
  practice: {
    field: 'createPractice',
    query: 'mutation CreatePractice($input: PracticeContentInput!) { createPractice(input: $input) { id } }',
  },
  adoption: {
    field: 'reportAdoption',
    query: 'mutation ReportAdoption($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id } }',
  },
  collection: {
    field: 'createCollection',
    query: 'mutation CreateCollection($input: CreateCollectionInput!) { createCollection(input: $input) { id } }',
  },
};

/** Where the record of each kind lands and the column holding its key. */
export const RECORD_TABLES: Record<WriteKind, { table: string; column: string; marker: (key: string) => string }> = {
  practice: { table: 'practice', column: 'title_uk', marker: (key) => `Практика ${key}` },
  adoption: { table: 'adoption', column: 'result_uk', marker: (key) => `Спробували в нас: ${key}` },
  collection: { table: 'collection', column: 'title_uk', marker: (key) => `Збірка ${key}` },
};

/** A write of `kind` under `key`; adoption reports go to one of `practiceIds` (published practices). */
export function newWrite(n: number, kind: WriteKind, key: string, practiceIds: string[]): Write {
  const marker = RECORD_TABLES[kind].marker(key);
  const variables =
    kind === 'practice'
      ? { input: practiceInput({ titleUk: marker }) }
      : kind === 'adoption'
        ? { input: { practiceId: practiceIds[n % practiceIds.length], adoptedOn: '2025-03-01', resultUk: marker, participantCount: 12 } }
        : { input: { titleUk: marker } };
  return { n, kind, key, variables, attempts: [], acked: null, recordId: null };
}

/** Sends `write` once, as the signed-in librarian (practices, reports) or trainer (collections), and keeps the attempt. */
export async function sendWrite(
  url: string,
  cookies: { librarian: string; trainer: string },
  write: Write,
  timeoutMs?: number,
): Promise<Attempt> {
  const { field, query } = MUTATIONS[write.kind];
  const cookie = write.kind === 'collection' ? cookies.trainer : cookies.librarian;
  const attempt = await post(url, query, write.variables, { cookie, key: write.key, timeoutMs });
  write.attempts.push(attempt);
  if (attempt.outcome === 'ok' && !write.acked) {
    write.acked = attempt;
    write.recordId = (attempt.data?.[field] as { id?: string } | undefined)?.id ?? null;
  }
  return attempt;
}

export interface StreamOptions {
  url: string;
  /** Session cookies: a librarian (practices, adoption reports for their confirmed organisation) and a trainer (collections). */
  librarian: string;
  trainer: string;
  /** Published practices to report adoptions of. */
  practiceIds: string[];
  /** Prefix of every key, unique to the run. */
  runId: string;
  workers?: number;
  /** Pause between one worker's writes, so the stream is steady rather than a flood. */
  gapMs?: number;
  /**
   * Pause before sending an unanswered write again. Shorter than the server's Retry-After (5 s) on purpose,
   * so the time to recover is measured to within half a second.
   */
  retryDelayMs?: number;
  /** How long a client waits for one answer before it takes the answer as lost and sends the write again. */
  timeoutMs?: number;
}

/**
 * A steady stream of acknowledged writes, as devices with an outbox send them: each write has its own
 * Idempotency-Key; a write without an answer (503, no connection, CONFLICT while its key is still being
 * answered) goes again with the same key until it is acknowledged. Every attempt is kept for the report.
 */
export class WriteStream {
  readonly writes: Write[] = [];
  /** Writes the server refused (a bad request): the stream's writes are all valid, so none should be here. */
  readonly refused: Write[] = [];
  private stopping = false;
  private giveUpAt = Infinity;
  private workers: Promise<void>[] = [];
  private readonly opts: Required<StreamOptions>;

  constructor(options: StreamOptions) {
    this.opts = { workers: 4, gapMs: 50, retryDelayMs: 500, timeoutMs: CLIENT_TIMEOUT_MS, ...options };
  }

  start(): void {
    for (let i = 0; i < this.opts.workers; i++) this.workers.push(this.work());
  }

  /**
   * Stops taking new writes; resolves when every worker's current write is acknowledged or refused, or, past
   * `graceMs`, given up on (left unacknowledged).
   */
  async stop(graceMs = 60_000): Promise<void> {
    this.stopping = true;
    this.giveUpAt = Date.now() + graceMs;
    await Promise.all(this.workers);
  }

  attempts(): Attempt[] {
    return this.writes.flatMap((w) => w.attempts);
  }

  /** The first acknowledgement that arrived at or after `time`. */
  firstAckAfter(time: number): Attempt | undefined {
    return this.attempts()
      .filter((a) => a.outcome === 'ok' && a.endedAt >= time)
      .sort((a, b) => a.endedAt - b.endedAt)[0];
  }

  private next(): Write {
    const n = this.writes.length;
    const kinds: WriteKind[] = ['practice', 'adoption', 'collection'];
    const write = newWrite(n, kinds[n % kinds.length]!, `${this.opts.runId}-${n}`, this.opts.practiceIds);
    this.writes.push(write);
    return write;
  }

  /** A write sent once and then given up on (a device that was switched off): never sent again. */
  async sendOnce(timeoutMs: number): Promise<Write> {
    const write = this.next();
    await sendWrite(this.opts.url, this.opts, write, timeoutMs);
    return write;
  }

  private async work(): Promise<void> {
    while (!this.stopping) {
      await this.send(this.next());
      await sleep(this.opts.gapMs);
    }
  }

  private async send(write: Write): Promise<void> {
    for (;;) {
      const attempt = await sendWrite(this.opts.url, this.opts, write, this.opts.timeoutMs);
      if (attempt.outcome === 'ok') return;
      if (attempt.outcome === 'refused') {
        this.refused.push(write);
        return;
      }
      if (Date.now() > this.giveUpAt) return;
      await sleep(this.opts.retryDelayMs);
    }
  }
}
