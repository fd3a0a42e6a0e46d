import { describe, expect, it } from 'vitest';
import en from './en.json';
import { createInstance, type Catalogue, type Language } from './runtime';
import uk from './uk.json';

/** An instance showing `language`, with the core catalogues (or the given English words instead). */
async function instance(language: Language, english: Catalogue = en) {
  const i18n = createInstance({
    load: async (lng) => {
      if (lng === 'en') i18n.addCatalogue('en', 'core', english);
    },
  });
  i18n.addCatalogue('uk', 'core', uk);
  await i18n.changeLanguage(language);
  return i18n;
}

describe('interpolation', () => {
  it('fills every {{name}} with its value, as it is (React escapes later)', async () => {
    const { t } = await instance('uk');
    expect(t('search.pageOf', { page: 2, pages: 7 })).toBe('Сторінка 2 з 7');
    expect(t('search.titleFor', { query: '<b>казка</b> & {{page}}', page: 9 })).toBe('Пошук: <b>казка</b> & {{page}}');
  });

  it('prints nothing for a value given as undefined, and leaves a placeholder whose value was not given', async () => {
    const { t } = await instance('uk');
    expect(t('practice.groupSizeRange', { min: 5, max: undefined })).toBe('від 5 до  осіб');
    expect(t('practice.groupSizeRange', { min: 5 })).toBe('від 5 до {{max}} осіб');
  });

  it('answers with the default value, then the key itself, when no catalogue has the key', async () => {
    const { t } = await instance('en');
    const unknown = 'contribute.pendingStatus.merged' as 'contribute.pendingStatus.draft';
    expect(t(unknown, { defaultValue: 'merged' })).toBe('merged');
    expect(t(unknown)).toBe('contribute.pendingStatus.merged');
  });
});

describe('plurals', () => {
  it('Ukrainian: 1 and 21 take "one", 2–4 "few", 0 and 5–20 "many", fractions "other"', async () => {
    const { t } = await instance('uk');
    const count = (n: number) => t('practices.count', { count: n });
    expect([1, 21, 101].map(count)).toEqual(['1 практика', '21 практика', '101 практика']);
    expect([2, 3, 4, 22].map(count)).toEqual(['2 практики', '3 практики', '4 практики', '22 практики']);
    expect([0, 5, 11, 12, 14, 20, 111].map(count)).toEqual([
      '0 практик',
      '5 практик',
      '11 практик',
      '12 практик',
      '14 практик',
      '20 практик',
      '111 практик',
    ]);
    expect(count(1.5)).toBe('1.5 практики'); // the _other form
  });

  it('English: 1 takes "one", everything else "other"', async () => {
    const { t } = await instance('en');
    expect([1, 0, 2, 5, 21, 1.5].map((n) => t('practices.count', { count: n }))).toEqual([
      '1 practice',
      '0 practices',
      '2 practices',
      '5 practices',
      '21 practices',
      '1.5 practices',
    ]);
  });

  it('finds the forms of a key whose own name has underscores', async () => {
    const { t } = await instance('uk');
    expect(t('errors.RATE_LIMITED', { count: 3 })).toBe('Забагато спроб. Спробуйте знову за 3 хвилини.');
  });

  it('uses the plain key when a message has no plural forms, however count is given', async () => {
    const { t } = await instance('uk');
    expect(t('nav.search', { count: 3 })).toBe('Пошук');
  });
});

describe('fallback', () => {
  it('takes a message missing in English from Ukrainian, with the Ukrainian plural rules', async () => {
    const { t } = await instance('en', { nav: { search: 'Search' } });
    expect(t('nav.search')).toBe('Search');
    expect(t('nav.home')).toBe('Головна');
    expect(t('practices.count', { count: 3 })).toBe('3 практики');
  });

  it('knows which keys exist, in the current language or the fallback', async () => {
    const i18n = await instance('en', { nav: { search: 'Search' } });
    expect(i18n.exists('nav.home')).toBe(true);
    expect(i18n.exists('practices.count', { count: 2 })).toBe(true);
    expect(i18n.exists('nav.nowhere')).toBe(false);
    expect(i18n.exists('nav')).toBe(false); // a group of messages, not a message
  });
});

describe('changing the language', () => {
  it('loads the words first, then gives a new t and tells subscribers', async () => {
    const i18n = await instance('uk');
    const before = i18n.t;
    const notified: Language[] = [];
    let renders = 0;
    i18n.subscribe(() => renders++);
    i18n.onLanguageChanged((lng) => notified.push(lng));

    const change = i18n.changeLanguage('en');
    expect(i18n.language).toBe('uk'); // English is still on its way
    await change;

    expect(i18n.language).toBe('en');
    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t).not.toBe(before);
    expect(i18n.t('nav.search')).toBe('Search');
    expect(before('nav.search')).toBe('Пошук'); // a t keeps the language it was made for
    expect(notified).toEqual(['en']);
    expect(renders).toBeGreaterThan(0);
  });

  it('lets the last choice win when an earlier one is still loading', async () => {
    let arrive = () => {};
    const i18n = createInstance({
      load: (lng) =>
        lng === 'en' ? new Promise<void>((resolve) => (arrive = () => resolve(i18n.addCatalogue('en', 'core', en)))) : Promise.resolve(),
    });
    i18n.addCatalogue('uk', 'core', uk);

    const english = i18n.changeLanguage('en');
    await i18n.changeLanguage('uk');
    arrive();
    await english;

    expect(i18n.language).toBe('uk');
  });

  it('does not switch when the words cannot be loaded', async () => {
    const i18n = createInstance({ load: () => Promise.reject(new Error('offline')) });
    i18n.addCatalogue('uk', 'core', uk);
    await expect(i18n.changeLanguage('en')).rejects.toThrow('offline');
    expect(i18n.language).toBe('uk');
  });
});
