import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { anonymousSession, registerSession, renderAs } from '../../../../test/support/session';
import { seededPractices, seriousAxeViolations } from '../testing/collections.test-support';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts).
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const SEEDED = 'pershi-kroky-yak-zaspokoity-ditei-pid-chas-tryvohy';

describe('collection pages have no serious or critical axe violations', () => {
  it('the collections page with the create form, and a curator’s collection page with every tool open', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Софія Ткачук' });
    const [practice] = await seededPractices(session, 1);
    const { createCollection } = await session.query<{ createCollection: { id: string; slug: string } }>(
      'mutation { createCollection(input: { titleUk: "Перевірка доступності", visibility: UNLISTED }) { id slug } }',
    );
    await session.query('mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }', {
      input: { collectionId: createCollection.id, practiceId: practice!.id, noteUk: 'Нотатка' },
    });
    const user = userEvent.setup();

    const list = await renderAs(session, paths.collections);
    await screen.findByRole('heading', { name: 'Мої добірки' });
    expect(await seriousAxeViolations()).toEqual([]);
    list.unmount();

    await renderAs(session, paths.collection(createCollection.slug));
    await user.click(await screen.findByRole('button', { name: `Змінити нотатку: ${practice!.titleUk}` }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Змінити назву, опис і доступ' }));
    await user.click(screen.getByRole('button', { name: 'Видалити добірку' }));
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('the add-to-collection page, a public collection and its print view', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Надія Гуменюк' });
    const [practice] = await seededPractices(session, 1);
    const add = await renderAs(session, paths.addToCollection(`practice=${practice!.id}`));
    await screen.findByRole('radio', { name: 'Нова добірка' });
    expect(await seriousAxeViolations()).toEqual([]);
    add.unmount();

    const view = await renderAs(anonymousSession(graphqlUrl), paths.collection(SEEDED));
    await screen.findByRole('link', { name: 'Версія для друку' });
    expect(await seriousAxeViolations()).toEqual([]);
    view.unmount();

    await renderAs(anonymousSession(graphqlUrl), paths.print(paths.collection(SEEDED)));
    await screen.findByRole('button', { name: 'Друкувати' });
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
