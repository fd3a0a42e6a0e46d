import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { renderApp } from '../../test/support/render-app';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;

/** The header's «Меню» disclosure (app.css shows its content in place from 720 px). */
async function headerMenu(): Promise<HTMLDetailsElement> {
  const summary = await screen.findByText('Меню', { selector: 'summary' });
  return summary.parentElement as HTMLDetailsElement;
}

describe('header', () => {
  it('folds the navigation, the account links and the language switch into one menu that works without JavaScript', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.home });
    const menu = await headerMenu();
    expect(menu.tagName).toBe('DETAILS'); // opens natively, before or without the script
    expect(menu.closest('header')).toBeTruthy();
    expect(menu.hasAttribute('open')).toBe(false);

    const nav = within(menu).getByRole('navigation', { name: 'Основна навігація' });
    expect(within(nav).getByRole('link', { name: 'Пошук' }).getAttribute('href')).toBe('/search');
    expect(within(nav).getByRole('link', { name: 'Практики' })).toBeTruthy();
    expect(await within(menu).findByRole('link', { name: 'Увійти' })).toBeTruthy();
    expect(within(menu).getByRole('button', { name: 'English' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Перейти до основного змісту' }).getAttribute('href')).toBe('#main');
  });

  it('folds the menu away once a page is chosen from it, and on Escape, with focus back on its button', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.home });
    const menu = await headerMenu();

    await user.click(within(menu).getByText('Меню'));
    expect(menu.open).toBe(true);
    await user.click(within(menu).getByRole('link', { name: 'Практики' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/practices')); // the page loads its code first
    await waitFor(() => expect(menu.open).toBe(false));

    await user.click(within(menu).getByText('Меню'));
    expect(menu.open).toBe(true);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(within(menu).getByText('Меню'));
  });
});
