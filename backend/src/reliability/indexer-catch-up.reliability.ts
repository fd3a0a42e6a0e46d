import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsOf } from '../modules/search/search-document.js';
import { SEARCH_TYPES, type SearchDocument } from '../modules/search/search-index.js';
import { SearchIndexer } from '../modules/search/search-indexer.js';
import { signedIn, type Caller } from '../test-support/accounts.js';
import { practiceInput } from '../test-support/factories.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { waitFor } from './support/health-probe.js';

/**
 * The search indexer stopped while 1,000 writes change what is searchable (practices created, submitted,
 * published, edited through review, archived), then started: the time until the PostgreSQL engine's index
 * holds exactly the documents the database says it should, field by field.
 *
 * The app runs in this process (the test app: real HTTP, real PostgreSQL, the production SearchIndexer
 * with its production settings), because the indexer is not started there until the test starts it; the
 * app's own entry point always starts its indexer.
 */

const WRITES = 1_000;
const CREATED = 180; // each created, submitted and approved: 540 writes
const EDITED = 140; // of those, each edited, submitted and approved again: 420 writes
const ARCHIVED_NEW = 20; // …and 40 archived: 20 of the new practices, 20 of the seed catalogue
const ARCHIVED_SEED = 20;
const WORKERS = 6;
/** The indexer must have caught up with 1,000 writes within this (it polls every second, 200 rows a batch). */
const CATCH_UP_BOUND_MS = 60_000;

const CREATE = `mutation($input: PracticeContentInput!) { createPractice(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: PracticeContentInput!) { updatePractice(id: $id, version: $version, input: $input) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitForReview(type: PRACTICE, id: $id) { status } }`;
const APPROVE = `mutation($id: ID!) { approveSubmission(id: $id) { outcome } }`;
const ARCHIVE = `mutation($id: ID!) { archiveRecord(type: PRACTICE, id: $id) { status } }`;

/** What the engine keeps of a document, in the form both sides can be compared in. */
type Stored = Record<string, unknown>;

/** Audiences and formats are sets: the engine keeps them in whatever order the records were read. */
const normalised = (doc: Stored): Stored => ({
  ...doc,
  audiences: [...(doc.audiences as string[])].sort(),
  formats: [...(doc.formats as string[])].sort(),
});

function fromDocument(d: SearchDocument): Stored {
  return normalised({
    slug: d.slug,
    title_uk: d.titleUk,
    title_en: d.titleEn,
    summary_uk: d.summaryUk,
    summary_en: d.summaryEn,
    body: d.body,
    themes: d.themes,
    audiences: d.audiences,
    formats: d.formats,
    oblast: d.oblast,
    community_kind: d.communityKind,
    organization: d.organization,
    evidence_level: d.evidenceLevel,
    conditions: d.conditions,
    languages: d.languages,
    published_at: d.publishedAt,
    adoption_count: d.adoptionCount,
  });
}

interface Difference {
  missing: string[];
  extra: string[];
  changed: string[];
}

