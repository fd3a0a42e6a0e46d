import type { Settings } from 'meilisearch';
import { EVIDENCE_LEVELS } from '../../catalog/catalog.limits.js';
import { FACETS, type SearchDocument } from '../search-index.js';
import { allowedTypos, stems, STOP_WORDS, synonymsSetting, toLatin } from '../search.text.js';
import { toMeiliId, withoutMarkers } from './meilisearch-query.js';

/*
 * What Poruch keeps in Meilisearch: the index's settings, declared in one place, and each record's
 * document as stored there. The adapter (meilisearch-search-index.ts) sends them.
 */

/** What the index stores: the port's document plus Ukrainian stems, which Meilisearch cannot make. */
export type MeiliDocument = SearchDocument & {
  titleStems: string;
  summaryStems: string;
  bodyStems: string;
  latin: string;
  /** The evidence level's place in the scale (0 when none), for the tie-breaking ranking rule. */
  evidenceRank: number;
};

const stemsOf = (...texts: (string | null)[]) => stems(texts.filter(Boolean).join(' ')).join(' ');

/** Shortest word length that gets `typos` typos under the shared rule. */
const minWordSizeFor = (typos: number) => {
  let n = 1;
  while (allowedTypos('a'.repeat(n)) < typos) n++;
  return n;
};

/** Pagination cap: `totalHits` never exceeds it, so it sits above any catalogue we expect. */
export const MAX_TOTAL_HITS = 100_000;
/** Values returned per facet (most frequent first); organisations are the longest list. */
export const MAX_VALUES_PER_FACET = 1_000;

/** The index, declared in one place. Applied by prepare() and to every fresh index of a rebuild. */
export const MEILISEARCH_INDEX = {
  primaryKey: 'id',
  settings: {
    // Ranked order: a title match outranks a summary match, which outranks a body match. Each
    // *Stems field follows the text it comes from, so word-form matches keep that order.
    searchableAttributes: [
      'titleUk',
      'titleEn',
      'titleStems',
      'summaryUk',
      'summaryEn',
      'summaryStems',
      'themeNames',
      'body',
      'bodyStems',
      'latin',
    ],
    filterableAttributes: [...FACETS],
    sortableAttributes: ['publishedAt', 'adoptionCount'],
    // Meilisearch's defaults, written out: `sort` sits after the relevance rules, so a chosen sort
    // orders equally relevant hits and an empty query (browse) purely. Then, as in the PostgreSQL
    // engine, equally good text matches go more proven first, then more tried, then newer.
    rankingRules: [
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'evidenceRank:desc',
      'adoptionCount:desc',
      'publishedAt:desc',
    ],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: minWordSizeFor(1), twoTypos: minWordSizeFor(2) } },
    synonyms: synonymsSetting(),
    stopWords: [...STOP_WORDS],
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  } satisfies Settings,
} as const;

/**
 * Stems for matching word forms; the Ukrainian title, summary and theme names in national Latin
 * transliteration, for Latin-keyboard queries; our highlight markers removed, so only Meilisearch
 * places them; an id Meilisearch accepts.
 */
export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const clean = Object.fromEntries(
    Object.entries(doc).map(([k, v]) => [
      k,
      typeof v === 'string' ? withoutMarkers(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? withoutMarkers(x) : x)) : v,
    ]),
  ) as SearchDocument;
  return {
    ...clean,
    id: toMeiliId(doc.id),
    titleStems: stemsOf(clean.titleUk, clean.titleEn),
    summaryStems: stemsOf(clean.summaryUk, clean.summaryEn),
    bodyStems: stemsOf(clean.themeNames.join(' '), clean.body),
    latin: toLatin(`${clean.titleUk} ${clean.summaryUk} ${clean.themeNames.join(' ')}`),
    evidenceRank: doc.evidenceLevel ? EVIDENCE_LEVELS.indexOf(doc.evidenceLevel as (typeof EVIDENCE_LEVELS)[number]) + 1 : 0,
  };
}
