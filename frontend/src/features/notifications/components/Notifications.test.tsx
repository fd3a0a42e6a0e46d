import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createPracticeDraft, loadTerms, TEST_ORGANIZATION, type Terms } from '../../../../test/support/contribute';
import { registerSession, renderWithSession, signInDemo, type Session } from '../../../../test/support/session';
import { UNREAD_POLL_MS } from '../hooks/useUnreadNotificationCount';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;
let moderator: Session;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
  // The demo moderator of seeds/dev (loaded outside production, so in this test backend too).
  moderator = await signInDemo(graphqlUrl, 'moderator');
});

afterEach(() => {
  vi.useRealTimers();
});

/** `author` invites `me` to co-author a new practice draft: one notification for `me`, who accepts unless told not to. */
async function invite(author: Session, me: Session, title: string, options: { accept?: boolean } = {}) {
  const { id } = await createPracticeDraft(author, terms, title);
  await author.query('mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { id } }', {
    id,
    email: me.email,
  });
  if (options.accept !== false) {
    const { myInvitations } = await me.query<{ myInvitations: { id: string }[] }>('{ myInvitations { id } }');
    for (const invitation of myInvitations)
      await me.query('mutation($id: ID!) { acceptInvitation(id: $id) { slug } }', { id: invitation.id });
  }
  return id;
}

const unreadOf = async (session: Session) =>
  (await session.query<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).unreadNotificationCount;

