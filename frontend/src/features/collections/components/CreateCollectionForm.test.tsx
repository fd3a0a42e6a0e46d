import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { registerSession, renderAs, renderWithSession } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts); each test has its own account.
const graphqlUrl = `${inject('apiUrl')}/graphql`;

/** The error text under a field, found through the field's aria-describedby. */
function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className === 'field__error')?.textContent ?? null;
}

describe('create-collection form, against the real API', () => {
  it('tells a librarian why they cannot create one, and shows no form', async () => {
    const session = await registerSession(graphqlUrl, { role: 'LIBRARIAN', displayName: 'Оксана Лисенко' });
    await renderAs(session, paths.collections);
    expect(await screen.findByText(/Створювати добірки й копіювати чужі можуть методисти та адміністратори/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Створити добірку' })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Мої добірки' })).toBeTruthy();
  });

  it('asks for a title before sending, then shows the API’s rule under the title, and sends nothing else wrong', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Наталія Гнатюк' });
    const user = userEvent.setup();
    const { router } = await renderAs(session, paths.collections);
    const submit = await screen.findByRole('button', { name: 'Створити добірку' });

    await user.click(submit);
    expect(errorOf('Назва')).toBe('Вкажіть назву добірки.');

    await user.type(screen.getByLabelText('Назва'), 'Аб');
    await user.click(submit);
    await waitFor(() => expect(errorOf('Назва')).toBe('Назва має містити від 3 до 160 символів.'));
    expect(screen.getByRole('alert').textContent).toBe('Деякі дані не пройшли перевірку. Виправте їх і спробуйте ще раз.');
    expect(errorOf('Назва англійською (необов’язково)')).toBeNull();
    expect(router.state.location.pathname).toBe('/collections');
  });

  it('previews the Markdown description, creates an unlisted collection and shows its share link', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Ольга Мельник' });
    const user = userEvent.setup();
    const { router } = await renderAs(session, paths.collections);
    const title = `Семінар для філій ${Date.now()}`;

    await user.type(await screen.findByLabelText('Назва'), title);
    await user.type(screen.getByLabelText('Опис (необов’язково)'), 'Беремо **ліхтарики** <script>x</script>');
    await user.click(screen.getByRole('button', { name: 'Переглянути: Опис (необов’язково)' }));
    const preview = await screen.findByRole('region', { name: 'Попередній перегляд: Опис (необов’язково)' });
    await waitFor(() => expect(preview.querySelector('strong')?.textContent).toBe('ліхтарики'));
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.textContent).toContain('<script>x</script>'); // shown as text, never run

    await user.click(screen.getByRole('radio', { name: 'За посиланням' }));
    await user.click(screen.getByRole('button', { name: 'Створити добірку' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/collections\/[a-z0-9-]+$/));
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    const { myCollections } = await session.query<{ myCollections: { titleUk: string; visibility: string; shareToken: string }[] }>(
      '{ myCollections { titleUk visibility shareToken } }',
    );
    expect(myCollections).toHaveLength(1);
    expect(myCollections[0]).toMatchObject({ titleUk: title, visibility: 'UNLISTED' });
    const link = screen.getByLabelText<HTMLInputElement>('Посилання для доступу');
    expect(link.value).toBe(`${window.location.origin}/collections/shared/${myCollections[0]!.shareToken}`);
    expect(within(screen.getByRole('article')).getByText('Беремо', { exact: false }).querySelector('strong')?.textContent).toBe(
      'ліхтарики',
    );
  });

  it('pressing «Створити» again after a lost answer makes no second collection: the same key brings back the first', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Галина Шевчук' });
    // The network stand-in lets the first CreateCollection reach the real API and drops its answer.
    const keys: string[] = [];
    const lossy: typeof fetch = async (input, init) => {
      if (!String(init?.body ?? '').includes('"operationName":"CreateCollection"')) return session.fetch(input, init);
      keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
      const response = await session.fetch(input, init);
      if (keys.length > 1) return response;
      await response.text();
      throw new TypeError('network error');
    };
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: lossy, path: paths.collections });
    await user.type(await screen.findByLabelText('Назва'), 'Заняття в укритті');
    await user.click(screen.getByRole('button', { name: 'Створити добірку' }));
    expect(await screen.findByRole('alert')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Створити добірку' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/collections\/[a-z0-9-]+$/));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const { myCollections } = await session.query<{ myCollections: { titleUk: string }[] }>('{ myCollections { titleUk } }');
    expect(myCollections.map((c) => c.titleUk)).toEqual(['Заняття в укритті']);
  });
});
