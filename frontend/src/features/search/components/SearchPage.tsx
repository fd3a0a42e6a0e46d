import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { loadFeatureCatalogue } from '@/i18n/i18n';
import { useTranslation } from '@/i18n/react';
import { useSearchParams } from '@/shared/router';
import type { SearchSort } from '@/gql/graphql';
import { Link } from '@/shared/router';
import { toApiProblem } from '@/shared/errors/api-error';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { SEARCH_QUERY } from '../graphql/search.query';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useHydrated } from '../hooks/useHydrated';
import {
  activeFilters,
  clearFilters,
  FACET_FILTER,
  parseSearchParams,
  removeFilter,
  searchHref,
  SORTS,
  toggleFilter,
  toSearchParams,
  toSearchVariables,
  withExactQuery,
  withQuery,
  withSort,
  type SearchState,
} from '../search-state';
import { FilterChips } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { facetLabel, SearchFacets } from './SearchFacets';
import { SearchHitCard, SearchHitsSkeleton } from './SearchHitCard';
import { SearchPager } from './SearchPager';
import { SearchBox } from '@/shared/ui/SearchBox';

// With no answer from the API, the same query runs over what is kept on the device: that code comes only then.
const OfflineSearch = lazy(() =>
  import('@/features/offline/components/keep-loader').then((m) => m.loadOfflineSearch(loadFeatureCatalogue)),
);

/** How long typing must pause before the address, and so the results, follow it. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Search with results as you type. The address holds the whole state (query, filters, sort, page):
 * a search can be shared, and back and forward step through filter changes. Typing replaces the
 * current history entry rather than adding one per pause.
 *
 * The markup works without JavaScript as well: the box, the filter checkboxes and the sort are fields
 * of one GET form to /search named after the URL parameters, and chips and pages are links. With
 * JavaScript the same controls change the address at once instead of waiting for a submit.
 */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const [text, setText] = useState(state.q);
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const written = useRef(state.q);
  const formId = useId();
  const sortId = useId();
  const headingId = useId();
  const hydrated = useHydrated();
  usePageTitle(state.q ? t('search.titleFor', { query: state.q }) : t('search.title'));

  const go = (next: SearchState, replace = false) => void setParams(toSearchParams(next), { replace });

  // The address changed from outside (back, forward, a shared link): the box follows it.
  useEffect(() => {
    if (state.q !== written.current) {
      written.current = state.q;
      setText(state.q);
    }
  }, [state.q]);

  // Typing settled: the address follows the box. The rest of the state is read as it is at that moment
  // (depending on it would run this on every change of a filter).
  const latest = useRef({ state, go });
  useEffect(() => {
    latest.current = { state, go };
  });
  useEffect(() => {
    if (debounced === written.current) return;
    written.current = debounced;
    latest.current.go(withQuery(latest.current.state, debounced), true);
  }, [debounced]);

  // Everything else already follows the controls; Enter (or a submit button) only stops waiting for the pause.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text === written.current) return;
    written.current = text;
    go(withQuery(state, text), true);
  };

  const { data, previousData, loading, error, refetch } = useQuery(SEARCH_QUERY, { variables: toSearchVariables(state) });
  const result = (data ?? previousData)?.search;
  const facets = result?.facets ?? [];
  const language = i18n.resolvedLanguage;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const active = activeFilters(state);
  // Filters no checkbox carries (the facets have not come, or do not list them) still travel with a submit.
  const withCheckbox = new Set(facets.map((facet) => FACET_FILTER[facet.facet]));
  const carried = active.filter((filter) => !withCheckbox.has(filter.key));

  return (
    <section className="search-page" aria-labelledby={headingId} data-hydrated={hydrated || undefined}>
      <h1 id={headingId}>{t('search.title')}</h1>
      <SearchBox value={text} onChange={setText} onSubmit={submit} buttonLabel={t('search.submit')} formId={formId}>
        {carried.map((filter) => (
          <input key={`${filter.key}:${filter.value}`} type="hidden" name={filter.key} value={filter.value} />
        ))}
      </SearchBox>

      <div className="search-layout">
        <aside className="search-layout__facets" aria-label={t('search.filters')}>
          <FilterPanel activeCount={active.length} form={formId}>
            <SearchFacets
              facets={facets}
              total={result?.total ?? 0}
              selected={state.filters}
              form={formId}
              onToggle={(key, value) => go(toggleFilter(state, key, value))}
            />
          </FilterPanel>
        </aside>
        <div className="search-layout__results" aria-busy={loading}>
          <FilterChips
            active={active}
            labelOf={(f) => facetLabel(facets, f.key, f.value, language, t)}
            hrefWithout={(f) => searchHref(removeFilter(state, f.key, f.value))}
            clearHref={searchHref(clearFilters(state))}
          />
          <div className="search-toolbar">
            {/* The line keeps its height while empty, so the results do not move when the count arrives. */}
            <div className="search-toolbar__total">
              <p role="status">
                {result && !loading
                  ? result.totalIsExact
                    ? t('search.results', { count: result.total })
                    : t('search.resultsAtLeast', { count: result.total })
                  : ''}
              </p>
            </div>
            <div className="search-toolbar__sort">
              <label htmlFor={sortId}>{t('search.sort')}</label>
              <select
                id={sortId}
                form={formId}
                name="sort"
                value={state.sort ?? ''}
                onChange={(e) => go(withSort(state, (e.target.value || null) as SearchSort | null))}
              >
                <option value="">{t('search.sortDefault')}</option>
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`search.sortBy.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
            {/* Only a page without JavaScript needs it: with JavaScript the order changes as it is chosen. */}
            <button type="submit" form={formId} className="search-toolbar__apply">
              {t('search.apply')}
            </button>
          </div>

          {result?.correctedQuery && !state.exact && (
            <p className="search-corrected">
              {t('search.correctedTo', { query: result.correctedQuery })}{' '}
              <Link to={searchHref(withExactQuery(state, state.q))}>{t('search.searchExactly', { query: state.q.trim() })}</Link>
            </p>
          )}

          {error && !loading ? (
            toApiProblem(error).code === 'NETWORK' ? (
              <Suspense fallback={<SearchHitsSkeleton label={t('search.loading')} />}>
                <OfflineSearch query={state.q} />
              </Suspense>
            ) : (
              <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
            )
          ) : !result ? (
            <SearchHitsSkeleton label={t('search.loading')} />
          ) : result.hits.length === 0 ? (
            <p className="notice">{t('search.empty')}</p>
          ) : (
            <ol className="hits">
              {result.hits.map((hit) => (
                <li key={hit.id}>
                  <SearchHitCard hit={hit} />
                </li>
              ))}
            </ol>
          )}

          {result && <SearchPager state={state} pages={pages} />}
        </div>
      </div>
    </section>
  );
}
