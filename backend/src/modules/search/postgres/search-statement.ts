import { EVIDENCE_LEVELS } from '../../catalog/catalog.limits.js';
import { correctionBases, groupTsquery, type PlanGroup, type QueryPlan } from '../search.query.js';
import { FACETS, type SearchQuery, type SearchType } from '../search-index.js';

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

/** What one search statement answers. */
export interface Answer {
  hits: Row[];
  counted: number;
  facets: Record<string, number>;
  /** For each correctable group the index does not know (by index): similar indexed terms per base. */
  similar: Record<string, Record<string, string[]>>;
}

/** A hit as the statement returns it. */
export interface Row {
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
 * The one statement of a search, and its values: the page, the total, the facet counts and, when asked,
 * the indexed terms that look like each correctable word the index does not know. It runs inside
 * `poruch_search_answer` (see its migration: planned without sequential scans, which would unpack every
 * text vector). Every value is an element of the one text array the function passes on (`$1[n]`). The
 * matches are collected once (bounded) for the total, the facets and the ranking.
 */
export function answerStatement(query: SearchQuery, plan: QueryPlan, checkWords: boolean): { statement: string; params: string[] } {
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
            `${p(i)}::text, case when not (${known(plan.groups[i]!, groups[i]!)}) then json_build_object(${correctionBases(plan.groups[i]!)
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
  return { statement, params };
}
