/**
 * TEST SUPPORT. The stand-in's answer to a search (see meilisearch-standin.ts): not Meilisearch's search,
 * only the shape of its answer (hits, `_formatted`, paging, facet counts) for the adapter to read.
 */
import type { Doc } from './meilisearch-standin-rules.js';

/**
 * Canned: every stored document is a hit, in insertion order; `q`, `filter` and `sort` are ignored.
 * `highlightWord` is marked in the attributes asked to be highlighted, and cropped around.
 */
export function cannedSearch(documents: Iterable<Doc>, params: Doc, highlightWord: string | null): unknown {
  const all = [...documents];
  const hitsPerPage = Number(params.hitsPerPage ?? params.limit ?? 20);
  const page = Number(params.page ?? 1);
  const start = params.hitsPerPage !== undefined ? (page - 1) * hitsPerPage : Number(params.offset ?? 0);
  const pre = String(params.highlightPreTag ?? '<em>');
  const post = String(params.highlightPostTag ?? '</em>');
  const highlight = new Set((params.attributesToHighlight as string[] | undefined) ?? []);
  const crop = new Set((params.attributesToCrop as string[] | undefined) ?? []);
  const retrieve = params.attributesToRetrieve as string[] | undefined;

  const hits = all.slice(start, start + hitsPerPage).map((doc) => {
    const hit: Doc = retrieve ? pick(doc, retrieve) : { ...doc };
    if (highlight.size || crop.size) {
      const formatted: Doc = { ...hit };
      for (const attr of new Set([...highlight, ...crop])) {
        let text = String(doc[attr] ?? '');
        if (crop.has(attr)) text = cropAround(text, highlightWord, Number(params.cropLength ?? 10), String(params.cropMarker ?? '…'));
        if (highlight.has(attr) && highlightWord) text = text.split(highlightWord).join(`${pre}${highlightWord}${post}`);
        formatted[attr] = text;
      }
      hit._formatted = formatted;
    }
    return hit;
  });

  const facetDistribution: Record<string, Record<string, number>> = {};
  for (const facet of (params.facets as string[] | undefined) ?? []) {
    const counts: Record<string, number> = {};
    for (const doc of all) {
      const value = doc[facet];
      for (const v of Array.isArray(value) ? value : value == null ? [] : [value]) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
    }
    facetDistribution[facet] = counts;
  }
  const paging =
    params.hitsPerPage !== undefined
      ? { hitsPerPage, page, totalPages: Math.ceil(all.length / Math.max(1, hitsPerPage)), totalHits: all.length }
      : { offset: start, limit: hitsPerPage, estimatedTotalHits: all.length };
  return { hits, query: params.q ?? '', processingTimeMs: 0, ...paging, ...(params.facets ? { facetDistribution } : {}) };
}

export function pick(doc: Doc, fields: string[]): Doc {
  return Object.fromEntries(fields.filter((f) => f in doc).map((f) => [f, doc[f]]));
}

/** About `words` words starting a little before the first occurrence of `word`, with markers where cut. */
function cropAround(text: string, word: string | null, words: number, marker: string): string {
  const all = text.split(/\s+/).filter(Boolean);
  if (all.length <= words) return text;
  const at = word
    ? Math.max(
        0,
        all.findIndex((w) => w.includes(word)),
      )
    : 0;
  const from = Math.max(0, Math.min(at - 2, all.length - words));
  const to = from + words;
  return `${from > 0 ? marker : ''}${all.slice(from, to).join(' ')}${to < all.length ? marker : ''}`;
}
