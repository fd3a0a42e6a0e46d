import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { type Session, registerSession, renderAs, renderWithSession } from '../../../../test/support/session';
import { seededPractices } from '../testing/collections.test-support';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts); each test has its own trainer.
const graphqlUrl = `${inject('apiUrl')}/graphql`;

interface Seeded {
  session: Session;
  slug: string;
  id: string;
  practices: { id: string; titleUk: string }[];
}

/** A trainer with a collection of three seeded practices, the first with a note. */
async function collectionOfThree(name: string): Promise<Seeded> {
  const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: name });
  const practices = await seededPractices(session, 3);
  const { createCollection } = await session.query<{ createCollection: { id: string; slug: string } }>(
    'mutation { createCollection(input: { titleUk: "Порядок семінару" }) { id slug } }',
  );
  for (const [i, p] of practices.entries())
    await session.query('mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }', {
      input: { collectionId: createCollection.id, practiceId: p.id, noteUk: i === 0 ? 'Перша нотатка' : null },
    });
  return { session, ...createCollection, practices };
}

async function apiOrder({ session, slug }: Seeded) {
  const { collection } = await session.query<{ collection: { items: { noteUk: string | null; target: { titleUk: string } }[] } }>(
    'query($slug: String!) { collection(slug: $slug) { items { noteUk target { ... on Practice { titleUk } } } } }',
    { slug },
  );
  return collection.items;
}

