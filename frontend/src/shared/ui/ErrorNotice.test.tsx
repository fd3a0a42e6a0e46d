import { act, screen } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';
import { renderWithSession } from '../../../test/support/session';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;

describe('a page that lost the connection', () => {
  it('loads again by itself when the browser is back online', async () => {
    // The link is down until `up` is set: requests fail as they do with no network at all.
    let up = false;
    const flaky: typeof fetch = (input, init) => (up ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const answer = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ practices(first: 1) { edges { node { slug titleUk } } } }' }),
    });
    const { data } = (await answer.json()) as { data: { practices: { edges: { node: { slug: string; titleUk: string } }[] } } };
    const practice = data.practices.edges[0]!.node;

    await renderWithSession({ uri: graphqlUrl, fetch: flaky, path: paths.practice(practice.slug) });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Немає зв’язку з сервером/);

    up = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: practice.titleUk })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
