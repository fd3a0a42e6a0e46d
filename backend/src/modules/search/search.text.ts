import lang from '@nlpjs/lang-uk';
import glossary from './glossary.en-uk.json' with { type: 'json' };
import { lemmas } from './search.lemmas.js';
import synonyms from './synonyms.uk.json' with { type: 'json' };

/**
 * Text handling shared by the search engines: words, Ukrainian stems, transliteration, stop words,
 * synonyms and highlighting. Kept free of any engine so both adapters treat text the same way.
 */

const stemmer = new lang.StemmerUk();

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /^[a-z0-9]+$/;

/** Short function words that carry no meaning for search. */
export const STOP_WORDS = new Set([
  'і',
  'й',
  'та',
  'а',
  'але',
  'або',
  'чи',
  'в',
  'у',
  'на',
  'з',
  'із',
  'зі',
  'до',
  'для',
  'по',
  'про',
  'за',
  'від',
  'як',
  'що',
  'це',
  'не',
  'ж',
  'же',
  'б',
  'би',
  'же',
  'при',
  'під',
  'над',
  'без',
  'через',
  'після',
  'його',
  'її',
  'їх',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'in',
  'on',
  'for',
  'to',
  'with',
]);

/**
 * Groups of words or phrases that mean the same thing; a query for any member finds all of them. The
 * groups come from two reviewed data files (Ukrainian synonyms, and the English glossary of the
 * catalogue's terms); groups that share a member are one group.
 */
export const SYNONYMS: string[][] = mergeGroups([...synonyms.groups, ...glossary.groups]);

function mergeGroups(groups: string[][]): string[][] {
  const merged: Set<string>[] = [];
  for (const group of groups) {
    const members = new Set(group.map((m) => m.toLowerCase().trim()));
    const overlapping = merged.filter((m) => [...members].some((x) => m.has(x)));
    for (const m of overlapping) {
      for (const x of m) members.add(x);
      merged.splice(merged.indexOf(m), 1);
    }
    merged.push(members);
  }
  return merged.map((m) => [...m]);
}

