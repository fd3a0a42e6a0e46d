import { screen, within } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';
import { registerSession, renderAs } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// Against the real backend (test/global-setup.ts); the test has its own account.
const graphqlUrl = `${inject('apiUrl')}/graphql`;

describe('an empty collection', () => {
  it('says in words that it has no items yet, instead of «0 записів»', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Леся Коваленко' });
    const title = `Порожня добірка ${Date.now()}`;
    const { createCollection } = await session.query<{ createCollection: { slug: string } }>(
      'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { slug } }',
      { input: { titleUk: title } },
    );

    await renderAs(session, paths.collection(createCollection.slug));
    const items = await screen.findByRole('region', { name: 'Записи добірки' });
    expect(items.textContent).toContain('Добірка порожня.');
    expect(document.body.textContent).not.toMatch(/(^|\D)0 запис/);
  });

  it('says «Ще без записів» on its card in the list', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Ірина Савчук' });
    const title = `Ще порожня ${Date.now()}`;
    await session.query('mutation($input: CreateCollectionInput!) { createCollection(input: $input) { slug } }', {
      input: { titleUk: title },
    });

    await renderAs(session, paths.collections);
    const card = (await screen.findByRole('link', { name: title })).closest('article')!;
    expect(within(card).getByText(/Ще без записів/)).toBeTruthy();
    expect(card.textContent).not.toMatch(/(^|\D)0 запис/);
  });
});
