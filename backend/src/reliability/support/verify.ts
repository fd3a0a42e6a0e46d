import { withPgClient } from '../../db/pg-client.js';
import { RECORD_TABLES, type Write, type WriteKind } from './write-stream.js';

/** What the database holds for one write, read directly with pg. */
export interface WriteInDatabase {
  write: Write;
  /** Ids of records carrying the write's key. */
  records: string[];
  /** Stored answers under the write's Idempotency-Key (0 or 1). */
  storedAnswers: number;
  /** Search outbox rows for the record (practices only: the record is the searchable one). */
  outboxRows: number;
}

export interface DatabaseCheck {
  writes: WriteInDatabase[];
  /**
   * For adoption reports: per practice, the reports this run made and the outbox rows queued for that
   * practice since `since` (each report's transaction queues one).
   */
  adoptionOutbox: { practiceId: string; reports: number; outboxRows: number }[];
}

/** Reads back every write of a run. `since`: when the run began (outbox rows before it are the seed's). */
export async function readBack(databaseUrl: string, writes: Write[], since: Date): Promise<DatabaseCheck> {
  return withPgClient(databaseUrl, async (pg) => {
    const byMarker = new Map<string, string[]>();
    for (const kind of Object.keys(RECORD_TABLES) as WriteKind[]) {
      const { table, column, marker } = RECORD_TABLES[kind];
      const markers = writes.filter((w) => w.kind === kind).map((w) => marker(w.key));
      const { rows } = await pg.query<{ marker: string; id: string }>(
        `select ${column} as marker, id from ${table} where ${column} = any($1)`,
        [markers],
      );
      for (const row of rows) byMarker.set(row.marker, [...(byMarker.get(row.marker) ?? []), row.id]);
    }
    const { rows: answers } = await pg.query<{ key: string; n: number }>(
      `select key, count(*)::int as n from idempotency_key where key = any($1) group by key`,
      [writes.map((w) => w.key)],
    );
    const answersByKey = new Map(answers.map((r) => [r.key, r.n]));
    const practiceIds = writes
      .filter((w) => w.kind === 'practice')
      .flatMap((w) => byMarker.get(RECORD_TABLES.practice.marker(w.key)) ?? []);
    const { rows: outbox } = await pg.query<{ record_id: string; n: number }>(
      `select record_id, count(*)::int as n from search_outbox where record_type = 'practice' and record_id = any($1) group by record_id`,
      [practiceIds],
    );
    const outboxById = new Map(outbox.map((r) => [r.record_id, r.n]));

    const adoptionMarkers = writes.filter((w) => w.kind === 'adoption').map((w) => RECORD_TABLES.adoption.marker(w.key));
    const { rows: adoptionOutbox } = await pg.query<{ practice_id: string; reports: number; outbox_rows: number }>(
      `select a.practice_id, count(*)::int as reports,
              (select count(*)::int from search_outbox o
                where o.record_type = 'practice' and o.record_id = a.practice_id and o.created_at >= $2) as outbox_rows
         from adoption a where a.result_uk = any($1) group by a.practice_id`,
      [adoptionMarkers, since],
    );

    return {
      writes: writes.map((write) => {
        const records = byMarker.get(RECORD_TABLES[write.kind].marker(write.key)) ?? [];
        return {
          write,
          records,
          storedAnswers: answersByKey.get(write.key) ?? 0,
          outboxRows: write.kind === 'practice' ? records.reduce((sum, id) => sum + (outboxById.get(id) ?? 0), 0) : 0,
        };
      }),
      adoptionOutbox: adoptionOutbox.map((r) => ({ practiceId: r.practice_id, reports: r.reports, outboxRows: r.outbox_rows })),
    };
  });
}

/** Published practices of the seed catalogue, to report adoptions of. */
export async function publishedPracticeIds(databaseUrl: string, count: number): Promise<string[]> {
  return withPgClient(databaseUrl, async (pg) => {
    const { rows } = await pg.query<{ id: string }>(`select id from practice where status = 'published' order by slug limit $1`, [count]);
    return rows.map((r) => r.id);
  });
}
