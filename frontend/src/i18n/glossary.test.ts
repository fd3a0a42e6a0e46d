import { describe, expect, it } from 'vitest';

/**
 * One name for one thing. A librarian who reads «матеріали» on one page and «записи» on the next, or
 * «Описана» in the filters and «Описано» on the card, wonders whether they are different things. Each
 * domain term has one word in each language; its synonyms must not appear, and the keys that name it
 * carry that word. Any catalogue added under src/i18n or an i18n folder of a feature or of shared/ is read too.
 */

type Language = 'uk' | 'en';
type Tree = { [key: string]: string | Tree };

const FILES = import.meta.glob<Tree>(['./*.json', '../features/*/i18n/*.json', '../shared/*/i18n/*.json'], {
  eager: true,
  import: 'default',
});

interface Message {
  file: string;
  language: Language;
  /** The dotted key with its plural suffix, e.g. `home.items_few`. */
  key: string;
  value: string;
}

function flatten(tree: Tree, file: string, language: Language, prefix = ''): Message[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ file, language, key: `${prefix}${key}`, value }] : flatten(value, file, language, `${prefix}${key}.`),
  );
}

const MESSAGES: Message[] = Object.entries(FILES).flatMap(([path, tree]) => {
  const language = /(uk|en)\.json$/.exec(path)?.[1] as Language | undefined;
  return language ? flatten(tree, path.replace(/^\.\.?\//, ''), language) : [];
});

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');

interface Term {
  name: string;
  /** The one word (or a stem of it, to allow for case endings), matched at the start of a word. */
  word: Record<Language, string>;
  /** Other names for the same thing that must not appear. */
  synonyms: Record<Language, string[]>;
  /** Where the synonyms are forbidden, when they are ordinary words elsewhere («Матеріали» of a practice). */
  scope?: RegExp;
  /** Keys (plural forms folded) that name the term, so each must carry its word. */
  keys?: string[];
}

const EVIDENCE = /evidence/i;

const TERMS: Term[] = [
  {
    name: 'practice',
    word: { uk: 'практик', en: 'practice' },
    synonyms: { uk: ['методика', 'методики', 'найкращі практики'], en: ['best practice', 'methodology'] },
    keys: ['nav.practices', 'searchType.PRACTICE', 'contribute.recordType.PRACTICE', 'contribute.mine.newPractice'],
  },
  {
    name: 'case study',
    word: { uk: 'кейс', en: 'case stud' },
    synonyms: { uk: ['кейс-стаді', 'історія успіху', 'приклад впровадження'], en: ['case-study', 'success story'] },
    keys: ['searchType.CASE_STUDY', 'contribute.recordType.CASE_STUDY', 'contribute.mine.newCaseStudy'],
  },
  {
    name: 'collection',
    word: { uk: 'добірк', en: 'collection' },
    synonyms: { uk: ['підбірк', 'колекці', 'збірк'], en: ['playlist', 'bundle'] },
    keys: ['nav.collections', 'collections.title', 'collections.kind', 'collections.create.title'],
  },
  {
    name: 'collection item',
    word: { uk: 'запис', en: 'item' },
    synonyms: { uk: ['матеріал', 'позиці', 'елемент'], en: ['entry', 'entries', 'material'] },
    scope: /^(home\.items|collections\.)/,
    keys: ['home.items', 'collections.itemCount', 'collections.itemsHeading', 'collections.empty'],
  },
  {
    name: 'curator',
    word: { uk: 'куратор', en: 'curat' },
    synonyms: { uk: ['укладач', 'кураторство', 'упорядник', 'автор добірки'], en: ['compiler', 'compiled by', 'editor'] },
    keys: ['home.curator', 'collections.curatedBy', 'collections.item.note', 'collections.add.note'],
  },
  {
    name: 'co-curator',
    word: { uk: 'співкуратор', en: 'co-curator' },
    synonyms: { uk: ['співукладач', 'співавтор добірки', 'співредактор'], en: ['co-editor', 'collaborator'] },
    keys: ['collections.coCurators.title', 'collections.coCurators.none', 'collections.errors.coCuratorTaken'],
  },
  {
    name: 'moderator',
    word: { uk: 'модератор', en: 'moderator' },
    synonyms: { uk: ['рецензент', 'редактор'], en: ['reviewer'] },
    keys: ['contribute.review.moderatorsOnly', 'contribute.mine.moderatorComment', 'contribute.editor.note'],
  },
  {
    name: 'trainer',
    word: { uk: 'методист', en: 'trainer' },
    synonyms: { uk: ['тренер', 'викладач'], en: ['methodologist', 'instructor'] },
    keys: ['home.collections', 'collections.create.signInFirst', 'collections.add.signInFirst'],
  },
  {
    name: 'audiences (who a practice is for)',
    word: { uk: 'Для кого', en: 'Who it is for' },
    synonyms: { uk: ['аудиторі', 'цільова група'], en: ['audiences', 'target group'] },
    keys: ['practice.audiences', 'contribute.practice.audiences', 'contribute.fields.audiences'],
  },
  {
    name: 'evidence (how well a practice is tested)',
    word: { uk: 'Наскільки перевірено', en: 'How well tested' },
    synonyms: { uk: ['доказов', 'рівень доказ'], en: ['evidence level', 'level of evidence'] },
    keys: ['practiceCard.evidence', 'contribute.practice.evidenceLevel', 'contribute.fields.evidenceLevel'],
  },
  // The four levels: named once, in the core catalogue's evidenceLevel keys, which cards, the practice
  // page, the search facets and the editor's select all use; the editor's hint spells them the same way.
  {
    name: 'evidence level: described',
    word: { uk: 'Описано', en: 'Described' },
    synonyms: { uk: ['Описана', 'Описаний'], en: ['Description only'] },
    scope: EVIDENCE,
    keys: ['evidenceLevel.DESCRIBED', 'contribute.hints.evidenceLevel'],
  },
  {
    name: 'evidence level: outcomes documented',
    word: { uk: 'Результати задокументовано', en: 'Outcomes documented' },
    synonyms: { uk: ['Задокументовані результати'], en: ['Documented outcomes'] },
    keys: ['evidenceLevel.DOCUMENTED', 'contribute.hints.evidenceLevel'],
  },
  {
    name: 'evidence level: evaluated',
    word: { uk: 'Оцінено', en: 'Evaluated' },
    synonyms: { uk: ['Оцінена', 'Оцінений'], en: ['Assessed'] },
    scope: EVIDENCE,
    keys: ['evidenceLevel.EVALUATED', 'contribute.hints.evidenceLevel'],
  },
  {
    name: 'evidence level: replicated in other communities',
    word: { uk: 'Відтворено в інших громадах', en: 'Replicated in other communities' },
    synonyms: { uk: ['Повторена деінде', 'Повторено деінде', 'Відтворена'], en: ['Replicated elsewhere'] },
    keys: ['evidenceLevel.REPLICATED', 'contribute.hints.evidenceLevel'],
  },
  {
    name: 'a person of any gender (a colleague, the person who sent it)',
    word: { uk: 'колега, людина', en: 'colleague, person' },
    synonyms: { uk: ['зареєстрована', 'власниц', 'ця колега', 'нової колеги', 'надіслав(-ла)', '(-ла)'], en: [] },
  },
  {
    name: 'formatting hint (no jargon)',
    word: { uk: 'Форматування', en: 'Formatting' },
    synonyms: { uk: ['Markdown', 'Маркдаун'], en: ['Markdown'] },
    keys: ['forms.markdown.hint'],
  },
];

/** Keys whose words must be the same, message for message (plural forms compared form by form). */
const SAME: string[][] = [
  ['practiceCard.evidence', 'contribute.practice.evidenceLevel', 'contribute.fields.evidenceLevel'],
  ['practice.audiences', 'contribute.practice.audiences', 'contribute.fields.audiences'],
  ['home.items', 'collections.itemCount'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `word` at the start of a word, any case: a stem matches its case endings, «куратор» not «співкуратор». */
const startsWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}`, 'iu');
const show = (m: Message) => `${m.file} ${m.key}: «${m.value}»`;

describe('glossary: one name for one thing', () => {
  it('reads every catalogue, Ukrainian and English', () => {
    const files = new Set(MESSAGES.map((m) => m.file));
    for (const file of ['uk.json', 'en.json', 'features/contribute/i18n/uk.json', 'features/collections/i18n/en.json']) {
      expect(files).toContain(file);
    }
  });

  it.each(TERMS.map((term) => [term.name, term] as const))('%s: no synonym appears in any catalogue', (_name, term) => {
    const found = MESSAGES.filter((m) => !term.scope || term.scope.test(m.key)).flatMap((m) =>
      term.synonyms[m.language]
        .filter((synonym) => startsWord(synonym).test(m.value))
        .map((synonym) => `${show(m)} says «${synonym}»; the word is «${term.word[m.language]}»`),
    );
    expect(found).toEqual([]);
  });

  it.each(TERMS.filter((term) => term.keys).map((term) => [term.name, term] as const))(
    '%s: every key that names it uses the one word',
    (_name, term) => {
      const keys = new Set(term.keys);
      const naming = MESSAGES.filter((m) => keys.has(baseKey(m.key)));
      // Each listed key exists in both languages.
      for (const language of ['uk', 'en'] as const) {
        expect([...new Set(naming.filter((m) => m.language === language).map((m) => baseKey(m.key)))].sort()).toEqual([...keys].sort());
      }
      const astray = naming.filter((m) => !startsWord(term.word[m.language]).test(m.value)).map(show);
      expect(astray).toEqual([]);
    },
  );

  it.each(SAME.map((keys) => [keys.join(' = '), keys] as const))('%s', (_name, keys) => {
    for (const language of ['uk', 'en'] as const) {
      const forms = keys.map((key) =>
        Object.fromEntries(
          MESSAGES.filter((m) => m.language === language && baseKey(m.key) === key).map((m) => [m.key.slice(key.length), m.value]),
        ),
      );
      expect(Object.keys(forms[0]!).length).toBeGreaterThan(0);
      for (const other of forms.slice(1)) expect(other).toEqual(forms[0]);
    }
  });

  it('writes the Ukrainian apostrophe as ’, never as a straight quote', () => {
    const straight = MESSAGES.filter((m) => (m.language === 'uk' ? /'/ : /\p{Script=Cyrillic}'\p{Script=Cyrillic}/u).test(m.value)).map(
      show,
    );
    expect(straight).toEqual([]);
  });
});
