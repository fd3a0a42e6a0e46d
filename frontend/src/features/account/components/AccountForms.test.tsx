import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { renderApp } from '../../../../test/support/render-app';
import { registerSession, TEST_PASSWORD } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// Against the real backend (test/global-setup.ts); every test uses its own new email.
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const PASSWORD = TEST_PASSWORD;
const newEmail = () => `reader-${randomUUID().slice(0, 8)}@library.test`;

/** The error text under a field, found through the field's aria-describedby. */
function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const texts = ids.map((describedBy) =>
    document.getElementById(describedBy)?.className === 'field__error' ? document.getElementById(describedBy)!.textContent : '',
  );
  return texts.find((text) => text && text.length > 0) ?? null;
}

describe('sign-in form, against the real API', () => {
  it('says the email or password is wrong without saying which, and keeps the visitor on the form', async () => {
    const { email } = await registerSession(graphqlUrl, { displayName: 'Оксана Петренко' });
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.signIn() });

    await user.type(await screen.findByLabelText('Електронна пошта'), email);
    await user.type(screen.getByLabelText('Пароль'), 'not-the-password-at-all');
    await user.click(screen.getByRole('button', { name: 'Увійти' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Неправильна пошта або пароль.');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('signs in, goes back to the page that asked, and the header shows the account and its links', async () => {
    const { email } = await registerSession(graphqlUrl, { displayName: 'Марія Коваль' });
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.signIn('/search') });
    expect(await screen.findByRole('link', { name: 'Увійти' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Основна навігація' });
    expect(within(nav).queryByRole('link', { name: 'Мої внески' })).toBeNull();

    await user.type(screen.getByLabelText('Електронна пошта'), email);
    await user.type(screen.getByLabelText('Пароль'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Увійти' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(await screen.findByText('Марія Коваль')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Вийти' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Мої внески' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Модерація' })).toBeNull(); // a librarian does not review
    expect(screen.queryByRole('link', { name: 'Увійти' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Вийти' }));
    expect(await screen.findByRole('link', { name: 'Увійти' })).toBeTruthy();
    expect(screen.queryByText('Марія Коваль')).toBeNull();
  });

  it('never sends the visitor to another site after signing in', async () => {
    const { safeNext } = await import('./safe-next');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/practices/x')).toBe('/practices/x');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/'); // browsers read a backslash as a slash
  });

  it('offers sign-in from any page with the way back, and greets the person there', async () => {
    const { email } = await registerSession(graphqlUrl, { displayName: 'Оксана Мельник' });
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: '/search?q=%D0%BA%D0%B0%D0%B7%D0%BA%D0%B0' });
    const signIn = await screen.findByRole('link', { name: 'Увійти' });
    expect(signIn.getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent('/search?q=%D0%BA%D0%B0%D0%B7%D0%BA%D0%B0')}`);
    await user.click(signIn);

    await user.type(await screen.findByLabelText('Електронна пошта'), email);
    await user.type(screen.getByLabelText('Пароль'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Увійти' }));
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe('/search?q=%D0%BA%D0%B0%D0%B7%D0%BA%D0%B0'),
    );
    expect((await screen.findByText(/^Вітаємо, Оксана Мельник!/)).getAttribute('role')).toBe('status');
  });
});

describe('register form, against the real API', () => {
  it('shows the API’s complaints under the email and name fields, and none under the password', async () => {
    const user = userEvent.setup();
    await renderApp({ uri: graphqlUrl, path: paths.register() });
    await user.type(await screen.findByLabelText('Ім’я та прізвище'), 'Я');
    await user.type(screen.getByLabelText('Електронна пошта'), 'not-an-email');
    await user.type(screen.getByLabelText('Пароль'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Створити обліковий запис' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Виправте позначені поля.');
    expect(errorOf('Електронна пошта')).toBe('Введіть адресу електронної пошти, наприклад name@library.ua.');
    expect(errorOf('Ім’я та прізвище')).toBe('Ім’я має містити від 2 до 80 символів.');
    expect(errorOf('Пароль')).toBeNull();
  });

  it('shows a weak password under the password field only', async () => {
    const user = userEvent.setup();
    await renderApp({ uri: graphqlUrl, path: paths.register() });
    await user.type(await screen.findByLabelText('Ім’я та прізвище'), 'Ірина Бондар');
    await user.type(screen.getByLabelText('Електронна пошта'), newEmail());
    await user.type(screen.getByLabelText('Пароль'), 'short');
    await user.click(screen.getByRole('button', { name: 'Створити обліковий запис' }));

    await waitFor(() => expect(errorOf('Пароль')).toMatch(/^Пароль має містити щонайменше 12 символів/));
    expect(errorOf('Електронна пошта')).toBeNull();
    expect(errorOf('Ім’я та прізвище')).toBeNull();
  });

  it('says an email is already registered, under the email field, in English too', async () => {
    const { email } = await registerSession(graphqlUrl, { displayName: 'Taken Already' });
    const user = userEvent.setup();
    await renderApp({ uri: graphqlUrl, path: paths.register(), language: 'en' });
    await user.type(await screen.findByLabelText('Your name'), 'Someone Else');
    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    await waitFor(() => expect(errorOf('Email')).toBe('An account with this email already exists. Sign in or use another address.'));
  });

  it('creates the account, signs it in, returns to the page it came from and greets the person', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp({ uri: graphqlUrl, path: paths.register('/practices') });
    await user.type(await screen.findByLabelText('Ім’я та прізвище'), 'Галина Шевчук');
    await user.type(screen.getByLabelText('Електронна пошта'), newEmail());
    await user.type(screen.getByLabelText('Пароль'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Створити обліковий запис' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/practices'));
    expect(await screen.findByText('Галина Шевчук')).toBeTruthy();
    expect(screen.getByText('Вітаємо, Галина Шевчук! Ви увійшли.')).toBeTruthy();
  });
});
