import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTerms, TEST_ORGANIZATION, type Terms } from '../../../../test/support/contribute';
import { renderApp } from '../../../../test/support/render-app';
import { registerSession, renderWithSession, signInDemo } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
});

describe('saving a practice, by who is reading', () => {
  it('a librarian keeps it in a saved list of their own and opens that list; no collection is offered', async () => {
    const librarian = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const practice = terms.practices[0]!;
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: librarian.fetch, path: paths.practice(practice.slug) });
    await user.click(await screen.findByRole('button', { name: 'Зберегти' }));
    expect(screen.queryByRole('link', { name: 'Додати до добірки' })).toBeNull();

    await user.click(await screen.findByRole('link', { name: 'Збережено · відкрити список' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/collections\/saved-/));
    expect(await screen.findByRole('heading', { level: 1, name: 'Збережене' })).toBeTruthy();
    expect(await screen.findByText(practice.titleUk)).toBeTruthy();
  });

  it('a trainer is also offered a collection', async () => {
    const trainer = await signInDemo(graphqlUrl, 'trainer');
    await renderWithSession({ uri: graphqlUrl, fetch: trainer.fetch, path: paths.practice(terms.practices[1]!.slug) });
    expect(await screen.findByRole('link', { name: 'Додати до добірки' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Зберегти' })).toBeTruthy();
  });

  it('a visitor is asked to sign in and come back', async () => {
    const slug = terms.practices[0]!.slug;
    await renderApp({ uri: graphqlUrl, path: paths.practice(slug) });
    const link = await screen.findByRole('link', { name: 'Увійдіть, щоб зберегти' });
    expect(link.getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(`/practices/${slug}`)}`);
    expect(screen.queryByRole('link', { name: 'Додати до добірки' })).toBeNull();
  });
});
