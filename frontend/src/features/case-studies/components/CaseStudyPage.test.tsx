import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it, vi } from 'vitest';
import { queryApi } from '../../../../test/support/api';
import { renderApp } from '../../../../test/support/render-app';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts).
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const SLUG = 'bila-tserkva-kazkoterapiia-za-dosvidom-pavlohradu';

describe('case study page', () => {
  it('shows the story with its formatted text, consented stories only, and the actions', async () => {
    const { caseStudy } = await queryApi<{ caseStudy: { id: string; titleUk: string; impactStories: { textUk: string }[] } }>(
      graphqlUrl,
      `{ caseStudy(slug: "${SLUG}") { id titleUk impactStories { textUk } } }`,
    );
    await renderApp({ uri: graphqlUrl, path: paths.caseStudy(SLUG) });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(caseStudy.titleUk);
    for (const story of caseStudy.impactStories) expect(await screen.findByText(story.textUk, { exact: false })).toBeTruthy();
    // A visitor is offered to sign in to save it; collections are for trainers (features/saved tests them).
    expect((await screen.findByRole('link', { name: 'Увійдіть, щоб зберегти' })).getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(`/case-studies/${SLUG}`)}`,
    );
    expect(screen.queryByRole('link', { name: 'Додати до добірки' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Друкувати' })).toBeTruthy();
  });

  it('prints with its source, and without a licence line, since a case study carries none', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderApp({ uri: graphqlUrl, path: paths.caseStudy(SLUG) });
    await user.click(await screen.findByRole('button', { name: 'Друкувати' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const source = document.querySelector('.print-source')!;
    expect(source.textContent).toContain(`/case-studies/${SLUG}`);
    expect(source.querySelector('svg[role="img"] path')).not.toBeNull();
    expect(source.textContent).not.toMatch(/CC BY/);
    print.mockRestore();
  });

  it('writes its period and dates in words, the year once within one year', async () => {
    const { caseStudy } = await queryApi<{ caseStudy: { period: { start: string; end: string | null; ongoing: boolean } } }>(
      graphqlUrl,
      `{ caseStudy(slug: "${SLUG}") { period { start end ongoing } } }`,
    );
    await renderApp({ uri: graphqlUrl, path: paths.caseStudy(SLUG) });
    await screen.findByRole('heading', { level: 1 });
    const when = screen.getByText('Коли').nextElementSibling!.textContent!;
    const sameYear = caseStudy.period.end && caseStudy.period.start.slice(0, 4) === caseStudy.period.end.slice(0, 4);
    if (caseStudy.period.ongoing || !caseStudy.period.end) expect(when).toMatch(/^з \d{1,2} [а-яіїєґ]+ \d{4} р\., триває$/);
    else if (sameYear) expect(when).toMatch(/^\d{1,2} [а-яіїєґ]+ — \d{1,2} [а-яіїєґ]+ \d{4} р\.$/);
    else expect(when).toMatch(/^\d{1,2} [а-яіїєґ]+ \d{4} р\. — \d{1,2} [а-яіїєґ]+ \d{4} р\.$/);
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says counts as «what: how many», without naming the thing twice', async () => {
    const { caseStudy } = await queryApi<{ caseStudy: { participantCount: number } }>(
      graphqlUrl,
      `{ caseStudy(slug: "${SLUG}") { participantCount } }`,
    );
    await renderApp({ uri: graphqlUrl, path: paths.caseStudy(SLUG) });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Учасників').nextElementSibling!.textContent).toMatch(new RegExp(`^${caseStudy.participantCount}( |$)`));
    // seeds: «Проведено зустрічей», 12 «зустрічей»; «Діти, які пройшли цикл повністю», 23 «дитини».
    const outcomes = [...document.querySelectorAll('.outcomes li')].map((li) => li.textContent);
    expect(outcomes).toContain('Проведено зустрічей: 12');
    expect(outcomes).toContain('Діти, які пройшли цикл повністю: 23 дитини');
  });
});
