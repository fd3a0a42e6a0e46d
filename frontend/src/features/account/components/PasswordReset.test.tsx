import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  cookieFetch,
  registerSession,
  renderWithSession,
  signInDemo,
  signInSession,
  TEST_PASSWORD,
} from '../../../../test/support/session';
import { queryApi } from '../../../../test/support/api';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
const NEW_PASSWORD = 'ранкове-читання-під-сиренами-4';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a forgotten password, against the real API', () => {
  it('sets a new password from an admin’s one-time link and signs in; a second use says the link is spent', async () => {
    const person = await registerSession(graphqlUrl);
    const { me } = await person.query<{ me: { id: string; email: string } }>('{ me { id email } }');
    const admin = await signInDemo(graphqlUrl, 'admin');
    const { issuePasswordResetLink } = await admin.query<{ issuePasswordResetLink: string }>(
      'mutation($id: ID!) { issuePasswordResetLink(userId: $id) }',
      { id: me.id },
    );
    window.history.replaceState(null, '', issuePasswordResetLink);
    const user = userEvent.setup();
    const first = await renderWithSession({ uri: graphqlUrl, fetch: cookieFetch(), path: '/reset-password' });
    await user.type(await screen.findByLabelText(/^Новий пароль/), 'abcdabcdabcd');
    await user.click(screen.getByRole('button', { name: 'Зберегти пароль і увійти' }));
    expect(await screen.findByText(/^Пароль має містити щонайменше 12 символів/)).toBeTruthy();

    await user.clear(screen.getByLabelText(/^Новий пароль/));
    await user.type(screen.getByLabelText(/^Новий пароль/), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Зберегти пароль і увійти' }));
    expect(await screen.findByText(/^Пароль змінено\./)).toBeTruthy();
    expect(window.location.hash).toBe(''); // the token left the address
    await expect(signInSession(graphqlUrl, me.email, NEW_PASSWORD)).resolves.toBeTruthy();
    await expect(signInSession(graphqlUrl, me.email, TEST_PASSWORD)).rejects.toThrow();
    first.unmount();

    window.history.replaceState(null, '', issuePasswordResetLink);
    await renderWithSession({ uri: graphqlUrl, fetch: cookieFetch(), path: '/reset-password' });
    await user.type(await screen.findByLabelText(/^Новий пароль/), 'ще-інший-пароль-для-перевірки-2');
    await user.click(screen.getByRole('button', { name: 'Зберегти пароль і увійти' }));
    expect(await screen.findByText('Це посилання вже використане або застаріло. Попросіть нове.')).toBeTruthy();
  });

  it('says who to ask where the server sends no e-mail', async () => {
    expect(await queryApi<{ passwordResetByEmail: boolean }>(graphqlUrl, '{ passwordResetByEmail }')).toEqual({
      passwordResetByEmail: false,
    });
    await renderWithSession({ uri: graphqlUrl, path: '/forgot-password' });
    expect(await screen.findByText(/^Тут листи не надсилаються\. Попросіть адміністратора/)).toBeTruthy();
  });
});