/** Lower-case words of a text, apostrophes normalised, in order. */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’ʼ`]/g, "'").match(WORD) ?? []).map((w) => (w.includes("'") ? w.replace(/'/g, '') : w));
}

/** The rules-based stem of one lower-case Cyrillic word (the fallback for words the dictionary lacks). */
export function ruleStem(word: string): string {
  const s = stemmer.stemWord(word);
  return s.length >= 2 ? s : word;
}

/**
 * Adjectives made from nouns with -ічн-/-ичн- («історичний», «екологічний») also carry the noun's
 * stem («істор», «еколог»), so each finds the other.
 */
const DERIVED = /^(.{4,}?)[иі]чн$/u;

/**
 * The terms the index holds for one lower-case word: the stems of its dictionary headwords (so
 * «малят» and «маля» meet), the noun stem of a derived adjective, or, for a word the dictionary does
 * not know, its rules-based stem. `known` says whether the dictionary knew it. Latin words and
 * numbers stay as they are.
 */
export function wordTerms(word: string): { terms: string[]; known: boolean } {
  if (!CYRILLIC.test(word)) return { terms: [word], known: false };
  let found = TERMS.get(word);
  if (!found) {
    if (TERMS.size >= 200_000) TERMS.clear();
    found = termsOf(word);
    TERMS.set(word, found);
  }
  return found;
}

/** Indexing meets the same words again and again; their terms are kept. */
const TERMS = new Map<string, { terms: string[]; known: boolean }>();

function termsOf(word: string): { terms: string[]; known: boolean } {
  const heads = lemmas(word);
  const terms = new Set<string>();
  for (const s of heads.length ? heads.map(ruleStem) : [ruleStem(word)]) {
    terms.add(s);
    const derived = DERIVED.exec(s);
    if (derived) terms.add(derived[1]!);
  }
  return { terms: [...terms], known: heads.length > 0 };
}

/** The main index term of one lower-case word (see `wordTerms`). */
export function stem(word: string): string {
  return wordTerms(word).terms[0]!;
}

/** Index terms of a text, stop words removed: what the engines index for matching word forms. */
export function stems(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .flatMap((w) => wordTerms(w).terms);
}

// Ukrainian national transliteration (Cabinet of Ministers resolution No. 55, 2010).
const TO_LATIN: Record<string, [string, string?]> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['h'],
  ґ: ['g'],
  д: ['d'],
  е: ['e'],
  є: ['ie', 'ye'],
  ж: ['zh'],
  з: ['z'],
  и: ['y'],
  і: ['i'],
  ї: ['i', 'yi'],
  й: ['i', 'y'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch'],
  ь: [''],
  ю: ['iu', 'yu'],
  я: ['ia', 'ya'],
  "'": [''],
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TRANSLITERATED = new RegExp(`зг|[${Object.keys(TO_LATIN).join('')}]`, 'g');

/** Latin spelling of Ukrainian text (the second form applies at the start of a word). */
export function toLatin(text: string): string {
  return text.toLowerCase().replace(TRANSLITERATED, (ch: string, at: number, all: string) => {
    if (ch === 'зг') return 'zgh';
    const [inside, first] = TO_LATIN[ch]!;
    if (first === undefined) return inside;
    const before = at === 0 ? ' ' : all[at - 1]!;
    const start = TO_LATIN[before] === undefined && !LETTER_OR_DIGIT.test(before);
    return start ? first : inside;
  });
}

// Longest first, so that "shch" wins over "sh" and "zgh" over "zh".
const TO_CYRILLIC: [string, string][] = (
  [
    ['shch', 'щ'],
    ['zgh', 'зг'],
    ['zh', 'ж'],
    ['kh', 'х'],
    ['ts', 'ц'],
    ['ch', 'ч'],
    ['sh', 'ш'],
    ['ia', 'я'],
    ['ya', 'я'],
    ['iu', 'ю'],
    ['yu', 'ю'],
    ['ie', 'є'],
    ['ye', 'є'],
    ['yi', 'ї'],
    ['a', 'а'],
    ['b', 'б'],
    ['v', 'в'],
    ['w', 'в'],
    ['h', 'г'],
    ['g', 'ґ'],
    ['d', 'д'],
    ['e', 'е'],
    ['z', 'з'],
    ['y', 'и'],
    ['i', 'і'],
    ['j', 'й'],
    ['k', 'к'],
    ['c', 'к'],
    ['q', 'к'],
    ['l', 'л'],
    ['m', 'м'],
    ['n', 'н'],
    ['o', 'о'],
    ['p', 'п'],
    ['r', 'р'],
    ['s', 'с'],
    ['t', 'т'],
    ['u', 'у'],
    ['f', 'ф'],
    ['x', 'кс'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** Best-effort Cyrillic reading of a transliterated Latin word ("kazkoterapiia" → "казкотерапія"). */
export function fromLatin(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const match = TO_CYRILLIC.find(([lat]) => word.startsWith(lat, i));
    if (match) {
      // A word-initial "y" before a vowel is "й" (yakir → якір is handled by "ya"; "yosyp" → йосип).
      out += match[0] === 'y' && i === 0 && /[aeiou]/.test(word[i + 1] ?? '') ? 'й' : match[1];
      i += match[0].length;
    } else {
      out += word[i];
      i++;
    }
  }
  return out;
}

export const isLatinWord = (word: string) => LATIN.test(word) && /[a-z]/.test(word);

/** Damerau–Levenshtein distance (adjacent transpositions count as one edit). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Typos tolerated in a word: none below 5 letters, one from 5, two from 9. */
export function allowedTypos(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * A memoised test: does this word match one of the query terms? A term ending in `*` is a prefix of
 * an index term, of the word itself or of its transliteration; any other term must be one of the
 * word's index terms.
 */
export function wordMatcher(queryTerms: string[]): (word: string) => boolean {
  const memo = new Map<string, boolean>();
  const prefixes = queryTerms.filter((q) => q.endsWith('*')).map((q) => q.slice(0, -1));
  const exact = new Set(queryTerms.filter((q) => !q.endsWith('*')));
  return (raw) => {
    const w = raw.toLowerCase().replace(/['’ʼ]/g, '');
    let hit = memo.get(w);
    if (hit === undefined) {
      const terms = wordTerms(w).terms;
      const latin = CYRILLIC.test(w) ? toLatin(w) : null;
      hit =
        terms.some((t) => exact.has(t)) ||
        prefixes.some((p) => w.startsWith(p) || terms.some((t) => t.startsWith(p)) || (latin !== null && latin.startsWith(p)));
      memo.set(w, hit);
    }
    return hit;
  };
}

/**
 * Escapes a text and wraps in <mark> every word that matches one of the query stems.
 * The marks are the only markup in the result.
 */
export function highlight(text: string, matchStems: string[], matches = wordMatcher(matchStems)): string {
  if (!matchStems.length) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!matches(m[0])) continue;
    out += escapeHtml(text.slice(last, m.index)) + '<mark>' + escapeHtml(m[0]) + '</mark>';
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** A window of about `size` words around the first matching word, with ellipses where cut. */
export function snippet(text: string, matchStems: string[], size = 30, matches = wordMatcher(matchStems)): string | null {
  const all = [...text.matchAll(/\S+/g)];
  const first = all.findIndex((m) => (m[0].match(WORD) ?? []).some(matches));
  if (first < 0) return null;
  const from = Math.max(0, first - Math.floor(size / 3));
  const to = Math.min(all.length, from + size);
  const slice = text.slice(all[from]!.index, all[to - 1]!.index + all[to - 1]![0].length);
  return `${from > 0 ? '… ' : ''}${highlight(slice, matchStems, matches)}${to < all.length ? ' …' : ''}`;
}

/**
 * The synonym groups as Meilisearch's `synonyms` setting: every member maps to all the others, each
 * both as written and as its index terms (the adapter sends queries as terms), so the data files are
 * the one source for both engines.
 */
export function synonymsSetting(groups: string[][] = SYNONYMS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    const forms = [...new Set(group.flatMap((member) => [member.toLowerCase(), stems(member).join(' ')]).filter(Boolean))];
    for (const form of forms) map[form] = [...new Set([...(map[form] ?? []), ...forms.filter((f) => f !== form)])];
  }
  return map;
}
