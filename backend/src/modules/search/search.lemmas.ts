import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Ukrainian lemmas from Hunspell's Ukrainian dictionary (`dictionary-uk`): a word form is read back
 * through the dictionary's suffix rules to the headwords that produce it («малят» → «маля»,
 * «притулку» → «притулок»). The dictionary uses one-character flags and suffix rules only, without
 * continuation classes, so one strip-and-look-up step per rule is the whole analysis.
 *
 * Loading costs about 0.35 s and 40 MB of heap once per process (measured in docs/PERFORMANCE.md), so it
 * happens on first use; words the dictionary does not know get no lemma, and callers fall back to
 * the rules-based stemmer.
 */

interface SuffixRule {
  flag: string;
  strip: string;
  condition: string;
  test?: RegExp;
}

interface Dictionary {
  /** Lower-case headword → its flags. */
  headwords: Map<string, string>;
  /** Added ending → the rules that add it. */
  rules: Map<string, SuffixRule[]>;
  longestEnding: number;
}

let loaded: Dictionary | null = null;

function load(): Dictionary {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-uk'));
  const rules = new Map<string, SuffixRule[]>();
  let longestEnding = 0;
  for (const line of readFileSync(join(folder, 'index.aff'), 'utf8').split('\n')) {
    if (!line.startsWith('SFX ')) continue;
    const [, flag, strip, add, condition] = line.split(/\s+/);
    // The header line of a rule set ("SFX R Y 171") has a number where a rule has its condition.
    if (!flag || strip === undefined || add === undefined || condition === undefined) continue;
    const ending = add === '0' ? '' : add;
    longestEnding = Math.max(longestEnding, ending.length);
    const list = rules.get(ending) ?? [];
    list.push({ flag, strip: strip === '0' ? '' : strip, condition });
    rules.set(ending, list);
  }
  const headwords = new Map<string, string>();
  const dic = readFileSync(join(folder, 'index.dic'), 'utf8');
  let at = dic.indexOf('\n') + 1;
  while (at < dic.length) {
    let end = dic.indexOf('\n', at);
    if (end < 0) end = dic.length;
    const line = dic.slice(at, end);
    at = end + 1;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    // Capitalised headwords are names; a search word is lower-case and is not read as a name.
    if (!word || word !== word.toLowerCase()) continue;
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    headwords.set(word, (headwords.get(word) ?? '') + flags);
  }
  return { headwords, rules, longestEnding };
}

function dictionary(): Dictionary {
  loaded ??= load();
  return loaded;
}

/** Loads the dictionary now rather than on the first word (a server calls this while starting). */
export function loadLemmas(): void {
  dictionary();
}

const memo = new Map<string, string[]>();
const MEMO_LIMIT = 200_000;

/**
 * Headwords of a lower-case word, the word itself first when it is one; empty when the dictionary
 * does not know the word.
 */
export function lemmas(word: string): string[] {
  const known = memo.get(word);
  if (known) return known;
  const { headwords, rules, longestEnding } = dictionary();
  const found: string[] = [];
  if (headwords.has(word)) found.push(word);
  for (let k = 1; k <= Math.min(word.length - 1, longestEnding); k++) {
    const candidates = rules.get(word.slice(word.length - k));
    if (!candidates) continue;
    const root = word.slice(0, word.length - k);
    for (const rule of candidates) {
      const base = root + rule.strip;
      const flags = headwords.get(base);
      if (flags === undefined || !flags.includes(rule.flag) || found.includes(base)) continue;
      if (rule.condition !== '.') {
        rule.test ??= new RegExp(`${rule.condition}$`, 'u');
        if (!rule.test.test(base)) continue;
      }
      found.push(base);
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, found);
  return found;
}