describe('the search indexer stopped during 1,000 writes', () => {
  let app: TestApp;
  let author: Caller;
  let moderator: Caller;
  let indexer: SearchIndexer | undefined;
  const figures: Record<string, string | number> = {};

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    [author, moderator] = await Promise.all([signedIn(app, 'librarian'), signedIn(app, 'moderator')]);
  });

  afterAll(async () => {
    await indexer?.stop();
    await app?.close();
    console.log(
      `\nIndexer catch-up figures:\n${Object.entries(figures)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`,
    );
  });

  /** Documents the database says should be in the index: every published record's, built as the indexer builds them. */
  async function expected(): Promise<Map<string, Stored>> {
    const em = app.orm.em.fork();
    const wanted = new Map<string, Stored>();
    for (const type of SEARCH_TYPES) {
      const rows = await em.getConnection().execute<{ id: string }[]>(`select id from ${type} where status = 'published'`);
      for (const d of await documentsOf(
        em,
        type,
        rows.map((r) => r.id),
      ))
        wanted.set(d.id, fromDocument(d));
    }
    return wanted;
  }

  /** What the engine holds: its ids through the port, its documents from its table. */
  async function indexed(): Promise<Map<string, Stored>> {
    const ids = await app.search.ids();
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute<(Stored & { id: string; published_at: Date })[]>(
        `select id, slug, title_uk, title_en, summary_uk, summary_en, body, themes, audiences, formats, oblast, community_kind,
                organization, evidence_level, conditions, languages, published_at, adoption_count from search_document`,
      );
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    return new Map(rows.map(({ id, ...r }) => [id, normalised({ ...r, published_at: new Date(r.published_at).getTime() })]));
  }

  /** How the index differs from `want` (by default, what the database says now). */
  async function difference(want?: Map<string, Stored>): Promise<Difference> {
    want ??= await expected();
    const have = await indexed();
    return {
      missing: [...want.keys()].filter((id) => !have.has(id)),
      extra: [...have.keys()].filter((id) => !want.has(id)),
      changed: [...want.entries()]
        .filter(([id, doc]) => have.has(id) && JSON.stringify(have.get(id)) !== JSON.stringify(doc))
        .map(([id]) => id),
    };
  }
  const inStep = (d: Difference) => d.missing.length + d.extra.length + d.changed.length === 0;

  async function ok<T>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await caller.gql<T>(query, variables);
    expect(res.errors, `${query.slice(0, 60)} ${JSON.stringify(variables).slice(0, 200)}`).toBeUndefined();
    return res.data!;
  }

  let writes = 0;
  async function write(caller: Caller, query: string, variables: Record<string, unknown>) {
    await ok(caller, query, variables);
    writes++;
  }

  /** Read straight from the database (not writes, and cheaper than the moderators' queue). */
  const read = <T>(sql: string, params: unknown[]) => app.orm.em.fork().getConnection().execute<T[]>(sql, params);

  async function approve(recordId: string) {
    const [submission] = await read<{ id: string }>(`select id from submission where practice_id = ? and outcome = 'open'`, [recordId]);
    expect(submission, `an open submission for ${recordId}`).toBeDefined();
    await write(moderator, APPROVE, { id: submission!.id });
  }

  /** One practice's life: created, published; perhaps edited and published again; perhaps archived. */
  async function life(i: number): Promise<void> {
    const { createPractice: p } = await ok<{ createPractice: { id: string } }>(author, CREATE, {
      input: practiceInput({ titleUk: `Практика для пошуку ${i}` }),
    });
    writes++;
    await write(author, SUBMIT, { id: p.id });
    await approve(p.id);
    if (i < EDITED) {
      const [current] = await read<{ version: number }>(`select version from practice where id = ?`, [p.id]);
      await write(author, UPDATE, {
        id: p.id,
        version: current!.version,
        input: practiceInput({ titleUk: `Оновлена практика для пошуку ${i}`, summaryUk: `Нова редакція опису практики номер ${i}.` }),
      });
      await write(author, SUBMIT, { id: p.id });
      await approve(p.id);
    }
    if (i >= CREATED - ARCHIVED_NEW) await write(moderator, ARCHIVE, { id: p.id });
  }

  it('makes the index equal to the database within a bound once the indexer starts', async () => {
    // The seed catalogue indexed first, so the measurement covers the 1,000 writes only.
    const seeding = new SearchIndexer(app.orm, app.search, pino({ level: 'warn' }));
    await seeding.drainAll();
    expect(inStep(await difference())).toBe(true);
    const before = await app.search.ids();

    const em = app.orm.em.fork();
    const seedPractices = await em
      .getConnection()
      .execute<{ id: string }[]>(`select id from practice where status = 'published' order by slug limit ?`, [ARCHIVED_SEED]);
    const started = Date.now();
    const queue = Array.from({ length: CREATED }, (_, i) => i);
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) await life(i);
      }),
    );
    for (const { id } of seedPractices) await write(moderator, ARCHIVE, { id });
    figures['writes'] = writes;
    figures['time to make them'] = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    expect(writes).toBe(WRITES);

    // Nothing moved while the indexer was stopped: the index is the one from before, and out of step.
    const [pending] = await em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from search_outbox where processed_at is null`);
    figures['outbox rows waiting'] = pending!.n;
    expect([...(await app.search.ids())].sort()).toEqual([...before].sort());
    const stale = await difference();
    figures['documents out of step before the start'] =
      `${stale.missing.length} missing, ${stale.extra.length} to remove, ${stale.changed.length} changed`;
    expect(stale.missing.length).toBe(CREATED - ARCHIVED_NEW);
    expect(stale.extra.length).toBe(ARCHIVED_SEED);

    // Nothing writes from here on, so what the database wants is read once and the index polled against it.
    const want = await expected();
    indexer = new SearchIndexer(app.orm, app.search, pino({ level: 'warn' }));
    const indexerStarted = Date.now();
    indexer.start();
    let checks = 0;
    await waitFor(
      'the index to equal the database',
      async () => {
        checks++;
        return inStep(await difference(want));
      },
      CATCH_UP_BOUND_MS,
    ).catch(async (err: Error) => {
      const d = await difference(want);
      const have = await indexed();
      const fields = d.changed.slice(0, 5).map((id) => {
        const [w, h] = [want.get(id)!, have.get(id)!];
        const differing = Object.keys(w).filter((k) => JSON.stringify(w[k]) !== JSON.stringify(h[k]));
        return `${id}: ${differing.map((k) => `${k} indexed ${JSON.stringify(h[k]).slice(0, 120)}, database ${JSON.stringify(w[k]).slice(0, 120)}`).join('; ')}`;
      });
      throw new Error(
        `${err.message}: ${d.missing.length} missing, ${d.extra.length} extra, ${d.changed.length} changed\n${fields.join('\n')}`,
      );
    });
    const caughtUp = Date.now() - indexerStarted;
    figures['time for the index to equal the database after the indexer started'] =
      `${(caughtUp / 1000).toFixed(2)} s (${checks} comparisons)`;
    figures['documents in the index'] = (await app.search.ids()).size;
    expect(caughtUp).toBeLessThanOrEqual(CATCH_UP_BOUND_MS);
    // Once more against the database as it is now, and with nothing left in the outbox.
    expect(await difference()).toEqual({ missing: [], extra: [], changed: [] });
    const [left] = await em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from search_outbox where processed_at is null`);
    expect(left!.n).toBe(0);

    // And through the API: an edit is found by its new title; an archived practice is not found by its own.
    const titles = async (query: string) =>
      (
        await ok<{ search: { hits: { title: string }[] } }>(
          author,
          `query($q: String!) { search(query: $q, exact: true) { hits { title } } }`,
          {
            q: query,
          },
        )
      ).search.hits.map((h) => h.title);
    expect(await titles('Оновлена практика для пошуку 7')).toContain('Оновлена практика для пошуку 7');
    const [archived] = await em
      .getConnection()
      .execute<{ title_uk: string }[]>(`select title_uk from practice where id = ?`, [seedPractices[0]!.id]);
    expect(await titles(archived!.title_uk)).not.toContain(archived!.title_uk);
  });
});
