import { describe, expect, it } from 'vitest';
import en from './en.json';
import { createI18n, LANGUAGE_STORAGE_KEY } from './i18n';
import uk from './uk.json';
import collectionsEn from '../features/collections/i18n/en.json';
import collectionsUk from '../features/collections/i18n/uk.json';
import contributeEn from '../features/contribute/i18n/en.json';
import contributeUk from '../features/contribute/i18n/uk.json';
import { loadFeatureCatalogue } from './i18n';

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

  it('Ukrainian plurals use the one / few / many forms', async () => {
    const i18n = await createI18n({ language: 'uk' });
    const count = (n: number) => i18n.t('practices.count', { count: n });
    expect(count(1)).toBe('1 практика');
    expect(count(2)).toBe('2 практики');
    expect(count(4)).toBe('4 практики');
    expect(count(5)).toBe('5 практик');
    expect(count(11)).toBe('11 практик');
    expect(count(14)).toBe('14 практик');
    expect(count(21)).toBe('21 практика');
    expect(count(22)).toBe('22 практики');
    expect(count(40)).toBe('40 практик');
    expect(count(0)).toBe('0 практик');
  });

  it('English plurals use the one / other forms', async () => {
    const i18n = await createI18n({ language: 'en' });
    expect(i18n.t('practices.count', { count: 1 })).toBe('1 practice');
    expect(i18n.t('practices.count', { count: 2 })).toBe('2 practices');
    expect(i18n.t('practices.count', { count: 21 })).toBe('21 practices');
  });
});

describe('choice of language', () => {
  it('is Ukrainian by default', async () => {
    const i18n = await createI18n();
    expect(i18n.language).toBe('uk');
    expect(document.documentElement.lang).toBe('uk');
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

  it('ignores a remembered value that is not a supported language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect((await createI18n()).language).toBe('uk');
  });
});
