/**
 * A light Ukrainian suffix stripper for searching kept items on the device. The server stems with
 * @nlpjs/lang-uk's StemmerUk (backend/src/modules/search/search.text.ts); that package is not a dependency of
 * the web app and needs @nlpjs/core's container to run, so the browser strips inflection endings itself.
 * The two need not agree on every stem: both sides of an offline search (the kept text and the query) go
 * through this one, and a query's stem also finds longer stems that begin with it.
 */

const CYRILLIC = /[\u0400-\u04ff]/;
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;

// Endings of nouns, adjectives and verbs, tried longest first so «ами» goes before «и». A stem keeps at
// least three letters, so short words stay whole.
const ENDINGS = (
  'ються ється ього ьому ться ями ами ими іми ого ому ові еві єві ися ати ити іти ять ать уть ють ить ' +
  'ях ах ям ам ів їв ою ею єю ий ій ої им ім их іх ом ем єм ей ую юю ся сь ти ть ла ли ло а я и і ї у ю о е є ь'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
const MIN_STEM = 3;

// Before -і the last consonant of many stems alternates (бібліотека → бібліотеці, тривога → тривозі, муха →
// мусі), and -ець nouns end in ц in every other form: the last consonant is folded to one of each pair, on
// both sides of a search alike.
const FOLD: Record<string, string> = { ц: 'к', з: 'г', с: 'х' };
const fold = (base: string) => {
  const folded = FOLD[base.at(-1)!];
  // «читанн-я»: the doubled н of verbal nouns is written once, as the server's stemmer does.
  return (folded ? base.slice(0, -1) + folded : base).replace(/нн$/, 'н');
};

/** Lower-case words of a text, apostrophes dropped (as the server's `words`). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/['’ʼ]/g, ''));
}

/** The stem of one lower-case word; Latin words and numbers stay as they are. */
export function stem(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  const normalised = word.replace(/ё/g, 'е');
  for (const ending of ENDINGS) {
    if (!normalised.endsWith(ending) || normalised.length - ending.length < MIN_STEM) continue;
    return fold(normalised.slice(0, -ending.length));
  }
  return fold(normalised);
}

/** Short function words that say nothing about what a text is about (a subset of the server's list). */
export const STOP_WORDS = new Set(
  'і й та а але або чи в у на з із зі до для по про за від як що це не ж же б би при під над без через після його її їх the a an of and or in on for to with'.split(
    ' ',
  ),
);

/** Stems of a text, stop words left out. */
export const stems = (text: string) =>
  words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
