import { screen } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';
import { queryApi } from '../../../../test/support/api';
import { renderApp } from '../../../../test/support/render-app';

// Against the real backend and its seed data (test/global-setup.ts).
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const SLUG = 'bila-tserkva-kazkoterapiia-za-dosvidom-pavlohradu';

describe('case study page', () => {
  it('shows the story with its formatted text, consented stories only, and the actions', async () => {
    const { caseStudy } = await queryApi<{ caseStudy: { id: string; titleUk: string; impactStories: { textUk: string }[] } }>(
      graphqlUrl,
      `{ caseStudy(slug: "${SLUG}") { id titleUk impactStories { textUk } } }`,
    );
    await renderApp({ uri: graphqlUrl, path: `/case-studies/${SLUG}` });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(caseStudy.titleUk);
    for (const story of caseStudy.impactStories) expect(await screen.findByText(story.textUk, { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Додати до добірки' }).getAttribute('href')).toBe(`/collections/add?caseStudy=${caseStudy.id}`);
    expect(screen.getByRole('button', { name: 'Друкувати' })).toBeTruthy();
  });
});
