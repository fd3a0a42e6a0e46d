import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  contributionOf,
  fieldError,
  fill,
  fillPractice,
  groupError,
  loadTerms,
  TEST_ORGANIZATION,
  type Terms,
} from '../../../../test/support/contribute';
import { registerSession, renderWithSession } from '../../../../test/support/session';
import contributeUk from '../i18n/uk.json';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts); each test registers its own author.
const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
});

describe('practice form, against the real API', () => {
  it('checks the main rules before sending, in the reader’s language, and sends nothing while they fail', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new') });
    await screen.findByLabelText('Назва');

    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Виправте позначені поля.');
    expect(fieldError('Назва')).toBe('Заповніть це поле.');
    expect(fieldError('Коротко')).toBe('Заповніть це поле.');
    expect(fieldError('Опис')).toBe('Заповніть це поле.');
    expect(fieldError('Назва кроку 1')).toBe('Заповніть це поле.');
    expect(groupError('Теми')).toBe('Виберіть або додайте щонайменше 1.');
    expect(fieldError('Коротко англійською')).toBeNull(); // optional
    // The first field at fault gets the focus, so keyboard users land on it.
    expect(document.activeElement).toBe(screen.getByLabelText('Назва'));

    const themes = within(screen.getByRole('group', { name: 'Теми' }));
    for (const theme of terms.themes.slice(0, 4)) await user.click(themes.getByLabelText(theme.nameUk));
    expect(groupError('Теми')).toBe('Не більше ніж 3.');
    await user.click(themes.getByLabelText(terms.themes[3]!.nameUk));
    expect(groupError('Теми')).toBeNull();

    await user.click(screen.getByLabelText('Назва'));
    await user.paste('Д'.repeat(161));
    expect(fieldError('Назва')).toBe('Не більше ніж 160 символів.');

    const mine = await author.query<{ myContributions: unknown[] }>('{ myContributions { id } }');
    expect(mine.myContributions).toEqual([]);
  });

  it('says the same in English', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new'), language: 'en' });
    await screen.findByLabelText('Title');
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    await waitFor(() => expect(fieldError('Title')).toBe('Fill in this field.'));
    expect(groupError('Themes')).toBe('Choose or add at least 1.');
  });

  it('shows the API’s field errors at their fields: a duration under 5 minutes and a group whose maximum is below its minimum', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new') });
    await fillPractice(user, terms, 'Дихальна гра');
    // Neither range is checked in the browser: these messages can only come from the API's answer.
    await fill(user, 'Тривалість, хвилин', '2');
    await user.click(screen.getByRole('button', { name: 'Зберегти чернетку' }));
    await waitFor(() => expect(fieldError('Тривалість, хвилин')).toBe('Найменше можливе значення — 5.'));
    expect(screen.getByText('Сервер не прийняв чернетку: виправте позначені поля.')).toBeTruthy();

    await fill(user, 'Тривалість, хвилин', '30');
    await fill(user, 'Група від (осіб)', '10');
    await fill(user, 'Група до (осіб)', '4');
    await user.click(screen.getByRole('button', { name: 'Зберегти чернетку' }));
    await waitFor(() => expect(fieldError('Група до (осіб)')).toBe('Найбільша група не може бути меншою за найменшу.'));
    expect(fieldError('Тривалість, хвилин')).toBeNull();
    expect(screen.getByText('Виправте позначені поля.')).toBeTruthy();

    // Fixing the last marked field takes the marks and the banner away, before and after the next save.
    await fill(user, 'Група до (осіб)', '12');
    expect(fieldError('Група до (осіб)')).toBeNull();
    expect(screen.queryByText('Виправте позначені поля.')).toBeNull();
    await waitFor(() => expect(document.querySelector('.save-status [role="status"]')?.getAttribute('data-state')).toBe('saved'), {
      timeout: 5000,
    });
    expect(screen.queryByText('Виправте позначені поля.')).toBeNull();
  });

  it('keeps the steps in the order set with the buttons, and submits with a note', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new') });
    await fillPractice(user, terms, 'Казка перед сном');
    await user.click(screen.getByRole('button', { name: 'Додати крок' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Назва кроку 2')); // focus goes to the new row
    await user.type(screen.getByLabelText('Назва кроку 2'), 'Читання казки');
    await user.click(screen.getByRole('button', { name: 'Додати крок' }));
    await user.type(screen.getByLabelText('Назва кроку 3'), 'Обговорення');
    // Move "Обговорення" up once, then remove the greeting: Обговорення, Читання казки.
    await user.click(screen.getByRole('button', { name: 'Вище: Крок 3' }));
    expect((screen.getByLabelText('Назва кроку 2') as HTMLInputElement).value).toBe('Обговорення');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Вище: Крок 2' })); // focus follows the row
    await user.click(screen.getByRole('button', { name: 'Видалити: Крок 1' }));
    expect((screen.getByLabelText('Назва кроку 1') as HTMLInputElement).value).toBe('Обговорення');
    expect(screen.getByRole('button', { name: 'Вище: Крок 1' }).hasAttribute('disabled')).toBe(true);

    await user.type(screen.getByLabelText('Примітка для модератора (необов’язково)'), 'Перевірте, будь ласка, кроки.');
    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/contribute'));
    expect((await screen.findByText(/надіслано на модерацію/)).textContent).toContain('«Казка перед сном»');
    const item = (await screen.findByRole('link', { name: 'Казка перед сном' })).closest('li')!;
    expect(within(item).getByText('На модерації')).toBeTruthy();
    expect(within(item).getByText('Практика')).toBeTruthy();

    const mine = await author.query<{ myContributions: { id: string }[] }>('{ myContributions { id } }');
    expect(mine.myContributions).toHaveLength(1);
    const stored = await contributionOf(author, 'PRACTICE', mine.myContributions[0]!.id);
    expect(stored.status).toBe('SUBMITTED');
    expect(stored.content).toMatchObject({
      __typename: 'PracticeContent',
      steps: [{ titleUk: 'Обговорення' }, { titleUk: 'Читання казки' }],
      originOrganization: TEST_ORGANIZATION,
    });
    expect(stored.reviewThread.map((s) => s.note)).toEqual(['Перевірте, будь ласка, кроки.']);
  });

  it('previews Markdown without letting HTML through', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new') });
    await user.type(await screen.findByLabelText('Опис'), '**Гра** <img src=x onerror=alert(1)>');
    await user.click(screen.getByRole('button', { name: 'Переглянути: Опис' }));
    const preview = document.getElementById(screen.getByRole('button', { name: 'Сховати перегляд: Опис' }).getAttribute('aria-controls')!)!;
    await waitFor(() => expect(preview.querySelector('strong')?.textContent).toBe('Гра'));
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks a signed-out visitor to sign in and come back', async () => {
    await renderWithSession({ uri: graphqlUrl, path: paths.practiceEditor('new') });
    expect((await screen.findByText(contributeUk.contribute.signInReason.practice)).className).toBe('notice');
    const link = screen.getAllByRole('link', { name: 'Увійти' }).find((a) => a.getAttribute('href')?.includes('next='));
    expect(link?.getAttribute('href')).toBe('/sign-in?next=%2Fcontribute%2Fpractice%2Fnew');
  });
});