describe('the bell, against the real API', () => {
  it('shows a signed-in person how many notifications are new, and links to them', async () => {
    const [me, colleague] = await Promise.all([
      registerSession(graphqlUrl, { organization: TEST_ORGANIZATION }),
      registerSession(graphqlUrl, { displayName: 'Ірина Коваль' }),
    ]);
    await invite(colleague, me, `Спільна практика ${Date.now()}`);
    await renderWithSession({ uri: graphqlUrl, fetch: me.fetch, path: paths.home });

    const bell = await screen.findByRole('link', { name: 'Сповіщення, 1 нове' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    // Outside the «Меню» fold, so a phone shows it without opening the menu.
    expect(bell.closest('details')).toBeNull();
  });

  it('is not there for a visitor', async () => {
    await renderWithSession({ uri: graphqlUrl, path: paths.home });
    expect(await screen.findByRole('link', { name: 'Увійти' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Сповіщення/ })).toBeNull();
  });

  it('asks again every minute while the tab is visible, and not while it is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const [me, colleague] = await Promise.all([registerSession(graphqlUrl), registerSession(graphqlUrl)]);
    await invite(colleague, me, `Перша ${Date.now()}`);
    await renderWithSession({ uri: graphqlUrl, fetch: me.fetch, path: paths.home });
    await screen.findByRole('link', { name: 'Сповіщення, 1 нове' });

    await invite(colleague, me, `Друга ${Date.now()}`);
    await act(async () => vi.advanceTimersByTimeAsync(UNREAD_POLL_MS));
    expect(await screen.findByRole('link', { name: 'Сповіщення, 2 нові' })).toBeTruthy();

    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await invite(colleague, me, `Третя ${Date.now()}`);
    await act(async () => vi.advanceTimersByTimeAsync(UNREAD_POLL_MS * 2));
    expect(screen.getByRole('link', { name: 'Сповіщення, 2 нові' })).toBeTruthy();

    visibility.mockReturnValue('visible');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(await screen.findByRole('link', { name: 'Сповіщення, 3 нові' })).toBeTruthy();
    visibility.mockRestore();
  });
});

describe('the notifications page, against the real API', () => {
  it('lists them newest first, each linking to its record, and marks them all read', async () => {
    const [me, colleague] = await Promise.all([
      registerSession(graphqlUrl, { organization: TEST_ORGANIZATION }),
      registerSession(graphqlUrl, { displayName: 'Ірина Коваль' }),
    ]);
    const first = `Казкова година ${Date.now()}`;
    const firstId = await invite(colleague, me, first);
    // The second: a moderator sends the colleague's practice back, and `me` is one of its authors.
    const second = `Ранкове коло ${Date.now()}`;
    const secondId = await invite(colleague, me, second);
    await colleague.query('mutation($id: ID!) { submitForReview(type: PRACTICE, id: $id) { id } }', { id: secondId });
    const queue = await moderator.query<{ reviewQueue: { id: string; recordId: string }[] }>('{ reviewQueue(first: 100) { id recordId } }');
    await moderator.query('mutation($id: ID!) { requestChanges(id: $id, comment: "Додайте, скільки триває гра.") { id } }', {
      id: queue.reviewQueue.find((s) => s.recordId === secondId)!.id,
    });

    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: me.fetch, path: paths.notifications });
    expect(await screen.findByRole('heading', { level: 1, name: 'Сповіщення' })).toBeTruthy();
    expect(document.title).toBe('Сповіщення · Поруч');

    const list = await screen.findByRole('list', { name: 'Сповіщення' });
    const lines = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(`Модератор просить доопрацювати ваше подання «${second}».`);
    expect(lines[0]).toContain('Коментар модератора: Додайте, скільки триває гра.');
    expect(lines[1]).toContain(`Ірина Коваль запрошує вас до співавторів запису «${second}».`);
    expect(lines[2]).toContain(`Ірина Коваль запрошує вас до співавторів запису «${first}».`);
    expect(lines.every((l) => l?.includes('Нове'))).toBe(true);
    // An invitation is answered on this page.
    const link = screen.getByRole('link', { name: `Ірина Коваль запрошує вас до співавторів запису «${first}».` });
    expect(link.getAttribute('href')).toBe('/notifications#invitations');
    void firstId;
    expect(screen.getByRole('link', { name: 'Сповіщення, 3 нові' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Позначити всі прочитаними' }));
    expect(await screen.findByText('Усі сповіщення прочитано.')).toBeTruthy();
    expect(screen.queryByText('Нове')).toBeNull();
    expect(await screen.findByRole('link', { name: 'Сповіщення' })).toBeTruthy();
    expect(await unreadOf(me)).toBe(0);
  });

  it('opening one marks it read', async () => {
    const [me, colleague] = await Promise.all([registerSession(graphqlUrl), registerSession(graphqlUrl)]);
    const title = `Читання в укритті ${Date.now()}`;
    await invite(colleague, me, title);
    await invite(colleague, me, `Ще одна ${Date.now()}`);
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: me.fetch, path: paths.notifications });
    await user.click(await screen.findByRole('link', { name: new RegExp(`«${title}»`) }));
    await waitFor(() => expect(router.state.location.hash).toBe('#invitations'));
    await waitFor(async () => expect(await unreadOf(me)).toBe(1));
  });

  it('lists an invitation to answer: accepting opens the record’s editor as its co-author, declining removes it', async () => {
    const [me, colleague] = await Promise.all([registerSession(graphqlUrl), registerSession(graphqlUrl, { displayName: 'Ірина Коваль' })]);
    const kept = `Вечірні казки ${Date.now()}`;
    const declined = `Ранкова гра ${Date.now()}`;
    const keptId = await invite(colleague, me, kept, { accept: false });
    await invite(colleague, me, declined, { accept: false });
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: me.fetch, path: paths.notifications });
    const panel = await screen.findByRole('region', { name: 'Запрошення' });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('p')!.textContent),
    ).toEqual([
      `Ірина Коваль запрошує вас до співавторів запису «${declined}».`,
      `Ірина Коваль запрошує вас до співавторів запису «${kept}».`,
    ]);

    await user.click(within(panel).getByRole('button', { name: `Відхилити: ${declined}` }));
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    await user.click(within(panel).getByRole('button', { name: `Прийняти: ${kept}` }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/contribute/practice/${keptId}`));
    const mine = await me.query<{ myContributions: { id: string }[] }>('{ myContributions { id } }');
    expect(mine.myContributions.map((c) => c.id)).toEqual([keptId]);
  });

  it('asks a visitor to sign in', async () => {
    await renderWithSession({ uri: graphqlUrl, path: paths.notifications });
    expect(await screen.findByText('Щоб бачити свої сповіщення, увійдіть.')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Увійти' }).getAttribute('href')).toMatch(/^\/sign-in/);
  });
});
