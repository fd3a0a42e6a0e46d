import type { SearchFacet, SearchFilters, SearchSort, SearchType } from '@/gql/graphql';
import { paths } from '@/shared/router/paths';

/** URL parameter of each filter; the same names as the API's SearchFilters fields. */
export const FILTER_KEYS = [
  'type',
  'themes',
  'audiences',
  'formats',
  'oblast',
  'communityKind',
  'conditions',
  'evidenceLevel',
  'organization',
  'languages',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Which filter a facet's values set. */
export const FACET_FILTER: Record<SearchFacet, FilterKey> = {
  TYPE: 'type',
  THEMES: 'themes',
  AUDIENCES: 'audiences',
  FORMATS: 'formats',
  OBLAST: 'oblast',
  COMMUNITY_KIND: 'communityKind',
  CONDITIONS: 'conditions',
  EVIDENCE_LEVEL: 'evidenceLevel',
  ORGANIZATION: 'organization',
  LANGUAGES: 'languages',
};

export const SORTS = ['RELEVANCE', 'NEWEST', 'ADOPTIONS'] as const satisfies readonly SearchSort[];
export const PAGE_SIZE = 20;

/** Everything that decides what the search page shows; the URL is its only store. */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  /** Null lets the API choose (relevance with a query, newest without). */
  sort: SearchSort | null;
  page: number;
  /** Search exactly what was typed, without correcting typos (`exact=1`). */
  exact: boolean;
}

export interface ActiveFilter {
  key: FilterKey;
  value: string;
}

function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;
}

/** Reads the state from the address; unknown or malformed parameters are ignored, never fatal. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    filters,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    exact: params.get('exact') === '1',
  };
}

/** Writes the state as a short, stable address: empty parts and page 1 are left out. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  if (state.exact && state.q.trim()) params.set('exact', '1');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The address of the search page showing `state`: what links (chips, pages) point at, with or without JavaScript. */
export function searchHref(state: SearchState): string {
  return paths.search(toSearchParams(state));
}

// Any change to what is searched starts again from the first page.
export const withQuery = (state: SearchState, q: string): SearchState => ({ ...state, q, page: 1, exact: false });
/** The same search for exactly `q`, typos and all. */
export const withExactQuery = (state: SearchState, q: string): SearchState => ({ ...state, q, page: 1, exact: true });
export const withSort = (state: SearchState, sort: SearchSort | null): SearchState => ({ ...state, sort, page: 1 });
export const withPage = (state: SearchState, page: number): SearchState => ({ ...state, page: Math.max(1, page) });

export function isActive(state: SearchState, key: FilterKey, value: string): boolean {
  return state.filters[key].includes(value);
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next }, page: 1 };
}

export function removeFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  return { ...state, filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) }, page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: emptyFilters(), page: 1 };
}

/** The chips: every active filter value, in the order of the filters. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  return FILTER_KEYS.flatMap((key) => state.filters[key].map((value) => ({ key, value })));
}

/** The facet values say "practice" / "case_study"; the type filter takes the enum. */
const toSearchType = (value: string) => value.toUpperCase() as SearchType;

/** The variables of the search query for this state. */
export function toSearchVariables(state: SearchState) {
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values.length === 0) continue;
    if (key === 'type') filters.type = values.map(toSearchType);
    else filters[key] = values;
  }
  return {
    query: state.q.trim() || null,
    filters: Object.keys(filters).length > 0 ? filters : null,
    sort: state.sort,
    page: state.page,
    pageSize: PAGE_SIZE,
    ...(state.exact ? { exact: true } : {}),
  };
}
