import { FACETS, type SearchQuery, type SearchSort } from '../search-index.js';
import { escapeHtml, stems } from '../search.text.js';

/**
 * Pure translations from our search port to Meilisearch request parts and back. Kept apart from
 * the adapter so that the rules (filters, sort, paging, highlight markup) read in one place.
 */

/** Highlight tags that never occur in indexed text (the adapter strips them from documents). */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';
const MARKERS = new RegExp(`[${MARK_START}${MARK_END}]`, 'g');
const MARKER_SPLIT = new RegExp(`([${MARK_START}${MARK_END}])`);

/** Removes our highlight markers from a text, so that only Meilisearch can put them there. */
export const withoutMarkers = (text: string) => text.replace(MARKERS, '');

/**
 * Document ids as Meilisearch accepts them: only `a-z A-Z 0-9 - _`, shorter than 512 bytes, checked
 * when the task runs (one bad id fails the whole batch). The port's ids are `<type>:<record id>` with a
 * UUID record id; the colon becomes `-`, and as no type holds a `-`, the first `-` turns it back.
 */
export const toMeiliId = (id: string) => id.replace(':', '-');
export const fromMeiliId = (id: string) => id.replace('-', ':');

/**
 * A Meilisearch string literal: double-quoted, with backslash and double quote escaped. Since v1.4
 * Meilisearch unescapes both, `\\` reading as one backslash (its v1.4.0 release notes ask for every `\`
 * in a filter to be escaped; `parse_value` in crates/filter-parser/src/value.rs), so every value,
 * even one ending in a backslash, reads back as written. Escaping only the quotes would leave such a
 * value's closing quote escaped, and a backslash before any other character refused.
 */
export const filterValue = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** OR within one facet, AND across facets, in the fixed order of FACETS; undefined when nothing filters. */
export function filterExpression(filters: SearchQuery['filters']): string | undefined {
  const clauses: string[] = [];
  for (const facet of FACETS) {
    const values = filters[facet];
    if (!values?.length) continue;
    const terms = values.map((v) => `${facet} = ${filterValue(v)}`);
    clauses.push(terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`);
  }
  return clauses.length ? clauses.join(' AND ') : undefined;
}

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  newest: ['publishedAt:desc'],
  adoptions: ['adoptionCount:desc', 'publishedAt:desc'],
};

export const sortOf = (sort: SearchSort) => SORTS[sort];

/**
 * Page-based paging, because only `page`/`hitsPerPage` make Meilisearch count exhaustively
 * (`totalHits`, and facet counts over every match); `offset`/`limit` answer with an
 * `estimatedTotalHits` that can be far off, and the catalogue shows totals and facet counts.
 * An offset that is not a multiple of the limit (the GraphQL layer never asks for one) is served
 * from a first page that covers it, then sliced (`skip`).
 */
export function pageOf(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit, skip: 0 };
  return { page: 1, hitsPerPage: offset + limit, skip: offset };
}

/**
 * What Meilisearch is asked for: the Ukrainian stems of the typed words (stop words dropped), the
 * same stems the index holds in its *Stems fields. Meilisearch has no Ukrainian stemmer, and its
 * typo tolerance cannot bridge endings such as дітям → дітей; the last stem is still matched as a
 * prefix (as you type) and every stem with typos. Latin words pass through unchanged.
 */
export function queryText(text: string): string {
  const trimmed = text.trim();
  const s = stems(trimmed);
  return s.length ? s.join(' ') : trimmed;
}

const WORD_TAIL = new RegExp(`${MARK_END}([\\p{L}\\p{N}\\p{M}'’ʼ]+)`, 'gu');

/**
 * Turns a Meilisearch-highlighted text into HTML whose only markup is <mark>: the text is escaped
 * first, then our markers become tags, unbalanced markers are dropped or closed. Meilisearch marks
 * only the typed part of a prefix match ("психо|емоційна"); marks are widened to the whole word, as
 * the PostgreSQL engine marks them.
 */
export function markedHtml(highlighted: string): string {
  let out = '';
  let open = false;
  for (const part of escapeHtml(highlighted.replace(WORD_TAIL, `$1${MARK_END}`)).split(MARKER_SPLIT)) {
    if (part === MARK_START) {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += part;
    }
  }
  return open ? `${out}</mark>` : out;
}

export const hasMark = (highlighted: string) => highlighted.includes(MARK_START);
