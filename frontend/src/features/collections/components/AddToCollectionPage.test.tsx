import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { registerSession, renderAs } from '../../../../test/support/session';
import { seededPractices } from '../testing/collections.test-support';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts); each test has its own trainer.
const graphqlUrl = `${inject('apiUrl')}/graphql`;

interface Mine {
  myCollections: { id: string; slug: string; titleUk: string; items: { noteUk: string | null; target: { id: string } }[] }[];
}
const MINE = '{ myCollections { id slug titleUk items { noteUk target { ... on Practice { id } ... on CaseStudy { id } } } } }';

describe('add to a collection, against the real API', () => {
  it('goes from a practice to a new collection with a note, and lands on the collection', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Ганна Савчук' });
    const [practice] = await seededPractices(session, 1);
    const user = userEvent.setup();
    const { router } = await renderAs(session, paths.practice(practice!.slug));

    await user.click(await screen.findByRole('link', { name: 'Додати до добірки' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Додати до добірки' })).toBeTruthy();
    expect(router.state.location.search).toBe(`?practice=${practice!.id}`);
    // The practice came with the page before: its title is known without another request.
    expect((await screen.findByText(practice!.titleUk)).tagName).toBe('STRONG');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Нова добірка' }).checked).toBe(true);

    await user.type(screen.getByLabelText('Назва нової добірки'), 'Тривога: перші хвилини');
    await user.type(screen.getByLabelText('Нотатка куратора (необов’язково)'), 'Починаємо з цього.');
    await user.click(screen.getByRole('button', { name: 'Додати' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Тривога: перші хвилини' })).toBeTruthy();
    const { myCollections } = await session.query<Mine>(MINE);
    expect(myCollections).toHaveLength(1);
    expect(router.state.location.pathname).toBe(`/collections/${myCollections[0]!.slug}`);
    expect(myCollections[0]!.items).toEqual([{ noteUk: 'Починаємо з цього.', target: { id: practice!.id } }]);

    const item = await screen.findByRole('listitem', { name: practice!.titleUk });
    expect(within(item).getByRole('link', { name: practice!.titleUk }).getAttribute('href')).toBe(`/practices/${practice!.slug}`);
    expect(within(item).getByText('Починаємо з цього.')).toBeTruthy();
  });

  it('says so under the choice when the practice is already in the chosen collection, and creates nothing', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Віра Тимошенко' });
    const [practice] = await seededPractices(session, 1);
    const { createCollection } = await session.query<{ createCollection: { id: string } }>(
      'mutation { createCollection(input: { titleUk: "Для філії № 1" }) { id } }',
    );
    await session.query('mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }', {
      input: { collectionId: createCollection.id, practiceId: practice!.id },
    });
    const user = userEvent.setup();
    const { router } = await renderAs(session, paths.addToCollection(`practice=${practice!.id}`));

    expect(await screen.findByText('Ви додаєте практику.')).toBeTruthy(); // opened directly: the title is not known
    const existing = await screen.findByRole<HTMLInputElement>('radio', { name: 'Для філії № 1' });
    expect(existing.checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Додати' }));

    const fieldset = screen.getByRole('group', { name: 'До якої добірки' });
    await waitFor(() => expect(within(fieldset).getByText('Цей запис уже є в цій добірці. Виберіть іншу або створіть нову.')).toBeTruthy());
    expect(router.state.location.pathname).toBe('/collections/add');
    const { myCollections } = await session.query<Mine>(MINE);
    expect(myCollections.map((c) => c.items.length)).toEqual([1]);
  });
});
