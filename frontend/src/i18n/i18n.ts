import { createInstance, DEFAULT_LANGUAGE, isLanguage, type Catalogue, type I18n, type Language } from './runtime';
import uk from './uk.json';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type I18n, type Language } from './runtime';

/** localStorage key that remembers the reader's choice of language. */
export const LANGUAGE_STORAGE_KEY = 'poruch.language';

type Loader = () => Promise<{ default: Catalogue }>;

// Ukrainian is the default and the fallback, so it ships in the entry chunk; English is its own chunk,
// fetched only by readers who choose it.
const CORE: Record<Language, Loader> = {
  uk: () => Promise.resolve({ default: uk }),
  en: () => import('./en.json'),
};

// The words of the editors (contribute, review, collections) travel with those pages, not in the first
// chunk: a route loads its feature's catalogue before it renders (see loadFeatureCatalogue).
const FEATURES = {
  contribute: { uk: () => import('../features/contribute/i18n/uk.json'), en: () => import('../features/contribute/i18n/en.json') },
  collections: {
    uk: () => import('../features/collections/i18n/uk.json'),
    en: () => import('../features/collections/i18n/en.json'),
  },
  offline: { uk: () => import('../features/offline/i18n/uk.json'), en: () => import('../features/offline/i18n/en.json') },
  account: { uk: () => import('../features/account/i18n/uk.json'), en: () => import('../features/account/i18n/en.json') },
  notifications: {
    uk: () => import('../features/notifications/i18n/uk.json'),
    en: () => import('../features/notifications/i18n/en.json'),
  },
  outbox: { uk: () => import('../features/outbox/i18n/uk.json'), en: () => import('../features/outbox/i18n/en.json') },
  // The form kit's own words (Markdown preview, ordered lists), for the pages that write.
  forms: { uk: () => import('../shared/forms/i18n/uk.json'), en: () => import('../shared/forms/i18n/en.json') },
} satisfies Record<string, Record<Language, Loader>>;
export type Feature = keyof typeof FEATURES;

/** Features some page has needed; a language loaded later brings their words along. */
const requested = new Set<Feature>();
let current: I18n | undefined;

/** Adds what `language` lacks: its core catalogue and every requested feature's, including any asked for meanwhile. */
async function complete(i18n: I18n, language: Language): Promise<void> {
  for (;;) {
    const missing = [['core', CORE[language]] as const, ...[...requested].map((f) => [f, FEATURES[f][language]] as const)].filter(
      ([part]) => !i18n.hasCatalogue(language, part),
    );
    if (missing.length === 0) return;
    await Promise.all(missing.map(async ([part, load]) => i18n.addCatalogue(language, part, (await load()).default)));
  }
}

/** Makes a feature's words available in the current language (and the fallback) before its page renders. */
export async function loadFeatureCatalogue(feature: Feature, instance: I18n | undefined = current): Promise<void> {
  requested.add(feature);
  if (!instance) return;
  await Promise.all([...new Set([instance.language, DEFAULT_LANGUAGE])].map((language) => complete(instance, language)));
}

// Storage can be missing or throw (private windows, blocked cookies, even on reading window.localStorage):
// the app then simply forgets.
function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function storedLanguage(storage: Storage | undefined = browserStorage()): Language | undefined {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function remember(storage: Storage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering is acceptable; failing to switch is not.
  }
}

function showOnPage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export interface CreateI18nOptions {
  /** Where the choice is remembered; defaults to window.localStorage. */
  storage?: Storage;
  /** Forces a language instead of the remembered one. */
  language?: Language;
}

/**
 * A fresh instance, resolved once its words are loaded: Ukrainian by default, the remembered language when
 * there is one. Every later change of language is remembered and mirrored on <html lang>. Creating one
 * touches no browser API beyond those (the server makes one at start and shares it, never changing it).
 */
export async function createI18n(options: CreateI18nOptions = {}): Promise<I18n> {
  const storage = options.storage ?? browserStorage();
  const i18n = createInstance({ load: (language) => complete(i18n, language) });
  await complete(i18n, DEFAULT_LANGUAGE); // the fallback of every language
  await i18n.changeLanguage(options.language ?? storedLanguage(storage) ?? DEFAULT_LANGUAGE);
  showOnPage(i18n.language);
  i18n.onLanguageChanged((language) => {
    remember(storage, language);
    showOnPage(language);
  });
  current = i18n;
  return i18n;
}
