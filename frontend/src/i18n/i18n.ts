import i18next, { type BackendModule, type i18n as I18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import uk from './uk.json';

export const LANGUAGES = ['uk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'uk';

/** localStorage key that remembers the reader's choice of language. */
export const LANGUAGE_STORAGE_KEY = 'poruch.language';

// Ukrainian is the default and the fallback, so it ships in the entry chunk; English is its own chunk,
// fetched only by readers who choose it.
const CATALOGUES: Record<Exclude<Language, 'uk'>, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('./en.json'),
};

type Loader = () => Promise<{ default: ResourceKey }>;

// The words of the editors (contribute, review, collections) travel with those pages, not in the first
// chunk: a route loads its feature's catalogue before it renders (see loadFeatureCatalogue).
const FEATURES = {
  contribute: { uk: () => import('../features/contribute/i18n/uk.json'), en: () => import('../features/contribute/i18n/en.json') },
  collections: {
    uk: () => import('../features/collections/i18n/uk.json'),
    en: () => import('../features/collections/i18n/en.json'),
  },
} satisfies Record<string, Record<Language, Loader>>;
export type Feature = keyof typeof FEATURES;

/** Features some page has needed; a language loaded later brings their words along. */
const requested = new Set<Feature>();
let current: I18n | undefined;

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(null, uk);
    const core: Promise<ResourceKey> = language === 'uk' ? Promise.resolve(uk) : CATALOGUES[language]().then((m) => m.default);
    const features = [...requested].map((f) => FEATURES[f][language]().then((m) => m.default));
    Promise.all([core, ...features]).then(
      (parts) => callback(null, Object.assign({}, ...(parts as object[]))),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Makes a feature's words available in the current language (and the fallback) before its page renders. */
export async function loadFeatureCatalogue(feature: Feature, instance: I18n | undefined = current): Promise<void> {
  requested.add(feature);
  if (!instance) return;
  const languages = new Set([instance.resolvedLanguage ?? DEFAULT_LANGUAGE, DEFAULT_LANGUAGE].filter(isLanguage));
  await Promise.all(
    [...languages].map(async (lng) => {
      if (instance.getResource(lng, 'translation', feature) !== undefined) return;
      const bundle = (await FEATURES[feature][lng]()).default;
      instance.addResourceBundle(lng, 'translation', bundle, true, true);
    }),
  );
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// Storage can be missing or throw (private windows, blocked cookies): the app then simply forgets.
function storedLanguage(storage: Storage | undefined): Language | undefined {
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

export interface CreateI18nOptions {
  /** Where the choice is remembered; defaults to window.localStorage. */
  storage?: Storage;
  /** Forces a language instead of the remembered one. */
  language?: Language;
}

/**
 * A fresh i18next instance, resolved once its catalogue is loaded: Ukrainian by default, the
 * remembered language when there is one, and every later change remembered and mirrored on <html lang>.
 */
export async function createI18n(options: CreateI18nOptions = {}): Promise<I18n> {
  const storage = options.storage ?? (typeof window === 'undefined' ? undefined : window.localStorage);
  const instance = i18next.createInstance();
  instance.use(lazyCatalogues).use(initReactI18next);
  await instance.init({
    resources: { uk: { translation: uk } },
    partialBundledLanguages: true,
    lng: options.language ?? storedLanguage(storage) ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    react: { useSuspense: false },
  });
  const mirror = (lng: string) => {
    if (!isLanguage(lng)) return;
    remember(storage, lng);
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  mirror(instance.language);
  instance.on('languageChanged', mirror);
  current = instance;
  await Promise.all([...requested].map((f) => loadFeatureCatalogue(f, instance)));
  return instance;
}
