import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deadGraphqlUrl, queryApi } from '../../../../test/support/api';
import { renderApp } from '../../../../test/support/render-app';
import { paths } from '@/shared/router/paths';

// These tests talk to the real backend started by test/global-setup.ts, seeded with the real seed data.
const graphqlUrl = `${inject('apiUrl')}/graphql`;

interface Expected {
  practices: {
    totalCount: number;
    edges: {
      node: {
        titleUk: string;
        titleEn: string | null;
        evidenceLevel: string;
        themes: { nameUk: string; nameEn: string }[];
        origin: { nameUk: string; nameEn: string; community: { nameUk: string; nameEn: string } | null } | null;
      };
    }[];
  };
}

const EXPECTED_QUERY = `{
  practices(first: 12) {
    totalCount
    edges { node { titleUk titleEn evidenceLevel themes { nameUk nameEn } origin { nameUk nameEn community { nameUk nameEn } } } }
  }
}`;

/** Ukrainian plural rule for whole numbers, written out so the test does not lean on Intl. */
function ukPracticesWord(n: number): string {
  if (n % 10 === 1 && n % 100 !== 11) return 'практика';
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 'практики';
  return 'практик';
}

const EVIDENCE = {
  uk: { DESCRIBED: 'Описано', DOCUMENTED: 'Результати задокументовано', EVALUATED: 'Оцінено', REPLICATED: 'Відтворено в інших громадах' },
  en: { DESCRIBED: 'Described', DOCUMENTED: 'Outcomes documented', EVALUATED: 'Evaluated', REPLICATED: 'Replicated in other communities' },
} as Record<'uk' | 'en', Record<string, string>>;

let expected: Expected['practices'];

beforeAll(async () => {
  expected = (await queryApi<Expected>(graphqlUrl, EXPECTED_QUERY)).practices;
  expect(expected.edges.length).toBeGreaterThanOrEqual(1);
});

const cards = () => screen.findAllByRole('article');

describe('practice list, against the real API', () => {
  it('shows a loading state, then one card per practice with its title, themes, origin and evidence level', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.practices() });
    // The page's own skeleton (after the route's code has arrived), announced as a status.
    expect((await screen.findByText('Завантажуємо практики…')).closest('[role="status"]')).not.toBeNull();

    const shown = await cards();
    expect(shown).toHaveLength(expected.edges.length);
    expect(shown.length).toBeGreaterThanOrEqual(1);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(expected.edges.map((e) => e.node.titleUk));

    const first = expected.edges[0]!.node;
    const card = within(shown[0]!);
    for (const theme of first.themes) expect(card.getByText(theme.nameUk)).toBeTruthy();
    expect(card.getByText(EVIDENCE.uk[first.evidenceLevel]!)).toBeTruthy();
    if (first.origin) {
      expect(card.getByText(first.origin.nameUk, { exact: false })).toBeTruthy();
      if (first.origin.community) expect(card.getByText(first.origin.community.nameUk)).toBeTruthy();
    }
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the total with the Ukrainian plural form that the count needs', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.practices() });
    await cards();
    const total = expected.totalCount;
    expect(total).toBeGreaterThanOrEqual(1);
    expect(screen.getByText(`${total} ${ukPracticesWord(total)}`)).toBeTruthy();
  });

  it('switches labels, titles and names to English, and remembers the choice', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.practices() });
    await cards();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Практики');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Practices'));
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('poruch.language')).toBe('en');
    const total = expected.totalCount;
    expect(screen.getByText(`${total} ${total === 1 ? 'practice' : 'practices'}`)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expected.edges.map((e) => e.node.titleEn || e.node.titleUk),
    );
    expect(expected.edges.some((e) => e.node.titleEn && e.node.titleEn !== e.node.titleUk)).toBe(true);

    const first = expected.edges[0]!.node;
    const card = within((await cards())[0]!);
    for (const theme of first.themes) expect(card.getByText(theme.nameEn)).toBeTruthy();
    expect(card.getByText(EVIDENCE.en[first.evidenceLevel]!)).toBeTruthy();
    expect(card.getByText('How well tested')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Українська' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Практики'));
    expect(screen.getAllByRole('heading', { level: 2 })[0]!.textContent).toBe(first.titleUk);
  });

  it('is titled by itself, and pages with links that work without JavaScript', async () => {
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.practices() });
    const first = (await cards()).map((c) => within(c).getByRole('heading', { level: 2 }).textContent);
    expect(document.title).toBe('Практики · Поруч');
    expect(expected.totalCount).toBeGreaterThan(12);

    const pager = screen.getByRole('navigation', { name: 'Сторінки списку практик' });
    const pages = Math.ceil(expected.totalCount / 12);
    expect(within(pager).getByText(`Сторінка 1 з ${pages}`)).toBeTruthy();
    expect(within(pager).queryByRole('link', { name: 'Попередня' })).toBeNull();
    const next = within(pager).getByRole('link', { name: 'Наступна' });
    expect(next.getAttribute('href')).toBe('/practices?page=2');

    fireEvent.click(next);
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() => expect(screen.getByText(`Сторінка 2 з ${pages}`)).toBeTruthy());
    const second = (await cards()).map((c) => within(c).getByRole('heading', { level: 2 }).textContent);
    expect(second).toHaveLength(Math.min(12, expected.totalCount - 12));
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    expect(screen.getByRole('link', { name: 'Попередня' }).getAttribute('href')).toBe('/practices');
  });

  it('narrows the list by a theme from a GET form that works without JavaScript, and says so in the title', async () => {
    const { themes } = await queryApi<{ themes: { slug: string; nameUk: string }[] }>(graphqlUrl, '{ themes { slug nameUk } }');
    const theme = themes[0]!;
    const { practices } = await queryApi<{ practices: { totalCount: number } }>(
      graphqlUrl,
      `{ practices(filter: { themes: ["${theme.slug}"] }) { totalCount } }`,
    );
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.practices() });
    await cards();
    const form = screen.getByRole('search', { name: 'Практики за темою' }) as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/practices');
    const select = within(form).getByRole('combobox', { name: 'Тема' }) as HTMLSelectElement;
    expect(select.name).toBe('theme');
    expect(select.value).toBe('');
    expect(within(form).getByRole('button', { name: 'Показати' })).toBeTruthy();

    fireEvent.change(select, { target: { value: theme.slug } });
    await waitFor(() => expect(router.state.location.search).toBe(`?theme=${theme.slug}`));
    await screen.findByText(`${practices.totalCount} ${ukPracticesWord(practices.totalCount)}`);
    expect((screen.getByRole('combobox', { name: 'Тема' }) as HTMLSelectElement).value).toBe(theme.slug);
    await waitFor(() => expect(document.title).toBe(`Практики: ${theme.nameUk} · Поруч`));
  });

  it('shows an error with a retry button when the API cannot be reached, and retry loads the list', async () => {
    let uri = await deadGraphqlUrl();
    await renderApp({ uri: () => uri, path: paths.practices() });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Не вдалося завантажити практики.');
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    uri = graphqlUrl; // the API is back
    fireEvent.click(within(alert).getByRole('button', { name: 'Спробувати ще раз' }));

    expect(await cards()).toHaveLength(expected.edges.length);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
