import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { queryApi } from '../../../../test/support/api';
import { renderApp } from '../../../../test/support/render-app';

// Against the real backend and its seed data (test/global-setup.ts).
const graphqlUrl = `${inject('apiUrl')}/graphql`;

interface Practice {
  id: string;
  slug: string;
  titleUk: string;
  titleEn: string | null;
  steps: { titleUk: string }[];
  triedIn: { communityCount: number; communities: { community: { nameUk: string } }[] };
  caseStudies: { titleUk: string }[];
  adaptedFrom: { titleUk: string } | null;
  safeguarding: { psychologistNeeded: boolean; noPhotosOfChildren: boolean };
}

let practice: Practice;

beforeAll(async () => {
  const data = await queryApi<{ practices: { edges: { node: Practice }[] } }>(
    graphqlUrl,
    `{ practices(first: 100) { edges { node { id slug titleUk titleEn steps { titleUk }
       triedIn { communityCount communities { community { nameUk } } } caseStudies { titleUk } adaptedFrom { titleUk }
       safeguarding { psychologistNeeded noPhotosOfChildren } } } } }`,
  );
  const rich = data.practices.edges
    .map((e) => e.node)
    .filter((p) => p.triedIn.communityCount >= 2 && p.caseStudies.length > 0 && p.steps.length > 1);
  expect(rich.length).toBeGreaterThan(0);
  practice = rich[0]!;
});

/** "Спробували в N громаді / громадах", by the Ukrainian plural rule. */
function triedInUk(n: number) {
  return n % 10 === 1 && n % 100 !== 11 ? `Спробували в ${n} громаді` : `Спробували в ${n} громадах`;
}

describe('practice page, against the real API', () => {
  it('shows the title, the steps in order, where it was tried, its case studies and the actions', async () => {
    await renderApp({ uri: graphqlUrl, path: `/practices/${practice.slug}` });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(practice.titleUk);

    const steps = within(screen.getByRole('region', { name: 'Як провести' })).getAllByRole('heading', { level: 3 });
    expect(steps.map((h) => h.textContent)).toEqual(practice.steps.map((s) => s.titleUk));

    const triedIn = screen.getByRole('region', { name: triedInUk(practice.triedIn.communityCount) });
    for (const { community } of practice.triedIn.communities)
      expect(within(triedIn).getByRole('link', { name: community.nameUk })).toBeTruthy();

    const caseStudies = screen.getByRole('region', { name: new RegExp(`^${practice.caseStudies.length} кейс`) });
    for (const cs of practice.caseStudies) expect(within(caseStudies).getByRole('link', { name: cs.titleUk })).toBeTruthy();

    const safeguarding = screen.getByRole('region', { name: 'Безпека та захист дітей' });
    expect(within(safeguarding).queryByText('Потрібен психолог') !== null).toBe(practice.safeguarding.psychologistNeeded);
    expect(within(safeguarding).queryByText('Не фотографувати дітей') !== null).toBe(practice.safeguarding.noPhotosOfChildren);

    expect(screen.getByRole('link', { name: 'Додати до добірки' }).getAttribute('href')).toBe(`/collections/add?practice=${practice.id}`);
    expect(screen.getByRole('link', { name: 'Ми це спробували' }).getAttribute('href')).toBe(`/contribute/tried/${practice.slug}`);
    expect(screen.getByRole('button', { name: 'Друкувати' })).toBeTruthy();
    expect(document.title).toBe(`${practice.titleUk} · Поруч`);
  });

  it('renders the description’s Markdown as formatted text', async () => {
    await renderApp({ uri: graphqlUrl, path: '/practices/dykhaiemo-razom-pid-chas-tryvohy' });
    const section = await screen.findByRole('region', { name: 'Опис' });
    const bold = within(section).getByText('Що потрібно.');
    expect(bold.tagName).toBe('STRONG');
    expect(section.textContent).not.toContain('**');
  });

  it('shows "not found" for a practice that does not exist', async () => {
    await renderApp({ uri: graphqlUrl, path: '/practices/no-such-practice-here' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Сторінку не знайдено');
  });
});
