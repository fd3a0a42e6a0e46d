import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SearchSort } from '../../../gql/graphql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/ui/Loading';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { SEARCH_QUERY } from '../graphql/search.query';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import {
  activeFilters,
  clearFilters,
  parseSearchParams,
  removeFilter,
  SORTS,
  toggleFilter,
  toSearchParams,
  toSearchVariables,
  withPage,
  withQuery,
  withSort,
  type SearchState,
} from '../search-state';
import { FilterChips } from './FilterChips';
import { facetLabel, SearchFacets } from './SearchFacets';
import { SearchHitCard } from './SearchHitCard';

/** How long typing must pause before the address, and so the results, follow it. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Search with results as you type. The address holds the whole state (query, filters, sort, page):
 * a search can be shared, and back and forward step through filter changes. Typing replaces the
 * current history entry rather than adding one per pause.
 */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const [text, setText] = useState(state.q);
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const written = useRef(state.q);
  const inputId = useId();
  const headingId = useId();
  usePageTitle(state.q ? t('search.titleFor', { query: state.q }) : t('search.title'));

  const go = (next: SearchState, replace = false) => setParams(toSearchParams(next), { replace });

  // The address changed from outside (back, forward, a shared link): the box follows it.
  useEffect(() => {
    if (state.q !== written.current) {
      written.current = state.q;
      setText(state.q);
    }
  }, [state.q]);

  // Typing settled: the address follows the box.
  useEffect(() => {
    if (debounced === written.current) return;
    written.current = debounced;
    go(withQuery(state, debounced), true);
    // `state` is read at the moment the typing settles; depending on it would re-run on every change.
  }, [debounced]);

  const { data, previousData, loading, error, refetch } = useQuery(SEARCH_QUERY, { variables: toSearchVariables(state) });
  const result = (data ?? previousData)?.search;
  const facets = result?.facets ?? [];
  const language = i18n.resolvedLanguage;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;

  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId}>{t('search.title')}</h1>
      <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <input id={inputId} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search.placeholder')} />
      </form>

      <div className="search-layout">
        <aside className="search-layout__facets" aria-label={t('search.filters')}>
          {facets.length > 0 && (
            <SearchFacets facets={facets} selected={state.filters} onToggle={(key, value) => go(toggleFilter(state, key, value))} />
          )}
        </aside>
        <div className="search-layout__results" aria-busy={loading}>
          <FilterChips
            active={activeFilters(state)}
            labelOf={(f) => facetLabel(facets, f.key, f.value, language)}
            onRemove={(f) => go(removeFilter(state, f.key, f.value))}
            onClear={() => go(clearFilters(state))}
          />
          <div className="search-toolbar">
            <p role="status" className="search-toolbar__total">
              {result && !loading
                ? result.totalIsExact
                  ? t('search.results', { count: result.total })
                  : t('search.resultsAtLeast', { count: result.total })
                : ''}
            </p>
            <label>
              {t('search.sort')}{' '}
              <select value={state.sort ?? ''} onChange={(e) => go(withSort(state, (e.target.value || null) as SearchSort | null))}>
                <option value="">{t('search.sortDefault')}</option>
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`search.sortBy.${sort}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>

          {error && !loading ? (
            <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
          ) : !result ? (
            <Loading lines={5} label={t('search.loading')} />
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

          {result && pages > 1 && (
            <nav className="pager" aria-label={t('search.pages')}>
              <button type="button" disabled={state.page <= 1} onClick={() => go(withPage(state, state.page - 1))}>
                {t('search.previous')}
              </button>
              <span>{t('search.pageOf', { page: state.page, pages })}</span>
              <button type="button" disabled={state.page >= pages} onClick={() => go(withPage(state, state.page + 1))}>
                {t('search.next')}
              </button>
            </nav>
          )}
        </div>
      </div>
    </section>
  );
}
