import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fieldError, loadTerms, TEST_ORGANIZATION, type Terms } from '../../../../test/support/contribute';
import { registerSession, renderWithSession, signInDemo, type Session } from '../../../../test/support/session';
import { readOutbox } from '@/shared/outbox/outbox-store';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;
let moderator: Session;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
  // The demo moderator of seeds/dev (loaded outside production, so in this test backend too).
  moderator = await signInDemo(graphqlUrl, 'moderator');
});

/** A case study by `author`, published through review as every case study is. */
async function publishedCaseStudy(author: Session, title: string) {
  const { createCaseStudy } = await author.query<{ createCaseStudy: { id: string; slug: string } }>(
    'mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id slug } }',
    {
      input: {
        titleUk: title,
        summaryUk: 'Коротко про кейс.',
        organization: TEST_ORGANIZATION,
        practices: [{ practice: terms.practices[0]!.slug }],
        period: { start: '2025-02-01' },
        needUk: 'Діти в укритті під час тривог.',
        whatWasDoneUk: 'Читали казки й малювали.',
        participants: { audiences: [terms.audiences[0]!.slug], count: 12 },
      },
    },
  );
  const { submitForReview } = await author.query<{ submitForReview: { reviewThread: { id: string }[] } }>(
    'mutation($id: ID!) { submitForReview(type: CASE_STUDY, id: $id) { reviewThread { id } } }',
    { id: createCaseStudy.id },
  );
  await moderator.query('mutation($id: ID!) { approveSubmission(id: $id) { id } }', { id: submitForReview.reviewThread.at(-1)!.id });
  return createCaseStudy;
}

describe('follow-ups, against the real API', () => {
  it('an author adds one from «Мої внески»; written with no connection, it waits on the device and arrives once', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const title = `Кейс із продовженням ${Date.now().toString(36)}`;
    await publishedCaseStudy(author, title);
    let offline = false;
    const network: typeof fetch = async (input, init) => {
      if (offline && String(init?.body ?? '').includes('"operationName":"AddFollowUp"')) throw new TypeError('Failed to fetch');
      return author.fetch(input, init);
    };
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: network, path: paths.contribute });
    const entry = (await screen.findByRole('link', { name: title })).closest('li')!;
    await user.click(within(entry).getByRole('link', { name: `Додати подальше спостереження: ${title}` }));

    expect(((await screen.findByLabelText('Через скільки місяців')) as HTMLSelectElement).value).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));
    expect(fieldError('Що змінилося')).toBe('Заповніть це поле.');

    offline = true;
    await user.type(screen.getByLabelText('Що змінилося'), 'Через три місяці діти самі просять казку під час тривоги.');
    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));
    expect(await screen.findByText(/^Немає зв’язку\. Спостереження збережено на цьому пристрої/)).toBeTruthy();
    expect(readOutbox().map((item) => [item.kind, item.status])).toEqual([['followUp', 'waiting']]);

    offline = false;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(readOutbox().map((item) => item.status)).toEqual(['sent']));
    const queue = await moderator.query<{ reviewQueue: { titleUk: string; kind: string }[] }>(
      '{ reviewQueue(first: 100) { titleUk kind } }',
    );
    expect(queue.reviewQueue.filter((s) => s.titleUk === title)).toEqual([{ titleUk: title, kind: 'FOLLOW_UP' }]);
    localStorage.clear();
  });
});
