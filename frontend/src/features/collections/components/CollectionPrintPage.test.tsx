import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { queryApi } from '../../../../test/support/api';
import { anonymousSession, renderAs } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (seeds/collections/), signed out.
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const SLUG = 'pershi-kroky-yak-zaspokoity-ditei-pid-chas-tryvohy';

interface Origin {
  nameUk: string;
  community: { nameUk: string } | null;
}
interface Handout {
  titleUk: string;
  curator: { displayName: string };
  items: {
    noteUk: string | null;
    target: {
      __typename: 'Practice' | 'CaseStudy';
      titleUk: string;
      summaryUk: string;
      steps?: { titleUk: string }[];
      resources?: { materialsUk: string[] };
      safeguarding?: { notesUk: string | null };
      origin?: Origin | null;
      organization?: Origin | null;
    };
  }[];
}

let handout: Handout;

beforeAll(async () => {
  const data = await queryApi<{ collection: Handout }>(
    graphqlUrl,
    `query($slug: String!) { collection(slug: $slug) { titleUk curator { displayName } items { noteUk target { __typename
      ... on Practice { titleUk summaryUk steps { titleUk } resources { materialsUk } safeguarding { notesUk } origin { nameUk community { nameUk } } }
      ... on CaseStudy { titleUk summaryUk organization { nameUk community { nameUk } } } } } } }`,
    { slug: SLUG },
  );
  handout = data.collection;
  expect(handout.items.length).toBeGreaterThan(2);
  expect(handout.items.some((i) => i.target.__typename === 'CaseStudy')).toBe(true);
});

afterEach(() => vi.restoreAllMocks());

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('collection print view, against the real API', () => {
  it('shows the title, curator and every item in order with its steps, materials, safeguarding, note and origin', async () => {
    await renderAs(anonymousSession(graphqlUrl), paths.print(paths.collection(SLUG)));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(handout.titleUk);
    expect(screen.getByText(`Куратор: ${handout.curator.displayName}`)).toBeTruthy();
    expect(document.title).toBe(`${handout.titleUk} — для друку · Поруч`);

    const items = screen.getAllByRole('heading', { level: 2 });
    expect(items.map((h) => h.textContent)).toEqual(handout.items.map((i) => i.target.titleUk));

    handout.items.forEach((item, index) => {
      const section = screen.getByRole('region', { name: item.target.titleUk });
      const text = normalise(section.textContent);
      const kind = item.target.__typename === 'Practice' ? 'Практика' : 'Кейс';
      expect(text).toContain(`${kind} ${index + 1} з ${handout.items.length}`);
      expect(text).toContain(normalise(item.target.summaryUk));
      if (item.noteUk) expect(text).toContain(normalise(item.noteUk));
      const origin = item.target.origin ?? item.target.organization;
      if (origin) expect(text).toContain(`Звідки: ${origin.nameUk}${origin.community ? `, ${origin.community.nameUk}` : ''}`);
      if (item.target.__typename !== 'Practice') {
        expect(within(section).queryByRole('heading', { name: 'Як провести' })).toBeNull();
        return;
      }
      const steps = within(section)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement?.classList.contains('steps'));
      expect(steps.map((li) => li.querySelector('strong')?.textContent)).toEqual(item.target.steps!.map((s) => s.titleUk));
      for (const material of item.target.resources!.materialsUk) expect(within(section).getByText(material)).toBeTruthy();
      expect(within(section).getByRole('heading', { name: 'Безпека та захист дітей' })).toBeTruthy();
      if (item.target.safeguarding!.notesUk) expect(text).toContain(normalise(item.target.safeguarding!.notesUk));
    });
  });

  it('prints with the button, which itself stays off the paper', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderAs(anonymousSession(graphqlUrl), paths.print(paths.collection(SLUG)));
    const button = await screen.findByRole('button', { name: 'Друкувати' });
    expect(button.closest('.no-print')).not.toBeNull();
    await user.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('says where the handout comes from, on screen and on paper: the site, the address with its QR code and the date', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderAs(anonymousSession(graphqlUrl), paths.print(paths.collection(SLUG)));
    await user.click(await screen.findByRole('button', { name: 'Друкувати' }));
    const source = await waitFor(() => {
      const found = document.querySelector('.print-source');
      expect(found?.querySelector('svg[role="img"]')).not.toBeNull();
      return found!;
    });
    expect(source.classList.contains('print-only')).toBe(false);
    expect(source.textContent).toContain(`/collections/${SLUG}/print`);
    expect(source.textContent).toMatch(/Надруковано \d{1,2} [а-яіїєґ]+ \d{4} р\./);
  });

  it('shows "not found" for a collection that does not exist', async () => {
    await renderAs(anonymousSession(graphqlUrl), paths.print(paths.collection('no-such-collection')));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Сторінку не знайдено');
  });
});
