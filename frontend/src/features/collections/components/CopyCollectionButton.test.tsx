import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { newAccount, renderAs } from '../test/session';

// Against the real backend and its seed data (seeds/collections/).
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const SEEDED = 'pershi-kroky-yak-zaspokoity-ditei-pid-chas-tryvohy';

describe('copy a public collection, against the real API', () => {
  it('makes a private copy owned by the trainer and opens it with its tools', async () => {
    const { session } = await newAccount(graphqlUrl, 'TRAINER', 'Лариса Дорошенко');
    const user = userEvent.setup();
    const { router } = await renderAs(session, `/collections/${SEEDED}`);
    expect(screen.queryByRole('button', { name: /Перемістити/ })).toBeNull(); // not a curator of the original
    await user.click(await screen.findByRole('button', { name: 'Копіювати до моїх добірок' }));

    expect(await screen.findByText(/Це ваша приватна копія/)).toBeTruthy();
    const { myCollections } = await session.gql<{ myCollections: { slug: string; visibility: string; items: { id: string }[] }[] }>(
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
    const { session } = await newAccount(graphqlUrl, 'LIBRARIAN', 'Богдана Левченко');
    await renderAs(session, `/collections/${SEEDED}`);
    await screen.findByRole('link', { name: 'Версія для друку' });
    expect(screen.queryByRole('button', { name: 'Копіювати до моїх добірок' })).toBeNull();
  });
});
