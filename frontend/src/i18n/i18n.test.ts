import { describe, expect, it } from 'vitest';
import collectionsEn from '../features/collections/i18n/en.json';
import collectionsUk from '../features/collections/i18n/uk.json';
import contributeEn from '../features/contribute/i18n/en.json';
import contributeUk from '../features/contribute/i18n/uk.json';
import en from './en.json';
import { createI18n, LANGUAGE_STORAGE_KEY, loadFeatureCatalogue, storedLanguage } from './i18n';
import uk from './uk.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every key path of a catalogue, with plural variants folded into their base key. */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key.replace(PLURAL_SUFFIX, '')}`],
  );
}

describe('message catalogues', () => {
  it.each([
    ['core', uk, en],
    ['contribute and review', contributeUk, contributeEn],
    ['collections', collectionsUk, collectionsEn],
  ])('English has exactly the keys of Ukrainian (%s)', (_name, ukCatalogue, enCatalogue) => {
    expect([...new Set(keys(enCatalogue))].sort()).toEqual([...new Set(keys(ukCatalogue))].sort());
  });

  it('loads a feature’s words on demand, and brings them along when the language changes', async () => {
    const i18n = await createI18n({ language: 'uk' });
    expect(i18n.exists('collections.title')).toBe(false);
    await loadFeatureCatalogue('collections', i18n);
    expect(i18n.t('collections.title')).toBe(collectionsUk.collections.title);
    await i18n.changeLanguage('en');
    expect(i18n.t('collections.title')).toBe(collectionsEn.collections.title);
  });

  it('loads a feature’s words in English and in Ukrainian when English is shown', async () => {
    const i18n = await createI18n({ language: 'en' });
    await loadFeatureCatalogue('contribute', i18n);
    expect(i18n.t('contribute.choose')).toBe(contributeEn.contribute.choose);
    expect(i18n.hasCatalogue('uk', 'contribute')).toBe(true); // the fallback for any word English lacks
    await i18n.changeLanguage('uk');
    expect(i18n.t('contribute.choose')).toBe(contributeUk.contribute.choose);
  });

  it('gives a new instance the features earlier pages asked for', async () => {
    await loadFeatureCatalogue('collections');
    const i18n = await createI18n({ language: 'en' });
    expect(i18n.t('collections.title')).toBe(collectionsEn.collections.title);
  });

  it('has English in its own chunk, fetched when chosen', async () => {
    const i18n = await createI18n();
    expect(i18n.hasCatalogue('en')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.hasCatalogue('en')).toBe(true);
    expect(i18n.t('practices.count', { count: 1 })).toBe('1 practice');
  });
});

describe('choice of language', () => {
  it('is Ukrainian by default', async () => {
    const i18n = await createI18n();
    expect(i18n.language).toBe('uk');
    expect(document.documentElement.lang).toBe('uk');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull(); // nothing chosen, nothing remembered
  });

  it('is remembered in localStorage and used next time', async () => {
    const first = await createI18n();
    await first.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    const next = await createI18n();
    expect(next.language).toBe('en');
    expect(next.t('practices.title')).toBe('Practices');
  });

  it('can be forced, e.g. to hydrate the Ukrainian page the server wrote, without forgetting the reader’s choice', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = await createI18n({ language: 'uk' });
    expect(i18n.language).toBe('uk');
    expect(storedLanguage()).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(storedLanguage()).toBeUndefined();
    expect((await createI18n()).language).toBe('uk');
  });

  it('still switches when storage refuses to be read or written', async () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    const i18n = await createI18n({ storage: refusing });
    expect(i18n.language).toBe('uk');
    await i18n.changeLanguage('en');
    expect(i18n.t('practices.title')).toBe('Practices');
  });
});
