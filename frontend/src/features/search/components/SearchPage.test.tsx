import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { queryApi } from '../../../../test/support/api';
import { loadTerms, practiceInput, TEST_ORGANIZATION } from '../../../../test/support/contribute';
import { registerSession, signInDemo } from '../../../../test/support/session';
import { renderApp } from '../../../../test/support/render-app';
import uk from '@/i18n/uk.json';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts).
const graphqlUrl = `${inject('apiUrl')}/graphql`;

interface Facets {
  search: { total: number; facets: { facet: string; values: { value: string; labelUk: string; count: number }[] }[] };
}

let fairyTale: { value: string; labelUk: string; count: number };
let totalForQuery: number;

beforeAll(async () => {
  const data = await queryApi<Facets>(graphqlUrl, '{ search(query: "казка") { total facets { facet values { value labelUk count } } } }');
  totalForQuery = data.search.total;
  const themes = data.search.facets.find((f) => f.facet === 'THEMES')!;
  fairyTale = themes.values.find((v) => v.value === 'fairy-tale-therapy')!;
  expect(fairyTale.count).toBeGreaterThan(0);
  expect(fairyTale.count).toBeLessThan(totalForQuery); // so the filter visibly narrows the results
});

/** Every `q` the app wrote to the address, in order. */
function recordQueries(router: Awaited<ReturnType<typeof renderApp>>['router']): string[] {
  const written: string[] = [];
  router.subscribe(() => {
    const q = new URLSearchParams(router.state.location.search).get('q');
    if (q !== null && written.at(-1) !== q) written.push(q);
  });
  return written;
}

describe('search page, against the real API', () => {
  it('writes the typed query to the address once typing pauses, not on every key, and shows highlighted results', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.search() });
    const written = recordQueries(router);
    const box = await screen.findByRole('searchbox', { name: 'Що шукаєте?' });

    await user.type(box, 'казка');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBeNull(); // not yet: the pause has not passed

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('казка'));
    expect(written).toEqual(['казка']); // one write for the whole word
    expect(router.state.historyAction).toBe('REPLACE'); // typing does not fill the history

    await waitFor(() => expect(screen.getByText(new RegExp(`Знайдено ${totalForQuery} `))).toBeTruthy());
    const marks = document.querySelectorAll('.hits mark');
    expect(marks.length).toBeGreaterThan(0);
  });

  it('shows markup in a hit’s matched text as text: marks around the matches, and no element made from the rest', async () => {
    // A published practice whose title and summary carry markup right beside the searched word.
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const title = 'Лелекотерапія <img src=x onerror="window.__xss = 1"> для малят';
    const summary = '<script>window.__xss = 2</script>Лелекотерапія <b onclick="window.__xss = 3">з іграми</b> & піснями';
    const { createPractice } = await author.query<{ createPractice: { id: string } }>(
      'mutation($input: PracticeContentInput!) { createPractice(input: $input) { id } }',
      { input: { ...practiceInput(await loadTerms(graphqlUrl), title), summaryUk: summary } },
    );
    const { submitForReview } = await author.query<{ submitForReview: { reviewThread: { id: string }[] } }>(
      'mutation($id: ID!) { submitForReview(type: PRACTICE, id: $id) { reviewThread { id } } }',
      { id: createPractice.id },
    );
    const moderator = await signInDemo(graphqlUrl, 'moderator');
    await moderator.query('mutation($id: ID!) { approveSubmission(id: $id) { id } }', { id: submitForReview.reviewThread.at(-1)!.id });
    // The indexer picks it up within a second or two.
    await waitFor(
      async () => {
        const found = await queryApi<{ search: { total: number } }>(graphqlUrl, '{ search(query: "лелекотерапія") { total } }');
        expect(found.search.total).toBe(1);
      },
      { timeout: 15_000, interval: 250 },
    );

    await renderApp({ uri: graphqlUrl, path: paths.search('q=лелекотерапія') });
    const heading = await screen.findByRole('heading', { level: 2, name: title });
    const hit = heading.closest('article')!;
    expect(hit.textContent).toContain(summary);
    // The API's marks came through (the highlighted text was used, not the plain fallback)…
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Лелекотерапія', 'Лелекотерапія']);
    // …and nothing else became an element, so nothing ran.
    expect(hit.querySelectorAll('img, script, b')).toHaveLength(0);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('turns a facet into a removable chip (a link), keeps it in the address, and back undoes it', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.search('q=казка') });
    expect(await screen.findByRole('searchbox')).toHaveProperty('value', 'казка');
    await screen.findByText(new RegExp(`Знайдено ${totalForQuery} `));

    const themes = screen.getByRole('group', { name: 'Теми' });
    await user.click(within(themes).getByRole('checkbox', { name: new RegExp(fairyTale.labelUk) }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('themes')).toEqual(['fairy-tale-therapy']));
    expect(router.state.historyAction).toBe('PUSH');
    const chip = await screen.findByRole('link', { name: `Прибрати фільтр: ${fairyTale.labelUk}` });
    await screen.findByText(new RegExp(`Знайдено ${fairyTale.count} `));

    await user.click(chip);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('themes')).toEqual([]));
    expect(screen.queryByRole('link', { name: `Прибрати фільтр: ${fairyTale.labelUk}` })).toBeNull();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('казка');

    await act(() => router.navigate(-1)); // back: the filter returns, from the address alone
    await screen.findByRole('link', { name: `Прибрати фільтр: ${fairyTale.labelUk}` });
    expect(
      within(screen.getByRole('group', { name: 'Теми' })).getByRole('checkbox', { name: new RegExp(fairyTale.labelUk) }),
    ).toHaveProperty('checked', true);
  });

  it('opens a shared address with its query, filters and sort in place', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.search('q=казка&themes=fairy-tale-therapy&sort=NEWEST') });
    expect(await screen.findByRole('searchbox')).toHaveProperty('value', 'казка');
    await screen.findByText(new RegExp(`Знайдено ${fairyTale.count} `));
    expect(screen.getByRole('link', { name: `Прибрати фільтр: ${fairyTale.labelUk}` })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Сортування' })).toHaveProperty('value', 'NEWEST');
  });

  it('follows the address when it changes from outside: back after typing empties the box', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.home });
    await act(() => router.navigate('/search'));
    const box = await screen.findByRole('searchbox', { name: 'Що шукаєте?' });
    await user.type(box, 'ігри');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ігри'));
    await act(() => router.navigate('/search?q=%D0%B2%D0%BF%D0%BE'));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveProperty('value', 'впо'));
  });
});

