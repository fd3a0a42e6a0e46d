import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { renderApp } from '../../test/support/render-app';
import { offerUpdate } from '../pwa/update-offer';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => void window.dispatchEvent(new Event('offline')));
}

/** The notice under the header (the page has other live regions, such as its loading state). */
const notice = () => document.querySelector<HTMLElement>('.app-notice');

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'caches');
});

describe('offline notice', () => {
  it('says nothing online; offline it says so, and from when the copy the service worker saved for this page is', async () => {
    // The service worker's cache: the page as the server answered it, with the server's Date.
    const saved = new Response('<!doctype html>', { headers: { Date: 'Sun, 29 Nov 2026 12:05:00 GMT' } });
    Object.defineProperty(window, 'caches', {
      configurable: true,
      value: { match: async (address: string) => (address === '/' ? saved : undefined) },
    });
    await renderApp({ uri: graphqlUrl, path: paths.home });
    await screen.findByText('Меню', { selector: 'summary' });
    expect(notice()).toBeNull();

    goOffline();
    await waitFor(() => expect(notice()?.textContent).toBe('Ви офлайн. Це збережена копія від 29 листопада 2026 р. о 14:05.'));

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(notice()).toBeNull();
  });

  it('claims no saved copy when none is kept', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.home });
    await screen.findByText('Меню', { selector: 'summary' });
    goOffline();
    expect(notice()?.textContent).toBe('Ви офлайн.');
  });

  it('offers a waiting new version and applies it only when asked', async () => {
    const user = userEvent.setup();
    await renderApp({ uri: graphqlUrl, path: paths.home });
    await screen.findByText('Меню', { selector: 'summary' });
    const apply = vi.fn();
    act(() => offerUpdate(apply));
    const offer = notice()!;
    expect(offer.textContent).toMatch(/^Доступна нова версія Поруч\./);
    expect(apply).not.toHaveBeenCalled();
    await user.click(within(offer).getByRole('button', { name: 'Оновити' }));
    expect(apply).toHaveBeenCalledOnce();
  });
});
