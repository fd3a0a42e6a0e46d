// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  clearFilters,
  parseSearchParams,
  removeFilter,
  searchHref,
  toggleFilter,
  toSearchParams,
  toSearchVariables,
  withPage,
  withQuery,
  withSort,
} from './search-state';

const parse = (search: string) => parseSearchParams(new URLSearchParams(search));

describe('search state in the URL', () => {
  it('reads the query, repeated filters, sort and page', () => {
    const state = parse('q=казка&themes=play-therapy&themes=fairy-tale-therapy&type=practice&sort=NEWEST&page=3');
    expect(state.q).toBe('казка');
    expect(state.filters.themes).toEqual(['play-therapy', 'fairy-tale-therapy']);
    expect(state.filters.type).toEqual(['practice']);
    expect(state.filters.oblast).toEqual([]);
    expect(state.sort).toBe('NEWEST');
    expect(state.page).toBe(3);
  });

  it('ignores what it does not understand instead of failing', () => {
    const state = parse('sort=LOUDEST&page=-2&page=x&colour=red&themes=&themes=a&themes=a');
    expect(state.sort).toBeNull();
    expect(state.page).toBe(1);
    expect(state.filters.themes).toEqual(['a']);
  });

  it('writes a short, stable address and reads back the same state', () => {
    const state = toggleFilter(toggleFilter(withQuery(parse(''), 'укриття'), 'oblast', 'kyiv'), 'themes', 'play-therapy');
    const written = toSearchParams(withSort(state, 'ADOPTIONS')).toString();
    expect(written).toBe('q=%D1%83%D0%BA%D1%80%D0%B8%D1%82%D1%82%D1%8F&themes=play-therapy&oblast=kyiv&sort=ADOPTIONS');
    expect(parse(written)).toEqual(withSort(state, 'ADOPTIONS'));
    expect(toSearchParams(parse('')).toString()).toBe('');
  });

  it('links to the search page with that address, and to the bare page when nothing is set', () => {
    expect(searchHref(withPage(parse('q=казка&themes=a'), 2))).toBe('/search?q=%D0%BA%D0%B0%D0%B7%D0%BA%D0%B0&themes=a&page=2');
    expect(searchHref(removeFilter(parse('themes=a'), 'themes', 'a'))).toBe('/search');
  });

  it('starts again from page 1 whenever what is searched changes, but not when paging', () => {
    const onPage4 = withPage(parse('q=a'), 4);
    expect(toSearchParams(onPage4).get('page')).toBe('4');
    expect(withQuery(onPage4, 'b').page).toBe(1);
    expect(toggleFilter(onPage4, 'themes', 'x').page).toBe(1);
    expect(removeFilter(onPage4, 'themes', 'x').page).toBe(1);
    expect(withSort(onPage4, 'NEWEST').page).toBe(1);
    expect(clearFilters(onPage4).page).toBe(1);
  });
});

describe('filter chips', () => {
  it('lists every active value in filter order; toggling twice and removing take a value away', () => {
    let state = parse('evidenceLevel=evaluated&themes=a&themes=b&conditions=works_in_shelter');
    expect(activeFilters(state)).toEqual([
      { key: 'themes', value: 'a' },
      { key: 'themes', value: 'b' },
      { key: 'conditions', value: 'works_in_shelter' },
      { key: 'evidenceLevel', value: 'evaluated' },
    ]);
    state = removeFilter(state, 'themes', 'a');
    expect(activeFilters(state).map((f) => f.value)).toEqual(['b', 'works_in_shelter', 'evaluated']);
    expect(toggleFilter(toggleFilter(state, 'oblast', 'kyiv'), 'oblast', 'kyiv')).toEqual(state);
    expect(activeFilters(clearFilters(state))).toEqual([]);
    expect(clearFilters(state).q).toBe(state.q);
  });
});

describe('search variables', () => {
  it('sends the type filter as the API enum and leaves out what is empty', () => {
    expect(toSearchVariables(parse('q=%20%20&type=case_study&themes=a&page=2'))).toEqual({
      query: null,
      filters: { type: ['CASE_STUDY'], themes: ['a'] },
      sort: null,
      page: 2,
      pageSize: 20,
    });
    expect(toSearchVariables(parse('')).filters).toBeNull();
  });

  it('asks for exactly what was typed only with `exact=1` and a query, and forgets it when the query changes', () => {
    const exact = parse('q=псхологічна&exact=1');
    expect(toSearchVariables(exact)).toMatchObject({ query: 'псхологічна', exact: true });
    expect(toSearchParams(exact).toString()).toBe(new URLSearchParams({ q: 'псхологічна', exact: '1' }).toString());
    expect(toSearchParams(parse('exact=1')).toString()).toBe('');
    expect(withQuery(exact, 'казка').exact).toBe(false);
  });
});
