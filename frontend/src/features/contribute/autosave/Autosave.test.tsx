import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deadGraphqlUrl } from '../../../../test/support/api';
import {
  contributionOf,
  createPracticeDraft,
  fillPractice,
  loadTerms,
  practiceInput,
  TEST_ORGANIZATION,
  type Terms,
} from '../../../../test/support/contribute';
import { registerSession, renderWithSession } from '../../../../test/support/session';
import { ME_QUERY } from '@/shared/session/me.query';
import { CONTRIBUTE_VOCABULARY_QUERY } from '../graphql/vocabulary.query';
import { emptyPracticeForm } from '../model/practice-form';
import { draftKey, readDraft, type StoredDraft } from './draft-storage';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
});

/** The operations a fetch sent, by name; `hold(name)` keeps that operation's next request waiting until released. */
function recordingFetch(inner: typeof fetch) {
  const sent: string[] = [];
  const held = new Map<string, { reached: () => void; release: Promise<void> }>();
  const wrapped: typeof fetch = async (input, init) => {
    const name = (JSON.parse(String(init?.body ?? '{}')) as { operationName?: string }).operationName ?? '?';
    sent.push(name);
    const gate = held.get(name);
    if (gate) {
      held.delete(name);
      gate.reached();
      await gate.release;
    }
    return inner(input, init);
  };
  const hold = (name: string) => {
    let release!: () => void;
    let reached!: () => void;
    const reachedPromise = new Promise<void>((done) => (reached = done));
    held.set(name, { reached, release: new Promise<void>((done) => (release = done)) });
    return { reached: reachedPromise, release: () => release() };
  };
  return { fetch: wrapped, sent, hold };
}

const writes = (sent: string[]) => sent.filter((name) => /^(Create|Update)Practice$|^SubmitForReview$/.test(name));

const saveState = () => document.querySelector('.save-status [role="status"]')?.getAttribute('data-state');

