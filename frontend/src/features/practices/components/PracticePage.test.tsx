import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { queryApi } from '../../../../test/support/api';
import { renderApp } from '../../../../test/support/render-app';
import { paths } from '@/shared/router/paths';

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
    await renderApp({ uri: graphqlUrl, path: paths.practice(practice.slug) });
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

    expect(await screen.findByRole('link', { name: 'Увійдіть, щоб зберегти' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Додати до добірки' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ми це спробували' }).getAttribute('href')).toBe(`/contribute/tried/${practice.slug}`);
    expect(screen.getByRole('button', { name: 'Друкувати' })).toBeTruthy();
    expect(document.title).toBe(`${practice.titleUk} · Поруч`);
  });

  it('renders the description’s Markdown as formatted text', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.practice('dykhaiemo-razom-pid-chas-tryvohy') });
    const section = await screen.findByRole('region', { name: 'Опис' });
    const bold = within(section).getByText('Що потрібно.');
    expect(bold.tagName).toBe('STRONG');
    expect(section.textContent).not.toContain('**');
  });

  it('writes dates in words and shows no ISO date', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.practice(practice.slug) });
    const triedIn = await screen.findByRole('region', { name: triedInUk(practice.triedIn.communityCount) });
    expect(triedIn.textContent).toMatch(/уперше \d{1,2} [а-яіїєґ]+ \d{4} р\./);
    expect(document.querySelector('main, body')!.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says in words that nobody has tried it or written about it yet, instead of «0», and keeps that off the paper', async () => {
    const data = await queryApi<{ practices: { edges: { node: Practice & { resources: { volunteers: number } } }[] } }>(
      graphqlUrl,
      `{ practices(first: 100) { edges { node { id slug titleUk triedIn { communityCount } caseStudies { titleUk } resources { volunteers } } } } }`,
    );
    const untried = data.practices.edges.map((e) => e.node).find((p) => p.triedIn.communityCount === 0 && p.caseStudies.length === 0);
    expect(untried).toBeDefined();
    await renderApp({ uri: graphqlUrl, path: paths.practice(untried!.slug) });

    const triedIn = await screen.findByRole('region', { name: 'Де спробували' });
    expect(triedIn.textContent).toContain('Ще жодна бібліотека не повідомила, що спробувала цю практику.');
    const caseStudies = screen.getByRole('region', { name: 'Кейси' });
    expect(caseStudies.textContent).toContain('Кейсів про цю практику ще немає.');
    for (const region of [triedIn, caseStudies]) expect(region.classList.contains('no-print')).toBe(true);
    expect(document.body.textContent).not.toMatch(/(^|\D)0 (громад|кейс|осіб)/);
  });

  it('says volunteers are not needed rather than «0 осіб»', async () => {
    const data = await queryApi<{ practices: { edges: { node: { slug: string; resources: { volunteers: number } } }[] } }>(
      graphqlUrl,
      `{ practices(first: 100) { edges { node { slug resources { volunteers } } } } }`,
    );
    const alone = data.practices.edges.map((e) => e.node).find((p) => p.resources.volunteers === 0);
    expect(alone).toBeDefined();
    await renderApp({ uri: graphqlUrl, path: paths.practice(alone!.slug) });
    const resources = await screen.findByRole('region', { name: 'Що потрібно' });
    const volunteers = within(resources).getByText('Волонтери').nextElementSibling!;
    expect(volunteers.textContent).toBe('не потрібні');
  });

  it('prints with its source: the site, the address and its QR code, the date printed and the licence in words', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderApp({ uri: graphqlUrl, path: paths.practice(practice.slug) });
    await user.click(await screen.findByRole('button', { name: 'Друкувати' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));

    const source = document.querySelector('.print-source')!;
    expect(source.classList.contains('print-only')).toBe(true);
    expect(source.textContent).toContain('Поруч');
    expect(source.textContent).toContain(`${window.location.origin}/practices/${practice.slug}`);
    expect(source.textContent).toMatch(/Надруковано \d{1,2} [а-яіїєґ]+ \d{4} р\./);
    expect(source.textContent).toContain('Можна вільно використовувати з посиланням на автора, CC BY 4.0');
    const qr = within(source as HTMLElement).getByRole('img', { name: 'QR-код адреси цієї сторінки' });
    expect(qr.querySelector('path')!.getAttribute('d')).toMatch(/^M\d/);
    print.mockRestore();
  });

  it('shows "not found" for a practice that does not exist', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.practice('no-such-practice-here') });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Сторінку не знайдено');
  });
});
