import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { EVIDENCE_LEVELS } from '../../catalog/catalog.limits.js';
import { correctPlan, correctedText, correctionBases, groupTsquery, planQuery, type QueryPlan } from '../search.query.js';
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
 * Work per query is bounded so that common words stay fast: only this many text matches are ranked,
 * totals are counted exactly up to COUNT_LIMIT, and facets are counted exactly up to FACET_LIMIT
 * matches and estimated in proportion beyond it (the result says so).
 */
export const RANK_CANDIDATES = 1_000;
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
    await this.em().transactional((em) => this.write(em, documents));
  }

  private async write(em: EntityManager, documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const conn = em.getConnection();
    const ctx = em.getTransactionContext();
    const vocabulary = new Set<string>();
    const rows = documents.map((d) => {
      const title = stems(`${d.titleUk} ${d.titleEn ?? ''}`);
      const middle = stems(`${d.summaryUk} ${d.summaryEn ?? ''} ${d.themeNames.join(' ')}`);
      const body = stems(d.body);
      for (const s of [...title, ...middle, ...body]) if (s.length >= 3) vocabulary.add(s);
      // `tsv` (every stem once, no positions) decides matching; `tsv_head` (title, summary) ranks.
      return { d, a: title.join(' '), b: middle.join(' '), all: [...new Set([...title, ...middle, ...body])].join(' ') };
    });
    const values = rows.map(
      () => `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?::text[],
        strip(to_tsvector('simple', ?)), setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))`,
    );
    const params = rows.flatMap(({ d, a, b, all }) => [
      d.id,
      d.type,
      d.recordId,
      d.slug,
      d.titleUk,
      d.titleEn,
      d.summaryUk,
      d.summaryEn,
      d.body,
      pgArray(d.themes),
      pgArray(d.audiences),
      pgArray(d.formats),
      d.oblast,
      d.communityKind,
      d.organization,
      d.evidenceLevel,
      pgArray(d.conditions),
      pgArray(d.languages),
      new Date(d.publishedAt),
      d.adoptionCount,
      pgArray(facetValues(d)),
      all,
      a,
      b,
    ]);
    await conn.execute(
      `insert into search_document (id, type, record_id, slug, title_uk, title_en, summary_uk, summary_en, body,
         themes, audiences, formats, oblast, community_kind, organization, evidence_level, conditions, languages,
         published_at, adoption_count, facet_values, tsv, tsv_head)
       values ${values.join(', ')}
       on conflict (id) do update set type = excluded.type, record_id = excluded.record_id, slug = excluded.slug,
         title_uk = excluded.title_uk, title_en = excluded.title_en, summary_uk = excluded.summary_uk,
         summary_en = excluded.summary_en, body = excluded.body, themes = excluded.themes, audiences = excluded.audiences,
         formats = excluded.formats, oblast = excluded.oblast, community_kind = excluded.community_kind,
         organization = excluded.organization, evidence_level = excluded.evidence_level, conditions = excluded.conditions,
         languages = excluded.languages, published_at = excluded.published_at, adoption_count = excluded.adoption_count,
         facet_values = excluded.facet_values, tsv = excluded.tsv, tsv_head = excluded.tsv_head`,
      params,
      'run',
      ctx,
    );
    if (vocabulary.size) {
      await conn.execute(
        `insert into search_vocabulary (word) select unnest(?::text[]) on conflict do nothing`,
        [pgArray([...vocabulary])],
        'run',
        ctx,
      );
    }
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.em()
      .getConnection()
      .execute(`delete from search_document where id = any(?::text[])`, [pgArray(ids)]);
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, progress?: ReindexProgress): Promise<void> {
    // One transaction: readers keep seeing the old rows (MVCC) until the new set commits at once.
    await this.em().transactional(async (em) => {
      const conn = em.getConnection();
      const ctx = em.getTransactionContext();
      await conn.execute('delete from search_document', [], 'run', ctx);
      await conn.execute('delete from search_vocabulary', [], 'run', ctx);
      let done = 0;
      for await (const batch of batches) {
        await this.write(em, batch);
        done += batch.length;
        progress?.(done, total);
      }
    });
  }

  async ids(): Promise<Set<string>> {
    const rows: { id: string }[] = await this.em().getConnection().execute('select id from search_document');
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
   * indexed terms that look like each correctable word the index does not know. It runs inside `poruch_search_answer` (see its
   * migration: planned without sequential scans, which would unpack every text vector). Every
   * condition is parameterised as an element of the one text array the function passes on (`$1[n]`).
   */
  private async answer(query: SearchQuery, plan: QueryPlan, checkWords: boolean): Promise<Answer> {
    const params: string[] = [];
    const p = (value: string | number) => {
      params.push(String(value));
      return `$1[${params.length}]`;
    };
    const groups = plan.groups.map(groupTsquery);
    const text = groups.length > 0;
    const tsq = (q: string) => `to_tsquery('simple', ${p(q)})`;
    const any = () => tsq(groups.join(' | '));
    const filters = () =>
      FACETS.filter((f) => query.filters[f]?.length)
        .map((f) => `facet_values && ${p(pgArray(query.filters[f]!.map((v) => `${f}:${v}`)))}::text[]`)
        .join(' and ');
    const where = (...extra: (() => string)[]) => {
      const parts = [filters(), ...extra.map((e) => e())].filter(Boolean);
      return parts.length ? `where ${parts.join(' and ')}` : '';
    };
    const window = query.offset + query.limit;

    const matchAny = () => (text ? [() => `tsv @@ ${any()}`] : []);
    let page: string;
    if (text && query.sort === 'relevance') {
      // Candidates, each branch bounded: title and summary matches of every word, then of any word,
      // then matches anywhere (all words, then any word). They are ranked by how many words match, where
      // (title, summary, body), then evidence, adoptions and date.
      const several = groups.length > 1;
      const all = () => tsq(groups.join(' & '));
      const matched = () => (several ? groups.map((g) => `(d.tsv @@ ${tsq(g)})::int`).join(' + ') : '1');
      const branches = () =>
        [
          ...(several ? [() => `(select id from search_document ${where(() => `tsv_head @@ ${all()}`)} limit ${RANK_CANDIDATES})`] : []),
          () => `(select id from search_document ${where(() => `tsv_head @@ ${any()}`)} limit ${RANK_CANDIDATES})`,
          ...(several ? [() => `(select id from search_document ${where(() => `tsv @@ ${all()}`)} limit ${window})`] : []),
          () => `(select id from search_document ${where(() => `tsv @@ ${any()}`)} limit ${window})`,
        ]
          .map((branch) => branch())
          .join(' union all ');
      page = `select id, row_number() over (order by matched desc, field desc, evidence desc, adoption_count desc, published_at desc, id) as ord
        from (select d.id, ${matched()} as matched,
                case when ts_filter(d.tsv_head, '{a}') @@ ${any()} then 2 when d.tsv_head @@ ${any()} then 1 else 0 end as field,
                coalesce(array_position(${p(pgArray([...EVIDENCE_LEVELS]))}::text[], d.evidence_level), 0) as evidence,
                d.adoption_count, d.published_at
              from (select distinct id from (${branches()}) b) c join search_document d using (id)) r`;
    } else {
      // A date order over text matches is taken by an expression, so PostgreSQL collects the matches
      // through the text index instead of walking the date index and testing every row's text.
      const date = text ? `published_at + interval '0 seconds'` : 'published_at';
      const order = query.sort === 'adoptions' ? `adoption_count desc, ${date} desc, id` : `${date} desc, id`;
      page = `select id, row_number() over () as ord from (select id from search_document ${where(...matchAny())}
        order by ${order} limit ${window}) r`;
    }
    // For each correctable group the index does not know: the indexed terms that look like its
    // bases (trigram similarity), keyed by group index and base; the caller keeps those close enough.
    const correctable = checkWords ? plan.groups.flatMap((g, i) => (g.correctable ? [i] : [])) : [];
    const similar = () =>
      correctable.length
        ? `json_strip_nulls(json_build_object(${correctable
            .map(
              (i) => `${p(String(i))}::text, case when not exists (select 1 from search_document where tsv @@ ${tsq(groups[i]!)})
                then json_build_object(${correctionBases(plan.groups[i]!)
                  .map((base) => {
                    const term = p(base);
                    return `${term}::text, array(select word from search_vocabulary where word % ${term} order by similarity(word, ${term}) desc limit 8)`;
                  })
                  .join(', ')}) end`,
            )
            .join(', ')}))`
        : `'{}'::json`;
    // Built in reading order: the parameters are numbered as they are added.
    const statement = `with page as (select * from (${page}) x where ord > ${p(query.offset)}::int and ord <= ${p(window)}::int)
      select json_build_object(
        'hits', (select coalesce(json_agg(h order by h.ord), '[]'::json) from (
           select d.id, d.type, d.record_id, d.slug, d.title_uk, d.summary_uk, d.body, d.themes, d.organization, page.ord
           from page join search_document d using (id)) h),
        'counted', (select count(*)::int from (select 1 from search_document ${where(...matchAny())} limit ${COUNT_LIMIT + 1}) t),
        'facets', ${
          query.facets.length
            ? `(select coalesce(json_object_agg(v, n), '{}'::json) from (select v, count(*)::int as n
                 from (select facet_values from search_document ${where(...matchAny())} limit ${FACET_LIMIT}) m, unnest(m.facet_values) v
                 group by v) f)`
            : `'{}'::json`
        },
        'similar', ${similar()})`;
    const [row] = await this.orm.em
      .getConnection()
      .execute<{ answer: Answer }[]>('select poruch_search_answer(?, ?::text[]) as answer', [statement, pgArray(params)]);
    return row!.answer;
  }
}
