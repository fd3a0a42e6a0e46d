import { STOP_WORDS, SYNONYMS, allowedTypos, editDistance, fromLatin, isLatinWord, stem, words } from './search.text.js';

/**
 * Turns what a person typed into a PostgreSQL tsquery over stems: every word matches its word forms
 * (stem prefix, which also makes the last, half-typed word work), Latin transliteration is read back
 * into Cyrillic, synonyms are expanded, and words the index does not know are corrected from its own
 * vocabulary. Words combine with AND; alternatives for one word with OR.
 */

export interface Vocabulary {
  /** True when some indexed stem starts with this prefix. */
  hasPrefix(prefix: string): Promise<boolean>;
  /** Indexed stems that look like this one (trigram similarity); filtered here by edit distance. */
  similar(stem: string): Promise<string[]>;
}

export interface QueryPlan {
  /** A to_tsquery('simple', …) expression, or null when nothing searchable was typed. */
  tsquery: string | null;
  /** Stems to highlight in results. */
  highlight: string[];
  /** Typed words the index does not know, each with the indexed stems it was corrected to. */
  corrections: { word: string; stems: string[] }[];
}

export interface PlanOptions {
  /** False searches exactly what was typed: no typo correction. */
  correct?: boolean;
}

const MAX_WORDS = 12;

/** A term: a set of alternative stem prefixes, any of which may match. */
type Term = string[];
/** A group: alternatives, each an AND of terms (synonym phrases have several words). */
type Group = Term[][];

const phraseStems = (phrase: string) =>
  words(phrase)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
const SYNONYM_STEMS = SYNONYMS.map((group) => group.map(phraseStems));

/** Alternatives for one typed word, before typo correction. */
function wordAlternatives(word: string): string[] {
  if (isLatinWord(word) && word.length > 2) {
    // A Latin word is either English / a Latin name, or Ukrainian typed in transliteration.
    return [...new Set([word, stem(fromLatin(word))])];
  }
  return [stem(word)];
}

/**
 * The synonym group whose member starts at `at`, the longest member winning: "ігрова терапія" is the
 * two-word member, not "ігротерапія" reached by "ігрова" read as the start of a word being typed.
 */
function synonymAt(stems: string[], at: number): { length: number; group: string[][] } | null {
  let best: { length: number; group: string[][] } | null = null;
  for (const group of SYNONYM_STEMS) {
    for (const member of group) {
      if (
        member.length > (best?.length ?? 0) &&
        member.every(
          (s, i) =>
            stems[at + i] !== undefined &&
            (stems[at + i] === s || stems[at + i]!.startsWith(s) || (i === member.length - 1 && s.startsWith(stems[at + i]!))),
        )
      ) {
        best = { length: member.length, group };
      }
    }
  }
  return best;
}

const quoteTerm = (prefix: string) => `${prefix}:*`;
const orOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' | ')})`);
const andOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`);

export async function planQuery(text: string, vocabulary: Vocabulary, { correct = true }: PlanOptions = {}): Promise<QueryPlan> {
  const typed = words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .slice(0, MAX_WORDS);
  if (!typed.length) return { tsquery: null, highlight: [], corrections: [] };
  const stems = typed.map(stem);

  const groups: Group[] = [];
  /** The typed word of each single-word group, for reporting corrections. */
  const typedOf = new Map<Group, string>();
  for (let i = 0; i < typed.length;) {
    const synonym = synonymAt(stems, i);
    if (synonym) {
      const span = typed.slice(i, i + synonym.length).map(wordAlternatives);
      groups.push([span, ...synonym.group.map((member) => member.map((s) => [s]))]);
      i += synonym.length;
    } else {
      const group: Group = [[wordAlternatives(typed[i]!)]];
      typedOf.set(group, typed[i]!);
      groups.push(group);
      i += 1;
    }
  }

  // Typo correction: a word of 5+ letters that matches nothing gets the indexed stems within reach.
  const corrections_: QueryPlan['corrections'] = [];
  await Promise.all(
    groups.map(async (group) => {
      if (!correct || group.length !== 1 || group[0]!.length !== 1) return;
      const term = group[0]![0]!;
      const word = term[0]!;
      if (allowedTypos(word) === 0) return;
      const known = await Promise.all(term.map((alt) => vocabulary.hasPrefix(alt)));
      if (known.some(Boolean)) return;
      const corrections = new Set<string>();
      for (const alt of term) {
        const max = allowedTypos(alt.length >= 5 ? alt : word);
        for (const candidate of await vocabulary.similar(alt)) {
          const distance = Math.min(editDistance(alt, candidate), editDistance(alt, candidate.slice(0, alt.length)));
          if (distance <= max) corrections.add(candidate);
        }
      }
      if (corrections.size) corrections_.push({ word: typedOf.get(group)!, stems: [...corrections] });
      term.push(...corrections);
    }),
  );

  const tsquery = andOf(
    groups.map((group) => orOf(group.map((alternative) => andOf(alternative.map((term) => orOf([...new Set(term)].map(quoteTerm))))))),
  );
  const highlight = [...new Set(groups.flatMap((g) => g.flat(2)))].filter((s) => s.length >= 2);
  return { tsquery, highlight, corrections: corrections_ };
}

const TYPED_WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
const normalise = (word: string) => word.toLowerCase().replace(/['’ʼ`]/g, '');

/**
 * What was typed, with each corrected word spelled right: the closest indexed stem with the typed
 * ending ("псхологічна" → "психологічн" + "а"), or, when the typed word does not begin with its own
 * stem, the closest word the found records use. Null when nothing was corrected.
 */
export function correctedText(text: string, corrections: QueryPlan['corrections'], texts: string[]): string | null {
  if (!corrections.length) return null;
  const replacement = new Map<string, string>();
  let found: Set<string> | null = null;
  for (const { word, stems } of corrections) {
    const own = stem(word);
    const closest = (candidates: Iterable<string>, to: string, accept: (c: string) => boolean = () => true) => {
      let best: { word: string; distance: number } | null = null;
      for (const c of candidates) {
        if (!accept(c)) continue;
        const distance = editDistance(to, c);
        if (!best || distance < best.distance || (distance === best.distance && c < best.word)) best = { word: c, distance };
      }
      return best?.word ?? null;
    };
    let fixed: string | null = null;
    if (word.startsWith(own)) {
      const s = closest(stems, own);
      if (s) fixed = s + word.slice(own.length);
    } else {
      found ??= new Set(texts.flatMap((t) => words(t)));
      fixed = closest(found, word, (c) => stems.some((s) => stem(c).startsWith(s)));
    }
    if (fixed && fixed !== word) replacement.set(word, fixed);
  }
  if (!replacement.size) return null;
  return text.trim().replace(TYPED_WORD, (w) => replacement.get(normalise(w)) ?? w);
}
