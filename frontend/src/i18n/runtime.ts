// Poruch's own message runtime, in place of i18next + react-i18next (about 19 KB gzip of the first download):
// only what the catalogues use — nested keys, {{name}} placeholders, plural forms chosen by Intl.PluralRules
// from `count` (i18next's JSON v4 suffixes), and Ukrainian for any message another language lacks.
import type { MessageKey, TFunction, TOptions } from './keys';

export const LANGUAGES = ['uk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The language the app starts in, and the one a message missing in another language is taken from. */
export const DEFAULT_LANGUAGE: Language = 'uk';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A message catalogue as written in the JSON files: nested objects of strings. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** The words of every language and the language shown; i18next's instance, cut to what Poruch uses. */
export interface I18n {
  readonly language: Language;
  /** The same as `language` (every language falls back to Ukrainian word by word); i18next's name. */
  readonly resolvedLanguage: Language;
  /** Bound to the current language; a new function after each change, so hooks and memos see the change. */
  readonly t: TFunction;
  /** Whether `t(key, options)` finds a message, in the current language or in Ukrainian. */
  exists(key: string, options?: TOptions): boolean;
  /** Loads the language's words, then shows it. When calls overlap, the last one wins. */
  changeLanguage(language: Language): Promise<void>;
  /** Adds words to a language; `part` ('core' or a feature) names them, and adding a part again replaces it. */
  addCatalogue(language: Language, part: string, catalogue: Catalogue): void;
  hasCatalogue(language: Language, part?: string): boolean;
  /** For useSyncExternalStore: called after the language changes or words arrive. */
  subscribe(listener: () => void): () => void;
  /** Called after each completed changeLanguage, with the language now shown. */
  onLanguageChanged(listener: (language: Language) => void): () => void;
}

export interface InstanceOptions {
  /** The first language shown; its words must be added before the first `t`. Ukrainian by default. */
  language?: Language;
  /** Brings the words a language lacks (with addCatalogue) before changeLanguage shows it. */
  load?: (language: Language) => Promise<void>;
}

const PLACEHOLDER = /{{\s*([\w.]+)\s*}}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralForm(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

// As i18next does with escaping off: a value given as undefined or null prints nothing, a name not given at
// all is left as written (so a missing value shows), and inserted values are never read as placeholders.
function interpolate(text: string, values: TOptions | undefined): string {
  if (!values) return text;
  return text.replace(PLACEHOLDER, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name] ?? '') : placeholder));
}

/** A new instance with no words yet: add at least the Ukrainian catalogue before translating. */
export function createInstance({ language: initial = DEFAULT_LANGUAGE, load }: InstanceOptions = {}): I18n {
  let language = initial;
  const catalogues = new Map<Language, Map<string, Catalogue>>();
  const listeners = new Set<() => void>();
  const changeListeners = new Set<(language: Language) => void>();
  let latestChange = 0;

  // A message of one language: the plural form for `count` when the catalogue has one, else the plain key.
  function find(lng: Language, key: string, count: number | undefined): string | undefined {
    const path = key.split('.');
    const last = path.pop()!;
    for (const catalogue of catalogues.get(lng)?.values() ?? []) {
      let node: string | Catalogue | undefined = catalogue;
      for (const segment of path) node = typeof node === 'object' ? node[segment] : undefined;
      if (typeof node !== 'object') continue;
      const message = (count === undefined ? undefined : node[`${last}_${pluralForm(lng, count)}`]) ?? node[last];
      if (typeof message === 'string') return message;
    }
    return undefined;
  }

  function resolve(lng: Language, key: string, options: TOptions | undefined): string | undefined {
    const count = typeof options?.count === 'number' ? options.count : undefined;
    return find(lng, key, count) ?? (lng === DEFAULT_LANGUAGE ? undefined : find(DEFAULT_LANGUAGE, key, count));
  }

  const fixedT =
    (lng: Language): TFunction =>
    (key: MessageKey, options?: TOptions) =>
      interpolate(resolve(lng, key, options) ?? options?.defaultValue ?? key, options);

  let t = fixedT(language);
  function changed(): void {
    t = fixedT(language);
    for (const listener of listeners) listener();
  }

  function subscribe<T>(set: Set<T>, listener: T): () => void {
    set.add(listener);
    return () => void set.delete(listener);
  }

  return {
    get language() {
      return language;
    },
    get resolvedLanguage() {
      return language;
    },
    get t() {
      return t;
    },
    exists: (key, options) => resolve(language, key, options) !== undefined,
    async changeLanguage(next) {
      const change = ++latestChange;
      await load?.(next);
      if (change !== latestChange) return;
      language = next;
      changed();
      for (const listener of changeListeners) listener(next);
    },
    addCatalogue(lng, part, catalogue) {
      const parts = catalogues.get(lng) ?? new Map<string, Catalogue>();
      catalogues.set(lng, parts.set(part, catalogue));
      changed();
    },
    hasCatalogue: (lng, part = 'core') => catalogues.get(lng)?.has(part) ?? false,
    subscribe: (listener) => subscribe(listeners, listener),
    onLanguageChanged: (listener) => subscribe(changeListeners, listener),
  };
}