/** Item titles in the order the page shows them. */
const pageOrder = () =>
  within(screen.getByRole('list', { name: /в добірці$/ }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

afterEach(() => vi.restoreAllMocks());

// The editor (with dnd-kit) is its own lazy chunk; the first import in a test run takes a while to transform.
const LAZY = { timeout: 10_000 };

describe('collection editor, against the real API', () => {
  it('reorders with the move buttons from the keyboard, showing the API’s order and keeping the focus', async () => {
    const seeded = await collectionOfThree('Леся Кравець');
    const [a, b, c] = seeded.practices.map((p) => p.titleUk);
    const user = userEvent.setup();
    await renderAs(seeded.session, paths.collection(seeded.slug));

    const down = await screen.findByRole('button', { name: `Перемістити нижче: ${a}` }, LAZY);
    expect(pageOrder()).toEqual([a, b, c]);
    down.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(pageOrder()).toEqual([b, a, c]));
    expect((await apiOrder(seeded)).map((i) => i.target.titleUk)).toEqual([b, a, c]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Перемістити нижче: ${a}` }));
    expect(screen.getByText(`«${a}» тепер на місці 2 з 3.`).getAttribute('role')).toBe('status');

    screen.getByRole('button', { name: `Перемістити вище: ${c}` }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(pageOrder()).toEqual([b, c, a]));
    await user.keyboard('{Enter}'); // the focus stayed on "move up" of the same item
    await waitFor(() => expect(pageOrder()).toEqual([c, b, a]));
    expect((await apiOrder(seeded)).map((i) => i.target.titleUk)).toEqual([c, b, a]);
    // At the top, "move up" is disabled: the focus went to its twin.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: `Перемістити вище: ${c}` }).disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Перемістити нижче: ${c}` }));
  });

  it('reorders by keyboard drag and drop (handle, Space, arrow down, Space)', async () => {
    const seeded = await collectionOfThree('Тетяна Руденко');
    const [a, b, c] = seeded.practices.map((p) => p.titleUk);
    // jsdom lays nothing out; give each item a 100 px high box in list order so dnd-kit can measure.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const row = this.closest('[data-item-id]');
      const index = row ? [...row.parentElement!.children].indexOf(row) : 0;
      const top = index * 100;
      return { x: 0, y: top, top, left: 0, right: 600, bottom: top + 90, width: 600, height: 90, toJSON: () => ({}) } as DOMRect;
    });
    const user = userEvent.setup();
    await renderAs(seeded.session, paths.collection(seeded.slug));

    const handle = await screen.findByRole('button', { name: `Перетягнути «${a}»` }, LAZY);
    handle.focus();
    await user.keyboard(' ');
    await act(() => new Promise((done) => setTimeout(done, 50)));
    await user.keyboard('{ArrowDown}');
    await act(() => new Promise((done) => setTimeout(done, 50)));
    await user.keyboard(' ');

    await waitFor(() => expect(pageOrder()).toEqual([b, a, c]));
    await waitFor(async () => expect((await apiOrder(seeded)).map((i) => i.target.titleUk)).toEqual([b, a, c]));
  });

  it('edits a note, refuses one that is too long with the reason under the field, and clears one', async () => {
    const seeded = await collectionOfThree('Ірина Олійник');
    const [a, b] = seeded.practices.map((p) => p.titleUk);
    const user = userEvent.setup();
    await renderAs(seeded.session, paths.collection(seeded.slug));

    await user.click(await screen.findByRole('button', { name: `Змінити нотатку: ${a}` }, LAZY));
    const note = screen.getByLabelText(`Нотатка до «${a}»`);
    expect((note as HTMLTextAreaElement).value).toBe('Перша нотатка');
    await user.clear(note);
    await user.paste('я'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Зберегти нотатку' }));
    await waitFor(() => expect(screen.getByText('Нотатка задовга: до 2000 символів.')).toBeTruthy());
    expect(note.getAttribute('aria-invalid')).toBe('true');

    await user.clear(note);
    await user.type(note, 'Спершу пробуємо на собі.');
    await user.click(screen.getByRole('button', { name: 'Зберегти нотатку' }));
    const item = screen.getByRole('listitem', { name: a });
    await waitFor(() => expect(within(item).getByText('Спершу пробуємо на собі.', { selector: 'p' })).toBeTruthy());
    expect((await apiOrder(seeded))[0]!.noteUk).toBe('Спершу пробуємо на собі.');

    await user.click(await within(item).findByRole('button', { name: `Змінити нотатку: ${a}` }));
    await user.clear(screen.getByLabelText(`Нотатка до «${a}»`));
    await user.click(screen.getByRole('button', { name: 'Зберегти нотатку' }));
    // Saved and closed (the item offers a new note), and the old note is not shown.
    await within(item).findByRole('button', { name: `Додати нотатку: ${a}` });
    expect(within(item).queryByText('Нотатка куратора')).toBeNull();
    expect((await apiOrder(seeded))[0]!.noteUk).toBeNull();
    expect(within(screen.getByRole('listitem', { name: b })).getByRole('button', { name: `Додати нотатку: ${b}` })).toBeTruthy();
  });

  it('keeps a note on the device as it is typed; written with no connection, it is sent when the connection returns', async () => {
    const seeded = await collectionOfThree('Олена Гнатюк');
    const [a] = seeded.practices.map((p) => p.titleUk);
    const user = userEvent.setup();
    let offline = false;
    const network: typeof fetch = async (input, init) => {
      if (offline && String(init?.body ?? '').includes('"operationName":"UpdateCollectionItemNote"'))
        throw new TypeError('Failed to fetch');
      return seeded.session.fetch(input, init);
    };
    const first = await renderWithSession({ uri: seeded.session.graphqlUrl, fetch: network, path: paths.collection(seeded.slug) });
    await user.click(await screen.findByRole('button', { name: `Змінити нотатку: ${a}` }, LAZY));
    await user.clear(screen.getByLabelText(`Нотатка до «${a}»`));
    await user.type(screen.getByLabelText(`Нотатка до «${a}»`), 'Узяти ліхтарики');
    first.unmount();

    // Opened again: the half-written note is back, in its open editor.
    await renderWithSession({ uri: seeded.session.graphqlUrl, fetch: network, path: paths.collection(seeded.slug) });
    const note = await screen.findByLabelText(`Нотатка до «${a}»`, {}, LAZY);
    expect((note as HTMLTextAreaElement).value).toBe('Узяти ліхтарики');
    expect(screen.getByText('Відновлено нотатку, яку ви почали писати на цьому пристрої.')).toBeTruthy();

    offline = true;
    await user.type(note, ' і ковдри.');
    await user.click(screen.getByRole('button', { name: 'Зберегти нотатку' }));
    expect(await screen.findByText(/^Немає зв’язку\. Нотатку збережено на цьому пристрої/)).toBeTruthy();
    expect((await apiOrder(seeded))[0]!.noteUk).toBe('Перша нотатка');

    offline = false;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(async () => expect((await apiOrder(seeded))[0]!.noteUk).toBe('Узяти ліхтарики і ковдри.'));
    localStorage.clear();
  });

  it('says clearly when someone else changed the collection meanwhile, and saves after loading the latest version', async () => {
    const seeded = await collectionOfThree('Марта Бойко');
    const user = userEvent.setup();
    await renderAs(seeded.session, paths.collection(seeded.slug));
    await user.click(await screen.findByRole('button', { name: 'Змінити назву, опис і доступ' }));
    await user.clear(screen.getByLabelText('Назва'));
    await user.type(screen.getByLabelText('Назва'), 'Мій новий заголовок');

    // Someone else (here: the same account elsewhere) saves first.
    const { collection } = await seeded.session.query<{ collection: { version: number } }>(
      'query($slug: String!) { collection(slug: $slug) { version } }',
      { slug: seeded.slug },
    );
    await seeded.session.query('mutation($id: ID!, $input: UpdateCollectionInput!) { updateCollection(id: $id, input: $input) { id } }', {
      id: seeded.id,
      input: { version: collection.version, descriptionUk: 'Опис від колеги' },
    });

    await user.click(screen.getByRole('button', { name: 'Зберегти зміни' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Поки ви редагували, добірку змінив хтось інший');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Порядок семінару');

    await user.click(screen.getByRole('button', { name: 'Завантажити останню версію' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByLabelText<HTMLInputElement>('Назва').value).toBe('Мій новий заголовок');
    await user.click(screen.getByRole('button', { name: 'Зберегти зміни' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Мій новий заголовок'));
  });
});
