/**
 * The search port. The rest of the app knows only this interface; the composition root picks the
 * engine (PostgreSQL by default, Meilisearch when MEILI_URL is set). Documents are denormalised,
 * published records; drafts, rejected and archived records never reach an engine.
 */

export const SEARCH_TYPES = ['practice', 'case_study'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Every field a search can be filtered and faceted by. OR within one facet, AND across facets. */
export const FACETS = [
  'type',
  'themes',
  'audiences',
  'formats',
  'oblast',
  'communityKind',
  'organization',
  'evidenceLevel',
  'conditions',
  'languages',
] as const;
export type Facet = (typeof FACETS)[number];

/** Values of the `conditions` facet. */
export const CONDITIONS = ['works_in_shelter', 'no_power_needed', 'no_internet_needed'] as const;

export interface SearchDocument {
  /** `<type>:<record id>`, unique across types. */
  id: string;
  type: SearchType;
  recordId: string;
  slug: string;
  titleUk: string;
  titleEn: string | null;
  summaryUk: string;
  summaryEn: string | null;
  /** Theme names in both languages, for matching by words. */
  themeNames: string[];
  /** Long text (description, need, what was done, steps…) as plain words. */
  body: string;
  themes: string[];
  audiences: string[];
  formats: string[];
  oblast: string | null;
  communityKind: string | null;
  organization: string | null;
  evidenceLevel: string | null;
  conditions: string[];
  languages: string[];
  /** Milliseconds since the epoch. */
  publishedAt: number;
  /** Communities where the practice was tried (for case studies: 0). */
  adoptionCount: number;
}

export type SearchSort = 'relevance' | 'newest' | 'adoptions';

export interface SearchQuery {
  /** What the person typed; empty browses. */
  text: string;
  filters: Partial<Record<Facet, string[]>>;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Facets to count over the filtered result. */
  facets: readonly Facet[];
  /** Search exactly what was typed, without correcting typos. */
  exact?: boolean;
}

export interface SearchHit {
  id: string;
  type: SearchType;
  recordId: string;
  slug: string;
  /** HTML: escaped text where only <mark>…</mark> is markup. */
  titleHtml: string;
  summaryHtml: string;
  /** HTML snippet of the long text around the first match, when the match is there. */
  snippetHtml: string | null;
  themes: string[];
  organization: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** facet → value → number of matching records. */
  facets: Partial<Record<Facet, Record<string, number>>>;
  /** False when the engine stopped counting at a cap and `total` / facet counts are estimates. */
  totalIsExact?: boolean;
  facetsAreExact?: boolean;
  /** What was typed with its typos corrected, when the engine corrected any and says so. */
  correctedText?: string | null;
}

export type ReindexProgress = (done: number, total: number) => void;

export interface SearchIndex {
  readonly engine: 'postgres' | 'meilisearch';
  /** Creates the index and applies its settings; safe to call on every start. */
  prepare(): Promise<void>;
  /** Adds or replaces documents; resolves only once the engine has confirmed them. */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; ids that are not there are ignored. */
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /**
   * Replaces the whole index with these documents. Searches keep seeing the old index until the new
   * one is complete, then see the new one at once.
   */
  rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, progress?: ReindexProgress): Promise<void>;
  /** Every document id in the index, for reconciliation with the database. */
  ids(): Promise<Set<string>>;
  close?(): Promise<void>;
}

/** Thrown by an engine that cannot answer now (down, timing out, failing tasks). */
export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
  }
}

/**
 * Thrown by an engine that refused what we sent as invalid (a document id or a setting it does not
 * accept): a bug on our side, not an outage. The same request would be refused again, so it is not
 * worth retrying. `code` is the engine's own error code, when it gave one.
 */
export class SearchRequestError extends Error {
  readonly code: string | undefined;

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options);
    this.name = 'SearchRequestError';
    this.code = options?.code;
  }
}
