import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { correctPlan, correctedText, planQuery, type QueryPlan } from '../search.query.js';
import { highlight, snippet, stems, wordMatcher } from '../search.text.js';
import {
  type Facet,
  type ReindexProgress,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../search-index.js';
import { answerStatement, COUNT_LIMIT, FACET_LIMIT, type Answer } from './search-statement.js';

/** Every facet value of a document as `facet:value`. */
export function facetValues(d: SearchDocument): string[] {
  const scalar = (facet: Facet, value: string | null) => (value ? [`${facet}:${value}`] : []);
  const many = (facet: Facet, values: string[]) => values.map((v) => `${facet}:${v}`);
  return [
    ...scalar('type', d.type),
    ...many('themes', d.themes),
    ...many('audiences', d.audiences),
    ...many('formats', d.formats),
    ...scalar('oblast', d.oblast),
    ...scalar('communityKind', d.communityKind),
    ...scalar('organization', d.organization),
    ...scalar('evidenceLevel', d.evidenceLevel),
    ...many('conditions', d.conditions),
    ...many('languages', d.languages),
  ];
}

/**
 * Runs one statement with bound parameters (sent apart from the text, not quoted into it), in the
 * entity manager's transaction when it has one.
 */
async function run<T = unknown>(em: EntityManager, sql: string, bindings: unknown[] = []): Promise<T[]> {
  const query = em
    .getConnection()
    .getKnex()
    .raw(sql, bindings as never[]);
  const ctx = em.getTransactionContext();
  const result = (await (ctx ? query.transacting(ctx) : query)) as { rows: T[] };
  return result.rows;
}

/** The stored columns of a document (all but the text vectors), with their types. */
const DOCUMENT_COLUMNS = {
  id: 'text',
  type: 'text',
  record_id: 'uuid',
  slug: 'text',
  title_uk: 'text',
  title_en: 'text',
  summary_uk: 'text',
  summary_en: 'text',
  body: 'text',
  themes: 'text[]',
  audiences: 'text[]',
  formats: 'text[]',
  oblast: 'text',
  community_kind: 'text',
  organization: 'text',
  evidence_level: 'text',
  conditions: 'text[]',
  languages: 'text[]',
  published_at: 'timestamptz',
  adoption_count: 'int',
  facet_values: 'text[]',
} as const;

/**
 * Search in PostgreSQL itself: the default engine, nothing extra to install. Ukrainian stems in a
 * weighted tsvector, prefix matching for word forms and as-you-type, trigram typo correction over the
 * index's own vocabulary, facet counts in one pass over the matches.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres' as const;

  constructor(private readonly orm: MikroORM) {}

  private em(): EntityManager {
    return this.orm.em.fork();
  }

  async prepare(): Promise<void> {
    // The tables come with the migrations.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.em().transactional((em) => this.write(em, 'search_document', this.rows(documents), true));
  }

  /** Documents as the rows `write` stores, with their stems, and the stems to add to the vocabulary. */
  private rows(documents: SearchDocument[]) {
    const vocabulary = new Set<string>();
    const rows = documents.map((d) => {
      const title = stems(`${d.titleUk} ${d.titleEn ?? ''}`);
      const middle = stems(`${d.summaryUk} ${d.summaryEn ?? ''} ${d.themeNames.join(' ')}`);
      const body = stems(d.body);
      const all = new Set([...title, ...middle, ...body]);
      for (const term of all) if (term.length >= 3) vocabulary.add(term);
      return {
        id: d.id,
        type: d.type,
        record_id: d.recordId,
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
        published_at: new Date(d.publishedAt).toISOString(),
        adoption_count: d.adoptionCount,
        facet_values: facetValues(d),
        // `tsv` (every stem once, no positions) decides matching; `tsv_head` (title A, summary B) ranks.
        terms: [...all].join(' '),
        head_a: title.join(' '),
        head_b: middle.join(' '),
      };
    });
    return { rows, vocabulary };
  }

  /**
   * Writes rows in one statement with one parameter: the batch as JSON, read back with
   * `json_to_recordset`. The text vectors are made from the stems computed in `rows`.
   */
  private async write(em: EntityManager, table: string, { rows, vocabulary }: ReturnType<PostgresSearchIndex['rows']>, replace: boolean) {
    if (!rows.length) return;
    const columns = Object.keys(DOCUMENT_COLUMNS).join(', ');
    const update = Object.keys(DOCUMENT_COLUMNS)
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    await run(
      em,
      `insert into ${table} (${columns}, tsv, tsv_head)
       select ${columns}, strip(to_tsvector('simple', terms)),
         setweight(to_tsvector('simple', head_a), 'A') || setweight(to_tsvector('simple', head_b), 'B')
       from json_to_recordset(?::json) as r(${Object.entries(DOCUMENT_COLUMNS)
         .map(([c, type]) => `${c} ${type}`)
         .join(', ')}, terms text, head_a text, head_b text)
       ${replace ? `on conflict (id) do update set ${update}, tsv = excluded.tsv, tsv_head = excluded.tsv_head` : ''}`,
      [JSON.stringify(rows)],
    );
    if (vocabulary.size) {
      await run(em, `insert into search_vocabulary (word) select unnest(?::text[]) on conflict do nothing`, [[...vocabulary]]);
    }
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await run(this.em(), `delete from search_document where id = any(?::text[])`, [ids]);
  }

  /**
   * Builds the new index in a table of its own and swaps it in at the end, in one transaction:
   * readers keep searching the old table until the commit; writers (the indexer) wait for it and
   * then write into the new table, so no edit made during the rebuild is lost. Indexes are built
   * after the rows are in (several times faster than keeping them up to date row by row), with the
   * live table's own definitions, and take its names at the swap.
   */
  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, progress?: ReindexProgress): Promise<void> {
    await this.em().transactional(async (em) => {
      await run(em, 'lock table search_document in exclusive mode');
      await run(em, 'create table search_document_next (like search_document including defaults including constraints)');
      await run(em, 'delete from search_vocabulary');
      // While PostgreSQL writes one batch, the next one is read and stemmed here.
      let done = 0;
      let writing: Promise<void> = Promise.resolve();
      for await (const batch of batches) {
        const rows = this.rows(batch);
        await writing;
        writing = this.write(em, 'search_document_next', rows, false).then(() => {
          done += batch.length;
          progress?.(done, total);
        });
        writing.catch(() => undefined); // awaited above on the next turn or after the loop
      }
      await writing;
      const indexes = await run<{ name: string; definition: string; primary: boolean }>(
        em,
        `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition, i.indisprimary as primary
         from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = 'search_document'::regclass`,
      );
      for (const [n, index] of indexes.entries()) {
        const definition = index.definition.replace(
          /^CREATE (UNIQUE )?INDEX \S+ ON (\S+\.)?search_document /,
          `CREATE $1INDEX search_document_next_${n} ON search_document_next `,
        );
        await run(em, definition);
        if (index.primary) {
          await run(
            em,
            `alter table search_document_next add constraint search_document_next_pkey_${n} primary key using index search_document_next_${n}`,
          );
        }
      }
      await run(em, 'drop table search_document');
      await run(em, 'alter table search_document_next rename to search_document');
      for (const [n, index] of indexes.entries()) {
        const current = index.primary ? `search_document_next_pkey_${n}` : `search_document_next_${n}`;
        await run(em, `alter index ${current} rename to ${index.name}`);
      }
    });
  }

  async ids(): Promise<Set<string>> {
    const rows = await run<{ id: string }>(this.em(), 'select id from search_document');
    return new Set(rows.map((r) => r.id));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    let plan = planQuery(query.text);
    let answer = await this.answer(query, plan, !query.exact);
    const unknown = Object.keys(answer.similar).map(Number);
    if (unknown.length) {
      const similar = Object.assign({}, ...Object.values(answer.similar)) as Record<string, string[]>;
      plan = correctPlan(plan, unknown, { similar: (base) => similar[base] ?? [] });
      if (plan.corrections.length) answer = await this.answer(query, plan, false);
    }
    const { hits, counted, facets: facetRows } = answer;
    const totalIsExact = counted <= COUNT_LIMIT;
    const total = Math.min(counted, COUNT_LIMIT);
    const facetsAreExact = total <= FACET_LIMIT;
    const scale = facetsAreExact ? 1 : total / FACET_LIMIT;

    const facets: SearchResult['facets'] = {};
    for (const f of query.facets) facets[f] = {};
    for (const [v, n] of Object.entries(facetRows)) {
      const at = v.indexOf(':');
      const counts = facets[v.slice(0, at) as Facet];
      if (counts) counts[v.slice(at + 1)] = Math.round(n * scale);
    }

    const matches = wordMatcher(plan.highlight);
    return {
      total,
      totalIsExact,
      facetsAreExact,
      facets,
      correctedText: correctedText(
        query.text,
        plan.corrections,
        hits.flatMap((r) => [r.title_uk, r.summary_uk, r.body]),
      ),
      hits: hits.map((r): SearchHit => ({
        id: r.id,
        type: r.type,
        recordId: r.record_id,
        slug: r.slug,
        titleHtml: highlight(r.title_uk, plan.highlight, matches),
        summaryHtml: highlight(r.summary_uk, plan.highlight, matches),
        snippetHtml: plan.highlight.length ? snippet(r.body, plan.highlight, 30, matches) : null,
        themes: r.themes,
        organization: r.organization,
      })),
    };
  }

  private async answer(query: SearchQuery, plan: QueryPlan, checkWords: boolean): Promise<Answer> {
    const { statement, params } = answerStatement(query, plan, checkWords);
    const [row] = await run<{ answer: Answer }>(this.em(), 'select poruch_search_answer(?, ?::text[]) as answer', [statement, params]);
    return row!.answer;
  }
}