describe('search page markup that works without JavaScript', () => {
  it('is one GET form to /search: the box is `q`, each checkbox and the sort are fields named after the URL', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.search('q=казка&themes=fairy-tale-therapy') });
    const box = await screen.findByRole('searchbox', { name: 'Що шукаєте?' });
    await screen.findByText(new RegExp(`Знайдено ${fairyTale.count} `));
    const form = (box as HTMLInputElement).form!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/search');
    expect(box.getAttribute('name')).toBe('q');
    expect(within(form).getByRole('button', { name: 'Шукати' }).getAttribute('type')).toBe('submit');

    // What a browser without JavaScript would send: the same address the app writes.
    const sent = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    expect(sent.get('q')).toBe('казка');
    expect(sent.getAll('themes')).toEqual(['fairy-tale-therapy']);
    expect(sent.get('sort')).toBe('');
    const theme = within(screen.getByRole('group', { name: 'Теми' })).getByRole('checkbox', { name: new RegExp(fairyTale.labelUk) });
    expect((theme as HTMLInputElement).form).toBe(form);
    expect((screen.getByRole('combobox', { name: 'Сортування' }) as HTMLSelectElement).form).toBe(form);
    // The filter panel's own button submits that form when there is no script.
    expect((screen.getByRole('button', { name: 'Показати результати' }) as HTMLButtonElement).form).toBe(form);

    // The chip and «clear» are links to the search without the filter.
    const chip = screen.getByRole('link', { name: `Прибрати фільтр: ${fairyTale.labelUk}` });
    expect(chip.getAttribute('href')).toBe(`/search?${new URLSearchParams({ q: 'казка' })}`);
    expect(screen.getByRole('link', { name: 'Скинути всі фільтри' }).getAttribute('href')).toBe(
      `/search?${new URLSearchParams({ q: 'казка' })}`,
    );
  });

  it('keeps the filters behind a «Фільтри» button (a <details>) that counts the ones in force', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.search('q=казка&themes=fairy-tale-therapy&themes=play-therapy&oblast=kyiv') });
    const summary = (await screen.findByText('Фільтри · 3')).closest('summary')!;
    expect(summary.parentElement?.tagName).toBe('DETAILS');
    expect(summary.parentElement?.hasAttribute('open')).toBe(false); // the results come first on a phone
    expect(summary.textContent).toContain('Фільтри, вибрано: 3'); // what a screen reader says
    await screen.findByRole('group', { name: 'Теми' });
    expect(summary.parentElement!.contains(screen.getByRole('group', { name: 'Теми' }))).toBe(true);
  });

  it('says only «Фільтри» when none is in force, and carries filters without a checkbox as hidden fields', async () => {
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.search('q=казка') });
    const summary = await screen.findByText('Фільтри', { selector: 'summary' });
    expect(summary.textContent).toBe('Фільтри');

    // A filter the facets do not list still gets its checkbox (at zero); nothing is lost on a submit.
    await act(() => router.navigate('/search?q=казка&languages=xx'));
    await screen.findByText('Фільтри · 1');
    const form = (screen.getByRole('searchbox') as HTMLInputElement).form!;
    await waitFor(() =>
      expect(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).getAll('languages')).toEqual(['xx']),
    );
  });

  it('pages with links that carry the whole search', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.search('type=practice') });
    const pager = await screen.findByRole('navigation', { name: 'Сторінки результатів' });
    expect(within(pager).queryByRole('link', { name: 'Попередня' })).toBeNull(); // on the first page
    const next = within(pager).getByRole('link', { name: 'Наступна' });
    expect(next.getAttribute('href')).toBe('/search?type=practice&page=2');

    await user.click(next);
    await waitFor(() => expect(router.state.location.search).toBe('?type=practice&page=2'));
    const previous = await within(screen.getByRole('navigation', { name: 'Сторінки результатів' })).findByRole('link', {
      name: 'Попередня',
    });
    expect(previous.getAttribute('href')).toBe('/search?type=practice');
  });

  it('shows no facet that cannot narrow: every record has a Ukrainian description, so «Мова опису» is not offered', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.search('q=казка') });
    await screen.findByText(new RegExp(`Знайдено ${totalForQuery} `));
    expect(screen.getByRole('group', { name: 'Теми' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Мова опису' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Мова' })).toBeNull();
  });

  it('names the language facet «Мова опису» when a value in it is chosen', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.search('q=казка&languages=uk') });
    expect(await screen.findByRole('group', { name: 'Мова опису' })).toBeTruthy();
  });

  it('names evidence levels and audiences as the cards and the practice page do, from the same catalogue keys', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.search() });
    const evidence = await screen.findByRole('group', { name: uk.practiceCard.evidence });
    // A label reads «Описано (12) 12 результатів»: the name comes before the count.
    const names = within(evidence)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent!.split('(')[0]!.trim());
    expect(names.length).toBeGreaterThan(1);
    expect(Object.values(uk.evidenceLevel)).toEqual(expect.arrayContaining(names));
    expect(screen.getByRole('group', { name: uk.practice.audiences })).toBeTruthy();
  });

  it('says when it corrected a typo and links to a search for exactly what was typed', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.search('q=псхологічна') });
    expect(await screen.findByText('Показано результати для «психологічна».')).toBeTruthy();
    const exact = screen.getByRole('link', { name: 'Шукати саме «псхологічна»' });
    expect(exact.getAttribute('href')).toBe(`/search?${new URLSearchParams({ q: 'псхологічна', exact: '1' })}`);

    await user.click(exact);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('exact')).toBe('1'));
    await screen.findByText('Нічого не знайдено. Спробуйте інші слова або приберіть частину фільтрів.');
    expect(screen.queryByText(/Показано результати для/)).toBeNull();
  });

  it('with JavaScript, Enter writes the typed query at once instead of waiting for the pause', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.search() });
    const box = await screen.findByRole('searchbox', { name: 'Що шукаєте?' });
    await user.type(box, 'ігри{Enter}');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ігри');
    expect(router.state.location.pathname).toBe('/search');
  });
});
