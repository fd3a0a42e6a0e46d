import { STOP_WORDS, SYNONYMS, allowedTypos, editDistance, fromLatin, isLatinWord, stem, wordTerms, words } from './search.text.js';

/**
 * Turns what a person typed into PostgreSQL tsqueries over index terms, one per typed word (or per
 * synonym phrase): a complete word matches its dictionary word forms exactly; the last word, which may
 * be half-typed, also matches index terms that start with what was typed (never a shorter stem, so
 * «психоем» does not become «психо:*»); Latin transliteration is read back into Cyrillic; synonyms and
 * English glossary terms are expanded; words the index does not know are corrected from its own
 * vocabulary. The engine matches any group and ranks by how many match.
 */

export interface Vocabulary {
  /** Indexed terms that look like this one (trigram similarity), looked up beforehand; filtered here by edit distance. */
  similar(term: string): string[];
}

/**
 * One typed word or synonym phrase: an OR of alternatives, each an AND of words, each an OR of forms.
 * A form is an index term (`мал`) or a prefix of one (`психоем*`).
 */
export interface PlanGroup {
  alternatives: string[][][];
  /** The typed word, when the group is one word that may be corrected. */
  correctable: string | null;
}

export interface QueryPlan {
  groups: PlanGroup[];
  /** Forms to highlight in results (`*` marks a prefix). */
  highlight: string[];
  /** Typed words the index does not know, each with the indexed terms it was corrected to. */
  corrections: { word: string; stems: string[] }[];
}

const MAX_WORDS = 12;
const CYRILLIC = /[\u0400-\u04FF]/;

const phraseStems = (phrase: string) =>
  words(phrase)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
const SYNONYM_STEMS = SYNONYMS.map((group) => group.map(phraseStems));
const SYNONYM_WORDS = SYNONYMS.map((group) => group.map((phrase) => words(phrase).filter((w) => !STOP_WORDS.has(w))));

/** Forms of one Cyrillic word; a half-typed last word also matches terms starting with it. */
function cyrillicForms(word: string, last: boolean): string[] {
  const { terms, known } = wordTerms(word);
  // A word the dictionary lacks keeps the rules-based stem as a prefix (its other forms may stem longer).
  const forms = known || last ? [...terms] : terms.map((t) => `${t}*`);
  if (last) forms.push(`${word}*`);
  return forms;
}

/** Forms of one typed word. */
function wordForms(word: string, last: boolean): string[] {
  if (CYRILLIC.test(word)) return cyrillicForms(word, last);
  if (isLatinWord(word) && word.length > 2) {
    // A Latin word is English or a Latin name, or Ukrainian typed in transliteration.
    return [...new Set([`${word}*`, ...cyrillicForms(fromLatin(word), last)])];
  }
  return last ? [word, `${word}*`] : [word];
}

/** Forms of a word inside a synonym phrase: complete words, matched by their word forms. */
const memberForms = (word: string) => (CYRILLIC.test(word) ? cyrillicForms(word, false) : [`${word}*`]);

/**
 * The synonym group whose member starts at `at`, the longest member winning: "ігрова терапія" is the
 * two-word member, not "ігротерапія" reached by "ігрова" read as the start of a word being typed. The
 * last typed word may be the start of a member's word, as written («казкот» → «казкотерапія», but not
 * «казка», whose stem «казк» merely begins it).
 */
function synonymAt(typed: string[], stems: string[], at: number): { length: number; group: number } | null {
  let best: { length: number; group: number; whole: boolean } | null = null;
  for (const [g, group] of SYNONYM_STEMS.entries()) {
    for (const [m, member] of group.entries()) {
      const fits = member.every(
        (s, i) =>
          stems[at + i] !== undefined &&
          (stems[at + i] === s ||
            stems[at + i]!.startsWith(s) ||
            (at + i === stems.length - 1 && SYNONYM_WORDS[g]![m]![i]!.startsWith(typed[at + i]!))),
      );
      if (!fits) continue;
      // A member typed in full beats one the last word only begins («волонтери» is not «волонтерство»).
      const whole = member.every((s, i) => stems[at + i] === s);
      if (member.length > (best?.length ?? 0) || (member.length === best?.length && whole && !best.whole)) {
        best = { length: member.length, group: g, whole };
      }
    }
  }
  return best;
}

const renderForm = (form: string) => (form.endsWith('*') ? `${form.slice(0, -1)}:*` : form);
const orOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' | ')})`);
const andOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`);

/** The to_tsquery('simple', …) text of one group. */
export function groupTsquery(group: PlanGroup): string {
  return orOf(group.alternatives.map((alternative) => andOf(alternative.map((forms) => orOf([...new Set(forms)].map(renderForm))))));
}

/** What was typed as groups of forms; no database needed. Empty groups when nothing searchable was typed. */
export function planQuery(text: string): QueryPlan {
  const typed = words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .slice(0, MAX_WORDS);
  const stems = typed.map(stem);
  const groups: PlanGroup[] = [];
  for (let i = 0; i < typed.length;) {
    const synonym = synonymAt(typed, stems, i);
    const last = (k: number) => k === typed.length - 1;
    if (synonym) {
      const span = typed.slice(i, i + synonym.length).map((w, k) => wordForms(w, last(i + k)));
      const members = SYNONYM_WORDS[synonym.group]!.map((member) => member.map(memberForms));
      groups.push({ alternatives: [span, ...members], correctable: null });
      i += synonym.length;
    } else {
      const word = typed[i]!;
      groups.push({ alternatives: [[wordForms(word, last(i))]], correctable: allowedTypos(word) > 0 ? word : null });
      i += 1;
    }
  }
  return { groups, highlight: highlightOf(groups), corrections: [] };
}

const highlightOf = (groups: PlanGroup[]) =>
  [...new Set(groups.flatMap((g) => g.alternatives.flat(2)))].filter((f) => f.replace('*', '').length >= 2);

/** The terms a correctable group's word is corrected from: its own forms, or the word itself. */
export function correctionBases(group: PlanGroup): string[] {
  const word = group.correctable;
  if (!word) return [];
  const bases = [...new Set(group.alternatives[0]![0]!.map((f) => f.replace('*', '')).filter((f) => f !== word))];
  return bases.length ? bases : [word];
}

/**
 * Adds typo corrections to the groups the index does not know (`unknown`: their indexes): each gets
 * the indexed terms within the allowed edit distance of its own terms.
 */
export function correctPlan(plan: QueryPlan, unknown: number[], vocabulary: Vocabulary): QueryPlan {
  const corrections: QueryPlan['corrections'] = [];
  const groups = plan.groups.map((group, g): PlanGroup => {
    const word = group.correctable;
    if (!word || !unknown.includes(g)) return group;
    const found = new Set<string>();
    for (const base of correctionBases(group)) {
      const max = allowedTypos(base.length >= 5 ? base : word);
      for (const candidate of vocabulary.similar(base)) {
        const distance = Math.min(editDistance(base, candidate), editDistance(base, candidate.slice(0, base.length)));
        if (distance <= max) found.add(candidate);
      }
    }
    if (!found.size) return group;
    corrections.push({ word, stems: [...found] });
    return { ...group, alternatives: [[[...group.alternatives[0]![0]!, ...found]]] };
  });
  return { groups, highlight: highlightOf(groups), corrections };
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
