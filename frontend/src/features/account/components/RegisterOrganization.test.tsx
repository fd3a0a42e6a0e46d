import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { renderApp } from '../../../../test/support/render-app';
import { signInSession, TEST_PASSWORD } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts).
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const PASSWORD = TEST_PASSWORD;
const LABEL = 'Організація (необов’язково)';

async function fillAccount(user: ReturnType<typeof userEvent.setup>, email: string) {
  await user.type(await screen.findByLabelText('Ім’я та прізвище'), 'Марія Тестова');
  await user.type(screen.getByLabelText('Електронна пошта'), email);
  await user.type(screen.getByLabelText('Пароль'), PASSWORD);
}

/** The organisation the account of `email` holds, as the API tells it after signing in. */
async function organizationOf(email: string): Promise<string | undefined> {
  const session = await signInSession(graphqlUrl, email, PASSWORD);
  const { me } = await session.query<{ me: { organization: { slug: string } | null } }>('{ me { organization { slug } } }');
  return me.organization?.slug;
}

describe('the organisation on the register form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a text box with the catalogue’s organisations as suggestions, not a select that widens a phone’s page', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.register() });
    const box = await screen.findByRole('combobox', { name: LABEL });
    expect(box.tagName).toBe('INPUT');
    const list = document.getElementById(box.getAttribute('list')!)!;
    expect(list.tagName).toBe('DATALIST');
    await waitFor(() =>
      expect([...list.querySelectorAll('option')].map((o) => o.value)).toContain('Дитяча бібліотека Павлоградської МЦБС'),
    );
    expect(document.querySelector('form select')).toBeNull();
  });

  it('registers with the organisation picked by its name', async () => {
    const user = userEvent.setup();
    const email = `partner-${randomUUID().slice(0, 8)}@library.test`;
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.register() });
    await fillAccount(user, email);
    await user.type(screen.getByRole('combobox', { name: LABEL }), 'дитяча бібліотека павлоградської мцбс');
    await user.click(screen.getByRole('button', { name: 'Створити обліковий запис' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));

    expect(await organizationOf(email)).toBe('pavlohrad-childrens-library');
  });

  it('on a weak link, a press before the organisation list has arrived waits for it and registers with the organisation', async () => {
    // The real backend answers; only the list's answer is held back until after the press.
    let releaseList!: () => void;
    const listHeld = new Promise<void>((resolve) => (releaseList = resolve));
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (typeof init?.body === 'string' && init.body.includes('RegisterOrganizations')) await listHeld;
      return realFetch(input, init);
    });
    const user = userEvent.setup();
    const email = `early-${randomUUID().slice(0, 8)}@library.test`;
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.register() });
    await fillAccount(user, email);
    await user.type(screen.getByRole('combobox', { name: LABEL }), 'Дитяча бібліотека Павлоградської МЦБС');
    await user.click(screen.getByRole('button', { name: 'Створити обліковий запис' }));
    expect(document.getElementById('register-organization-error')).toBeNull();
    expect(screen.getByRole('button', { name: 'Створюємо…' })).toHaveProperty('disabled', true);
    releaseList();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));

    expect(await organizationOf(email)).toBe('pavlohrad-childrens-library');
  });

  it('names the field when the organisation typed is not in the list, and sends nothing', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.register() });
    await fillAccount(user, `nobody-${randomUUID().slice(0, 8)}@library.test`);
    const box = screen.getByRole('combobox', { name: LABEL });
    await user.type(box, 'Бібліотека, якої немає');
    await user.click(screen.getByRole('button', { name: 'Створити обліковий запис' }));

    expect(box.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById('register-organization-error')!;
    expect(error.textContent).toBe(
      'Організації з такою назвою немає в списку. Виберіть її зі списку в полі «Організація» або залиште поле порожнім.',
    );
    expect(box.getAttribute('aria-describedby')).toContain('register-organization-error');
    expect(router.state.location.pathname).toBe('/register');
  });
});
