import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { renderApp } from '../../test/support/render-app';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;

describe('language switch', () => {
  it('switches the whole interface to English, fetching its catalogue on demand, and the next visit starts in English', async () => {
    const user = userEvent.setup();
    const first = await renderApp({ uri: graphqlUrl, path: paths.signIn() });
    expect(first.i18n.hasCatalogue('en')).toBe(false); // not in the initial download
    const nav = await screen.findByRole('navigation', { name: 'Основна навігація' });
    expect(within(nav).getByRole('link', { name: 'Пошук' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'English' }));

    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy());
    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Search' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Українська' }).getAttribute('aria-pressed')).toBe('false');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Sign in · Poruch');

    cleanup(); // a later visit: the stored choice (kept in localStorage) decides
    await renderApp({ uri: graphqlUrl, path: paths.signIn() });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Sign in');

    await user.click(screen.getByRole('button', { name: 'Українська' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Вхід'));
    expect(localStorage.getItem('poruch.language')).toBe('uk');
  });
});
