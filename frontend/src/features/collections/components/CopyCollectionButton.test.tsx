import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { registerSession, renderAs } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (seeds/collections/).
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const SEEDED = 'pershi-kroky-yak-zaspokoity-ditei-pid-chas-tryvohy';

describe('copy a public collection, against the real API', () => {
  it('makes a private copy owned by the trainer and opens it with its tools', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Лариса Дорошенко' });
    const user = userEvent.setup();
    // The curators' item editor is a lazy chunk: loaded here first, so a page that wrongly offered it would show it
    // within React's reveal delay for suspended content (300 ms) instead of after a download.
    await import('./CollectionItemsEditor');
    const { router } = await renderAs(session, paths.collection(SEEDED));
    // The copy button needs both the collection and the viewer, so once it is there the page has loaded:
    // a trainer who is not a curator of the original gets none of its curators' tools.
    const copy = await screen.findByRole('button', { name: 'Копіювати до моїх добірок' });
    await act(() => new Promise((done) => setTimeout(done, 500)));
    expect(screen.queryByRole('button', { name: 'Змінити назву, опис і доступ' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /Перемістити/ })).toHaveLength(0);
    await user.click(copy);

    expect(await screen.findByText(/Це ваша приватна копія/)).toBeTruthy();
    const { myCollections } = await session.query<{ myCollections: { slug: string; visibility: string; items: { id: string }[] }[] }>(
      '{ myCollections { slug visibility items { id } } }',
    );
    expect(myCollections).toHaveLength(1);
    expect(myCollections[0]!.visibility).toBe('PRIVATE');
    expect(router.state.location.pathname).toBe(`/collections/${myCollections[0]!.slug}`);
    // Each item of the copy now has the curator's tools (the editor is its own lazy chunk).
    await waitFor(
      () => expect(screen.getAllByRole('button', { name: /^Перемістити нижче/ })).toHaveLength(myCollections[0]!.items.length),
      {
        timeout: 10_000,
      },
    );
  });

  it('is not offered to a librarian', async () => {
    const session = await registerSession(graphqlUrl, { role: 'LIBRARIAN', displayName: 'Богдана Левченко' });
    await renderAs(session, paths.collection(SEEDED));
    // Both halves of the decision have arrived: the collection (its print link) and who is reading (their name).
    await screen.findByRole('link', { name: 'Версія для друку' });
    await screen.findByText('Богдана Левченко');
    expect(screen.queryByRole('button', { name: 'Копіювати до моїх добірок' })).toBeNull();
  });
});
