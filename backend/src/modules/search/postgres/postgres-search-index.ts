import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { EVIDENCE_LEVELS } from '../../catalog/catalog.limits.js';
import { correctPlan, correctedText, correctionBases, groupTsquery, planQuery, type PlanGroup, type QueryPlan } from '../search.query.js';
import { highlight, snippet, stems, wordMatcher } from '../search.text.js';
import {
  FACETS,
  type Facet,
  type ReindexProgress,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
  type SearchType,
} from '../search-index.js';

/**
 * Work per query is bounded so that common words stay fast: only this many title and summary matches
 * are ranked (of a query of several words, this many matching every word and PARTIAL_CANDIDATES
 * matching some: ranking those reads each one's whole text vector), totals are counted exactly up to
 * COUNT_LIMIT, and facets are counted exactly up to FACET_LIMIT matches and estimated in proportion
 * beyond it (the result says so).
 */
export const RANK_CANDIDATES = 1_000;
export const PARTIAL_CANDIDATES = 200;
export const COUNT_LIMIT = 10_000;
export const FACET_LIMIT = 2_000;

/** A PostgreSQL array literal of text values, quoted and escaped. */
export const pgArray = (list: string[]) => `{${list.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

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

/** What one search statement answers. */
interface Answer {
  hits: Row[];
  counted: number;
  facets: Record<string, number>;
  /** For each correctable group the index does not know (by index): similar indexed terms per base. */
  similar: Record<string, Record<string, string[]>>;
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

interface Row {
  id: string;
  type: SearchType;
  record_id: string;
  slug: string;
  title_uk: string;
  summary_uk: string;
  body: string;
  themes: string[];
  organization: string | null;
}

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

  /**
   * One statement, one round trip: the page, the total, the facet counts and, when asked, the
   * indexed terms that look like each correctable word the index does not know. It runs inside
   * `poruch_search_answer` (see its migration: planned without sequential scans, which would unpack
   * every text vector). Every value is an element of the one text array the function passes on
   * (`$1[n]`). The matches are collected once (bounded) for the total, the facets and the ranking.
   */
  private async answer(query: SearchQuery, plan: QueryPlan, checkWords: boolean): Promise<Answer> {
    const params: string[] = [];
    const p = (value: string | number) => {
      params.push(String(value));
      return `$1[${params.length}]`;
    };
    const tsq = (q: string) => `to_tsquery('simple', ${p(q)})`;
    const groups = plan.groups.map(groupTsquery);
    const text = groups.length > 0;
    const any = text ? tsq(groups.join(' | ')) : '';
    const filters = FACETS.filter((f) => query.filters[f]?.length).map(
      (f) => `facet_values && ${p(pgArray(query.filters[f]!.map((v) => `${f}:${v}`)))}::text[]`,
    );
    const where = (...conditions: string[]) => {
      const parts = [...filters, ...conditions];
      return parts.length ? `where ${parts.join(' and ')}` : '';
    };
    const matching = where(...(text ? [`tsv @@ ${any}`] : []));
    const window = query.offset + query.limit;

    let page: string;
    if (text && query.sort === 'relevance') {
      // Candidates, each branch bounded: title and summary matches of every word, then of any word,
      // then matches anywhere (all words, then any word). They are ranked by how many words match, where
      // (title, summary, body), then evidence, adoptions and date.
      const several = groups.length > 1;
      const all = several ? tsq(groups.join(' & ')) : '';
      const matched = several ? groups.map((g) => `(d.tsv @@ ${tsq(g)})::int`).join(' + ') : '1';
      const branches = [
        ...(several ? [`(select id from search_document ${where(`tsv_head @@ ${all}`)} limit ${RANK_CANDIDATES})`] : []),
        `(select id from search_document ${where(`tsv_head @@ ${any}`)} limit ${several ? PARTIAL_CANDIDATES : RANK_CANDIDATES})`,
        ...(several ? [`(select id from search_document ${where(`tsv @@ ${all}`)} limit ${window})`] : []),
        `(select id from matches limit ${window})`,
      ].join(' union all ');
      page = `select id, row_number() over (order by matched desc, field desc, evidence desc, adoption_count desc, published_at desc, id) as ord
        from (select d.id, ${matched} as matched,
                case when ts_filter(d.tsv_head, '{a}') @@ ${any} then 2 when d.tsv_head @@ ${any} then 1 else 0 end as field,
                coalesce(array_position(${p(pgArray([...EVIDENCE_LEVELS]))}::text[], d.evidence_level), 0) as evidence,
                d.adoption_count, d.published_at
              from (select distinct id from (${branches}) b) c join search_document d using (id)) r`;
    } else {
      // A date order over text matches is taken by an expression, so PostgreSQL collects the matches
      // through the text index instead of walking the date index and testing every row's text.
      const date = text ? `published_at + interval '0 seconds'` : 'published_at';
      const order = query.sort === 'adoptions' ? `adoption_count desc, ${date} desc, id` : `${date} desc, id`;
      page = `select id, row_number() over () as ord from (select id from search_document ${matching} order by ${order} limit ${window}) r`;
    }
    // For each correctable group the index does not know: the indexed terms that look like its
    // bases (trigram similarity), keyed by group index and base; the caller keeps those close enough.
    const correctable = checkWords ? plan.groups.flatMap((g, i) => (g.correctable ? [i] : [])) : [];
    // Whether the index holds any form of a one-word group. A lone group is known when it matched
    // (the matches are collected anyway); otherwise its text-vector bitmap is built, which costs
    // milliseconds for a common word, so a group among several is looked up in the vocabulary (every
    // indexed term of three letters or more; the GIN trigram index answers a prefix too; a term of a
    // removed record stays until the next rebuild). Forms shorter than that are left to the vectors.
    const known = (group: PlanGroup, tsquery: string) => {
      const inVectors = `exists (select 1 from search_document where tsv @@ ${tsq(tsquery)})`;
      if (groups.length === 1) return `case when exists (select 1 from matches) then true else ${inVectors} end`;
      const forms = group.alternatives[0]![0]!;
      if (forms.some((f) => f.replace('*', '').length < 3)) return inVectors;
      const exact = forms.filter((f) => !f.endsWith('*'));
      const prefixes = forms.filter((f) => f.endsWith('*')).map((f) => `${f.slice(0, -1)}%`);
      return [
        ...(exact.length ? [`exists (select 1 from search_vocabulary where word = any(${p(pgArray(exact))}::text[]))`] : []),
        ...prefixes.map((prefix) => `exists (select 1 from search_vocabulary where word like ${p(prefix)})`),
      ].join(' or ');
    };
    const similar = correctable.length
      ? `json_strip_nulls(json_build_object(${correctable
          .map(
            (i) =>
              `${p(i)}::text, case when not (${known(plan.groups[i]!, groups[i]!)}) then json_build_object(${correctionBases(
                plan.groups[i]!,
              )
                .map((base) => {
                  const term = p(base);
                  return `${term}::text, array(select word from search_vocabulary where word % ${term} order by similarity(word, ${term}) desc limit 8)`;
                })
                .join(', ')}) end`,
          )
          .join(', ')}))`
      : `'{}'::json`;
    const facets = query.facets.length
      ? `(select coalesce(json_object_agg(v, n), '{}'::json) from (select v, count(*)::int as n
           from (select unnest(facet_values) as v from (select facet_values from matches limit ${FACET_LIMIT}) s) u group by v) f)`
      : `'{}'::json`;
    const statement = `with matches as materialized (select id, facet_values from search_document ${matching} limit ${COUNT_LIMIT + 1}),
      page as (select * from (${page}) x where ord > ${p(query.offset)}::int and ord <= ${p(window)}::int)
      select json_build_object(
        'hits', (select coalesce(json_agg(h order by h.ord), '[]'::json) from (
           select d.id, d.type, d.record_id, d.slug, d.title_uk, d.summary_uk, d.body, d.themes, d.organization, page.ord
           from page join search_document d using (id)) h),
        'counted', (select count(*)::int from matches),
        'facets', ${facets},
        'similar', ${similar})`;
    const [row] = await run<{ answer: Answer }>(this.em(), 'select poruch_search_answer(?, ?::text[]) as answer', [statement, params]);
    return row!.answer;
  }
}
