import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { queryApi } from '../../../../test/support/api';
import { renderApp } from '../../../../test/support/render-app';

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
  router.subscribe((state) => {
    const q = new URLSearchParams(state.location.search).get('q');
    if (q !== null && written.at(-1) !== q) written.push(q);
  });
  return written;
}

describe('search page, against the real API', () => {
  it('writes the typed query to the address once typing pauses, not on every key, and shows highlighted results', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: '/search' });
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
    expect(document.querySelectorAll('.hits script, .hits img')).toHaveLength(0);
  });

  it('turns a facet into a removable chip, keeps it in the address, and back undoes it', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: '/search?q=казка' });
    expect(await screen.findByRole('searchbox')).toHaveProperty('value', 'казка');
    await screen.findByText(new RegExp(`Знайдено ${totalForQuery} `));

    const themes = screen.getByRole('group', { name: 'Теми' });
    await user.click(within(themes).getByRole('checkbox', { name: new RegExp(fairyTale.labelUk) }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('themes')).toEqual(['fairy-tale-therapy']));
    expect(router.state.historyAction).toBe('PUSH');
    const chip = await screen.findByRole('button', { name: `Прибрати фільтр: ${fairyTale.labelUk}` });
    await screen.findByText(new RegExp(`Знайдено ${fairyTale.count} `));

    await user.click(chip);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('themes')).toEqual([]));
    expect(screen.queryByRole('button', { name: `Прибрати фільтр: ${fairyTale.labelUk}` })).toBeNull();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('казка');

    await act(() => router.navigate(-1)); // back: the filter returns, from the address alone
    await screen.findByRole('button', { name: `Прибрати фільтр: ${fairyTale.labelUk}` });
    expect(
      within(screen.getByRole('group', { name: 'Теми' })).getByRole('checkbox', { name: new RegExp(fairyTale.labelUk) }),
    ).toHaveProperty('checked', true);
  });

  it('opens a shared address with its query, filters and sort in place', async () => {
    await renderApp({ uri: graphqlUrl, path: '/search?q=казка&themes=fairy-tale-therapy&sort=NEWEST' });
    expect(await screen.findByRole('searchbox')).toHaveProperty('value', 'казка');
    await screen.findByText(new RegExp(`Знайдено ${fairyTale.count} `));
    expect(screen.getByRole('button', { name: `Прибрати фільтр: ${fairyTale.labelUk}` })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Сортування' })).toHaveProperty('value', 'NEWEST');
  });

  it('follows the address when it changes from outside: back after typing empties the box', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: '/' });
    await act(() => router.navigate('/search'));
    const box = await screen.findByRole('searchbox', { name: 'Що шукаєте?' });
    await user.type(box, 'ігри');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ігри'));
    await act(() => router.navigate('/search?q=%D0%B2%D0%BF%D0%BE'));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveProperty('value', 'впо'));
  });
});