describe('autosave of drafts', () => {
  it('keeps what was typed on the device and restores it after the page is opened again', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    const first = await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new') });
    await user.type(await screen.findByLabelText('Назва'), 'Ранкове коло');
    await user.type(screen.getByLabelText('Назва кроку 1'), 'Вітання');
    // Incomplete, so it stays on the device only, and says so.
    expect(await screen.findByText(/^Збережено на цьому пристрої\. На сервер чернетка піде/)).toBeTruthy();
    first.unmount();

    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new') });
    expect(((await screen.findByLabelText('Назва')) as HTMLInputElement).value).toBe('Ранкове коло');
    expect((screen.getByLabelText('Назва кроку 1') as HTMLInputElement).value).toBe('Вітання');
    const mine = await author.query<{ myContributions: unknown[] }>('{ myContributions { id } }');
    expect(mine.myContributions).toEqual([]); // nothing incomplete reached the server
  });

  it('creates the draft on the server once it is complete, then saves it against its version', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor('new') });
    await fillPractice(user, terms, 'Книжкова схованка');
    await waitFor(() => expect(saveState()).toBe('saved'), { timeout: 5000 });
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/contribute\/practice\/[0-9a-f-]{36}$/));
    const id = router.state.location.pathname.split('/').pop()!;
    expect(document.activeElement).toBe(screen.getByLabelText('Назва кроку 1')); // the editor stayed; typing never stopped

    await user.type(screen.getByLabelText('Назва'), ' для малят');
    await waitFor(async () => expect((await contributionOf(author, 'PRACTICE', id)).content.titleUk).toBe('Книжкова схованка для малят'), {
      timeout: 5000,
    });
    await waitFor(() => expect(saveState()).toBe('saved'));
    const mine = await author.query<{ myContributions: { id: string; version: number }[] }>('{ myContributions { id version } }');
    expect(mine.myContributions.map((c) => c.id)).toEqual([id]); // created once, then updated
    expect(mine.myContributions[0]!.version).toBeGreaterThan(1);
    expect(readDraft(draftKey('PRACTICE', 'new'))).toBeNull();
    expect(readDraft<{ titleUk: string }>(draftKey('PRACTICE', id))?.dirty).toBe(false);
  });

  it('a create whose answer was lost is sent again with its key: the server keeps one draft, then takes the newer text', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    // The network stand-in lets the first CreatePractice reach the real API and then drops its answer.
    let lose = true;
    const keys: string[] = [];
    const ops: string[] = [];
    const lossy: typeof fetch = async (input, init) => {
      const body = String(init?.body ?? '');
      ops.push(body.match(/"operationName":"(\w+)"/)?.[1] ?? '?');
      if (!body.includes('"operationName":"CreatePractice"')) return author.fetch(input, init);
      keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
      const response = await author.fetch(input, init);
      if (!lose) return response;
      lose = false;
      await response.text();
      throw new TypeError('network error');
    };
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: lossy, path: paths.practiceEditor('new') });
    await fillPractice(user, terms, 'Втрачена відповідь');
    await waitFor(() => expect(saveState()).toBe('offline'), { timeout: 5000 });
    expect((await author.query<{ myContributions: unknown[] }>('{ myContributions { id } }')).myContributions).toHaveLength(1);

    // More typed meanwhile; then the retry.
    await user.type(screen.getByLabelText('Назва'), ' і повтор');
    await waitFor(() => expect(saveState()).toBe('saved'), { timeout: 5000 });
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/contribute\/practice\/[0-9a-f-]{36}$/));
    expect(ops.filter((op) => /Practice$/.test(op))).toEqual(['CreatePractice', 'CreatePractice', 'UpdatePractice']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const mine = await author.query<{ myContributions: { id: string; content: { titleUk: string } }[] }>(
      '{ myContributions { id content { ... on PracticeContent { titleUk } } } }',
    );
    expect(mine.myContributions.map((c) => c.content.titleUk)).toEqual(['Втрачена відповідь і повтор']);
  });

  it('a press on submit while the draft is being created waits for it, then submits once', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const api = recordingFetch(author.fetch);
    const creation = api.hold('CreatePractice');
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: api.fetch, path: paths.practiceEditor('new') });
    await fillPractice(user, terms, 'Натиснуто під час збереження');
    await creation.reached; // the autosave is creating the draft, and its answer has not come yet
    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));
    expect(screen.getByRole('button', { name: 'Надсилаємо…' })).toHaveProperty('disabled', true);
    creation.release();

    await waitFor(() => expect(router.state.location.pathname).toBe('/contribute'), { timeout: 5000 });
    expect(await screen.findByText(/^«Натиснуто під час збереження» надіслано на модерацію/)).toBeTruthy();
    // «Мої внески» tells the record's state and the time of its last change.
    const entry = (await screen.findByRole('link', { name: 'Натиснуто під час збереження' })).closest('li')!;
    expect(within(entry).getByText('На модерації')).toBeTruthy();
    expect(within(entry).getByText(/ \d{4} р\. о \d{2}:\d{2}$/)).toBeTruthy();
    expect(writes(api.sent)).toEqual(['CreatePractice', 'SubmitForReview']);
    const mine = await author.query<{ myContributions: { status: string }[] }>('{ myContributions { status } }');
    expect(mine.myContributions.map((c) => c.status)).toEqual(['SUBMITTED']);
  });

  it('a press on submit before the pause in typing is over creates the draft once and submits it', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const api = recordingFetch(author.fetch);
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: api.fetch, path: paths.practiceEditor('new') });
    await fillPractice(user, terms, 'Натиснуто одразу');
    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/contribute'), { timeout: 5000 });
    // Past the autosave's pause: no late save of the submitted form follows.
    await new Promise((done) => setTimeout(done, 1000));
    expect(writes(api.sent)).toEqual(['CreatePractice', 'SubmitForReview']);
    const mine = await author.query<{ myContributions: { status: string }[] }>('{ myContributions { status } }');
    expect(mine.myContributions.map((c) => c.status)).toEqual(['SUBMITTED']);
  });

  /** A draft saved meanwhile from elsewhere (another tab, a co-author), then typed into here: the conflict shows. */
  async function conflictOverTitle() {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const { id } = await createPracticeDraft(author, terms, 'Перша назва');
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.practiceEditor(id) });
    const title = (await screen.findByLabelText('Назва')) as HTMLInputElement;
    expect(title.value).toBe('Перша назва');

    const current = await contributionOf(author, 'PRACTICE', id);
    await author.query(
      'mutation($id: ID!, $v: Int!, $input: PracticeContentInput!) { updatePractice(id: $id, version: $v, input: $input) { id } }',
      { id, v: current.version, input: practiceInput(terms, 'Назва з іншої вкладки') },
    );

    await user.type(title, '!');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.querySelector('h2')?.textContent).toBe('Цей запис змінили на сервері, поки ви писали');
    // Both versions of what differs, side by side, under the field's own label.
    const field = await waitFor(() => {
      const found = alert.querySelector('[data-field="titleUk"]');
      if (!found) throw new Error('no differences shown yet');
      return found;
    });
    expect(field.querySelector('dt')?.textContent).toBe('Назва');
    expect(field.querySelector('.conflict__mine')?.textContent).toBe('Перша назва!');
    expect(field.querySelector('.conflict__server')?.textContent).toBe('Назва з іншої вкладки');
    return { author, id, user };
  }

  it('when someone else saved first, shows both versions; taking the server’s replaces the form', async () => {
    const { user } = await conflictOverTitle();
    await user.click(screen.getByRole('button', { name: 'Узяти версію з сервера' }));
    await waitFor(() => expect((screen.getByLabelText('Назва') as HTMLInputElement).value).toBe('Назва з іншої вкладки'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(saveState()).toBe('saved');
  });

  it('when someone else saved first, keeping mine saves it over the newer version', async () => {
    const { author, id, user } = await conflictOverTitle();
    await user.click(screen.getByRole('button', { name: 'Залишити мою версію' }));
    await waitFor(() => expect(saveState()).toBe('saved'));
    expect((screen.getByLabelText('Назва') as HTMLInputElement).value).toBe('Перша назва!');
    const stored = await contributionOf(author, 'PRACTICE', id);
    expect(stored.content.titleUk).toBe('Перша назва!');
  });

  it('says it is offline when the API cannot be reached, keeping the draft on the device', async () => {
    // This test alone points the client at a closed port: nothing listens there, as when the connection drops.
    // The account and the pickers are put in the cache first (read from the real API), as a page opened
    // before the connection dropped would have them.
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const { me } = await author.query<{ me: unknown }>('{ me { id displayName email role organization { id slug nameUk nameEn } } }');
    const vocabulary = await author.query<Record<string, unknown>>(
      `{ themes { slug nameUk nameEn } audiences { slug nameUk nameEn } formats { slug nameUk nameEn }
         organizations { id slug nameUk nameEn } practices(first: 100, orderBy: TITLE) { edges { node { id slug titleUk titleEn } } } }`,
    );
    const complete = {
      ...emptyPracticeForm(TEST_ORGANIZATION),
      titleUk: 'Написано без зв’язку',
      summaryUk: 'Коротко.',
      descriptionUk: 'Опис.',
      goals: 'Ціль',
      themes: [terms.themes[0]!.slug],
      audiences: [terms.audiences[0]!.slug],
      formats: [terms.formats[0]!.slug],
      steps: [{ key: 'a', titleUk: 'Крок', detailsUk: '' }],
    };
    const stored: StoredDraft<typeof complete> = {
      form: complete,
      id: null,
      version: null,
      dirty: true,
      savedAt: new Date().toISOString(),
    };
    localStorage.setItem(draftKey('PRACTICE', 'new'), JSON.stringify(stored));

    const user = userEvent.setup();
    await renderWithSession({
      uri: await deadGraphqlUrl(),
      path: paths.practiceEditor('new'),
      prepare: (client) => {
        client.writeQuery({ query: ME_QUERY, data: { me } as never });
        client.writeQuery({ query: CONTRIBUTE_VOCABULARY_QUERY, data: vocabulary as never });
      },
    });

    const title = (await screen.findByLabelText('Назва')) as HTMLInputElement;
    expect(title.value).toBe('Написано без зв’язку');
    await waitFor(() => expect(saveState()).toBe('offline'), { timeout: 5000 });
    expect(screen.getByText(/^Немає зв’язку\. Зміни збережено на цьому пристрої/)).toBeTruthy();

    await user.type(title, '!');
    await waitFor(() => expect(readDraft<typeof complete>(draftKey('PRACTICE', 'new'))?.form.titleUk).toBe('Написано без зв’язку!'));
    await waitFor(() => expect(saveState()).toBe('offline'), { timeout: 5000 });
    expect(readDraft(draftKey('PRACTICE', 'new'))?.dirty).toBe(true);
  });
});
