import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { correctedText, planQuery, type Vocabulary } from '../search.query.js';
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

// Weights for {D, C, B, A}: a title match counts more than two summary matches.
const RANK = `ts_rank_cd('{0.05, 0.1, 0.4, 1.0}', tsv_head, q)`;

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

  private vocabulary(em: EntityManager): Vocabulary {
    const conn = em.getConnection();
    return {
      async hasPrefix(prefix) {
        const rows = await conn.execute(`select 1 from search_vocabulary where word >= ? and word < ? limit 1`, [
          prefix,
          `${prefix}\uffff`,
        ]);
        return rows.length > 0;
      },
      async similar(stem) {
        const rows: { word: string }[] = await conn.execute(
          `select word from search_vocabulary where word % ? order by similarity(word, ?) desc limit 8`,
          [stem, stem],
        );
        return rows.map((r) => r.word);
      },
    };
  }

  /**
   * Runs one read with sequential scans off. The planner prices a sequential scan of the documents as
   * cheap, but every row there means unpacking a large text vector; the GIN index answers the text
   * condition without touching the vectors at all, ten times faster on common words.
   */
  private read<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em().transactional(async (em) => {
      const conn = em.getConnection();
      const ctx = em.getTransactionContext();
      await conn.execute('set local enable_seqscan = off', [], 'run', ctx);
      return conn.execute(sql, params, 'all', ctx) as Promise<T[]>;
    });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const plan = await planQuery(query.text, this.vocabulary(this.em()), { correct: !query.exact });

    const where: string[] = [];
    const params: unknown[] = [];
    for (const facet of FACETS) {
      const values = query.filters[facet];
      if (!values?.length) continue;
      where.push('facet_values && ?::text[]');
      params.push(pgArray(values.map((v) => `${facet}:${v}`)));
    }
    if (plan.tsquery) where.push('tsv @@ q');
    const from = `from search_document${plan.tsquery ? `, to_tsquery('simple', ?) q` : ''}`;
    const fromParams = plan.tsquery ? [plan.tsquery] : [];
    const filter = where.length ? `where ${where.join(' and ')}` : '';

    const order =
      query.sort === 'newest' || !plan.tsquery
        ? query.sort === 'adoptions'
          ? 'adoption_count desc, published_at desc, id'
          : 'published_at desc, id'
        : query.sort === 'adoptions'
          ? 'adoption_count desc, published_at desc, id'
          : 'rank desc, published_at desc, id';
    // Pick the page by id first, then read the display text of those rows only. With a query and
    // relevance order: up to RANK_CANDIDATES records matching in title or summary are ranked, and
    // records matching only in their long text follow, newest first.
    const window = query.offset + query.limit;
    let pageIds: string;
    let pageParams: unknown[];
    if (plan.tsquery && query.sort === 'relevance') {
      const and = filter ? `${filter} and` : 'where';
      pageIds = `(select * from (select id, published_at, ${RANK} as rank ${from} ${and} tsv_head @@ q limit ${RANK_CANDIDATES}) c
                   order by rank desc, published_at desc, id limit ${window})
                 union all
                 (select id, published_at, 0 as rank ${from} ${and} not tsv_head @@ q order by published_at + interval '0 seconds' desc, id limit ${window})
                 order by rank desc, published_at desc, id limit ? offset ?`;
      pageParams = [...fromParams, ...params, ...fromParams, ...params, query.limit, query.offset];
    } else {
      pageIds = `select id, published_at, adoption_count ${from} ${filter} order by ${order} limit ? offset ?`;
      pageParams = [...fromParams, ...params, query.limit, query.offset];
    }
    const hitsSql = `with p as (${pageIds}) select d.id, d.type, d.record_id, d.slug, d.title_uk, d.summary_uk, d.body, d.themes, d.organization
      from p join search_document d using (id) order by ${order.replace(/\b(published_at|adoption_count|id)\b/g, 'p.$1')}`;

    // One pass over (at most FACET_LIMIT of) the matches counts every requested facet.
    const facetSql = query.facets.length
      ? `select v, count(*)::int as n from (select facet_values ${from} ${filter} limit ${FACET_LIMIT}) m, unnest(m.facet_values) v group by v`
      : null;

    const all = [...fromParams, ...params];
    const [hits, [counted], facetRows] = await Promise.all([
      this.read<Row>(hitsSql, pageParams),
      this.read<{ n: number }>(`select count(*)::int as n from (select 1 ${from} ${filter} limit ${COUNT_LIMIT + 1}) t`, all),
      facetSql ? this.read<{ v: string; n: number }>(facetSql, all) : Promise.resolve([]),
    ]);
    const totalIsExact = counted!.n <= COUNT_LIMIT;
    const total = Math.min(counted!.n, COUNT_LIMIT);
    const facetsAreExact = total <= FACET_LIMIT;
    const scale = facetsAreExact ? 1 : total / FACET_LIMIT;

    const facets: SearchResult['facets'] = {};
    for (const f of query.facets) facets[f] = {};
    for (const { v, n } of facetRows) {
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
}
