import type { KeptItem } from './kept-store';
import { stems } from './stem';

/** A kept record that matches a query, best first. */
export interface KeptHit {
  item: KeptItem;
  score: number;
}

interface Indexed {
  item: KeptItem;
  fields: { stems: Set<string>; weight: number }[];
}

// A title match counts most, as on the server (title A, summary B, text C).
const WEIGHTS = { title: 3, summary: 2, text: 1 } as const;
/** A query stem this long also finds longer stems that begin with it («казк» finds «казков»). */
const PREFIX_FROM = 4;

/** A small index of kept records, built when an offline search runs (a few hundred items at most). */
export function buildIndex(items: KeptItem[]): Indexed[] {
  return items
    .filter((item) => item.kind !== 'collection')
    .map((item) => ({
      item,
      fields: (['title', 'summary', 'text'] as const).map((field) => ({ stems: new Set(stems(item[field])), weight: WEIGHTS[field] })),
    }));
}

function fieldScore(field: Indexed['fields'][number], stem: string): number {
  if (field.stems.has(stem)) return field.weight * 2;
  if (stem.length < PREFIX_FROM) return 0;
  for (const candidate of field.stems) if (candidate.startsWith(stem)) return field.weight;
  return 0;
}

/** Records in which every word of the query occurs in some form; an empty query finds nothing. */
export function searchKept(index: Indexed[], query: string): KeptHit[] {
  const wanted = [...new Set(stems(query))];
  if (wanted.length === 0) return [];
  const hits: KeptHit[] = [];
  for (const entry of index) {
    let score = 0;
    for (const stem of wanted) {
      const best = Math.max(...entry.fields.map((field) => fieldScore(field, stem)));
      if (best === 0) {
        score = 0;
        break;
      }
      score += best;
    }
    if (score > 0) hits.push({ item: entry.item, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.item.title.localeCompare(b.item.title, 'uk'));
}
