import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  contributionOf,
  fieldError,
  loadTerms,
  practiceInput,
  submitPractice,
  TEST_ORGANIZATION,
  type Terms,
} from '../../../../test/support/contribute';
import { registerSession, renderWithSession, signInDemo, type Session } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// The demo moderator of seeds/dev (loaded outside production, so in this test backend too).
const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;
let moderator: Session;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
  moderator = await signInDemo(graphqlUrl, 'moderator');
});

/** The queue's count line, shown once the queue (as filtered) has arrived. */
const QUEUE_COUNT = /^У черзі \d+ под/;

const openSubmissions = async (title: string) =>
  (
    await moderator.query<{ reviewQueue: { id: string; titleUk: string }[] }>('{ reviewQueue(first: 100) { id titleUk } }')
  ).reviewQueue.filter((s) => s.titleUk === title);

describe('review queue, against the real API', () => {
  it('is for moderators only', async () => {
    const librarian = await registerSession(graphqlUrl);
    await renderWithSession({ uri: graphqlUrl, fetch: librarian.fetch, path: paths.review });
    expect(await screen.findByText('Ця сторінка лише для модераторів.')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Тип запису' })).toBeNull();
  });

  it('lists submissions with filters, and a decision to send back needs a comment, which the form says before sending', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const title = `Гра-знайомство ${Date.now()}`;
    const id = await submitPractice(author, terms, title, 'Перша версія');
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: moderator.fetch, path: paths.review });

    const link = await screen.findByRole('link', { name: title });
    expect(within(link.closest('li')!).getByText(/Практика · Новий запис/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Тип запису'), 'CASE_STUDY');
    expect(router.state.location.search).toBe('?type=CASE_STUDY');
    // The filtered queue has arrived (its count shows only with its data), and the practice is not in it.
    await screen.findByText(QUEUE_COUNT);
    expect(screen.queryByRole('link', { name: title })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Тип запису'), '');
    await user.click(await screen.findByRole('link', { name: title }));

    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(screen.getByText('Перша версія')).toBeTruthy(); // the author's note
    expect(screen.getByText(/· Надіслано \d{1,2} \S+ \d{4} р\. о \d{2}:\d{2} · /)).toBeTruthy(); // when, then who
    expect(screen.getByRole('group', { name: 'Що робимо з поданням?' })).toBeTruthy();
    expect(within(await screen.findByRole('article')).getByText('Перший крок')).toBeTruthy(); // the proposed draft

    await user.click(screen.getByLabelText('Попросити змін'));
    expect(screen.getByText(/^Обов’язково: щонайменше 5 символів/)).toBeTruthy(); // said before sending
    await user.click(screen.getByRole('button', { name: 'Надіслати автору на доопрацювання' }));
    await waitFor(() => expect(fieldError('Коментар для автора')).toBe('Заповніть це поле.'));
    expect(await openSubmissions(title)).toHaveLength(1); // nothing was sent

    await user.type(screen.getByLabelText('Коментар для автора'), 'ok');
    await user.click(screen.getByRole('button', { name: 'Надіслати автору на доопрацювання' }));
    expect(fieldError('Коментар для автора')).toBe('Щонайменше 5 символів.');

    await user.type(screen.getByLabelText('Коментар для автора'), ': додайте, скільки триває гра.');
    await user.click(screen.getByRole('button', { name: 'Надіслати автору на доопрацювання' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'));
    expect(await screen.findByText(`«${title}» повернуто автору на доопрацювання.`)).toBeTruthy();
    await screen.findByText(QUEUE_COUNT); // the queue asked again has arrived, without the decided one
    expect(screen.queryByRole('link', { name: title })).toBeNull();

    const stored = await contributionOf(author, 'PRACTICE', id);
    expect(stored.status).toBe('CHANGES_REQUESTED');
    expect(stored.reviewThread.at(-1)).toMatchObject({ outcome: 'CHANGES_REQUESTED', comment: 'ok: додайте, скільки триває гра.' });

    // The author reads it in «Мої внески», under a label that says whose words these are.
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.contribute });
    const label = await screen.findByText('Коментар модератора:');
    expect(label.nextElementSibling?.textContent).toBe('ok: додайте, скільки триває гра.');
  });

  it('rejecting needs a reason too; approving a change shows old → new and publishes it', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const title = `Читацький марафон ${Date.now()}`;
    const id = await submitPractice(author, terms, title);
    const [first] = await openSubmissions(title);
    await moderator.query('mutation($id: ID!) { approveSubmission(id: $id) { id } }', { id: first!.id });
    // The author changes the published practice's summary and submits the change.
    const { version } = await contributionOf(author, 'PRACTICE', id);
    await author.query(
      'mutation($id: ID!, $v: Int!, $input: PracticeContentInput!) { updatePractice(id: $id, version: $v, input: $input) { id } }',
      {
        id,
        v: version,
        input: {
          ...practiceInput(terms, title),
          summaryUk: 'Новий короткий опис.',
          conditions: { worksInShelter: true, needsPower: true, needsInternet: false, securityContext: 'ANY' },
        },
      },
    );
    await author.query('mutation($id: ID!) { submitForReview(type: PRACTICE, id: $id) { id } }', { id });
    const [change] = await openSubmissions(title);

    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: moderator.fetch, path: paths.submission(change!.id) });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    const diff = (await screen.findByRole('heading', { name: 'Змінено 2 поля' })).closest('section')!;
    expect(within(diff).getByText('Коротко')).toBeTruthy();
    expect(within(diff).getByText('Коротко про практику для тесту.').tagName).toBe('DEL');
    expect(within(diff).getByText('Новий короткий опис.').tagName).toBe('INS');
    // A group of fields reads as its fields on both sides, without the API's type names.
    await waitFor(() =>
      expect(within(diff).getByText('worksInShelter: true; needsPower: false; needsInternet: false; securityContext: ANY').tagName).toBe(
        'DEL',
      ),
    );
    expect(within(diff).getByText('worksInShelter: true; needsPower: true; needsInternet: false; securityContext: ANY').tagName).toBe(
      'INS',
    );

    // Nothing is chosen in advance: a press without a choice asks for one and sends nothing.
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([false, false, false]);
    await user.click(screen.getByRole('button', { name: 'Ухвалити рішення' }));
    expect(await screen.findByText('Виберіть, що робимо з поданням.')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/review/${change!.id}`);

    await user.click(screen.getByLabelText('Відхилити'));
    expect(screen.queryByText('Виберіть, що робимо з поданням.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Відхилити' }));
    await waitFor(() => expect(fieldError('Коментар для автора')).toBe('Заповніть це поле.'));

    await user.click(screen.getByLabelText('Схвалити'));
    expect(fieldError('Коментар (необов’язково)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Схвалити й опублікувати' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'));
    const published = await moderator.query<{ practice: { summaryUk: string } }>(
      'query($slug: String!) { practice(slug: $slug) { summaryUk } }',
      {
        slug: (
          await author.query<{ contribution: { slug: string } }>('query($id: ID!) { contribution(type: PRACTICE, id: $id) { slug } }', {
            id,
          })
        ).contribution.slug,
      },
    );
    expect(published.practice.summaryUk).toBe('Новий короткий опис.');
  });

  it('shows the moderator every field a case study will publish: audiences, partners and what was changed in each practice', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const title = `Кейс для перевірки ${Date.now().toString(36)}`;
    const [practice] = terms.practices;
    const audience = terms.audiences[1]!;
    const partner = terms.organizations.find((o) => o.slug !== TEST_ORGANIZATION)!;
    const { createCaseStudy } = await author.query<{ createCaseStudy: { id: string } }>(
      'mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id } }',
      {
        input: {
          titleUk: title,
          summaryUk: 'Коротко про кейс.',
          organization: TEST_ORGANIZATION,
          practices: [{ practice: practice!.slug, adaptationUk: 'Скоротили заняття до двадцяти хвилин.' }],
          partnerOrganizations: [partner.slug],
          period: { start: '2025-02-01' },
          needUk: 'Потреба.',
          whatWasDoneUk: 'Що зробили.',
          participants: { audiences: [audience.slug], count: 12 },
        },
      },
    );
    await author.query('mutation($id: ID!) { submitForReview(type: CASE_STUDY, id: $id) { id } }', { id: createCaseStudy.id });
    const [submission] = await openSubmissions(title);

    await renderWithSession({ uri: graphqlUrl, fetch: moderator.fetch, path: paths.submission(submission!.id) });
    const draft = (await screen.findByRole('heading', { level: 2, name: title })).closest('article')!;
    expect(within(draft).getByText('Що змінили в практиці № 1')).toBeTruthy();
    expect(within(draft).getByText(`${practice!.titleUk}: Скоротили заняття до двадцяти хвилин.`)).toBeTruthy();
    expect(within(draft).getByText(audience.nameUk)).toBeTruthy();
    expect(within(draft).getByText(partner.nameUk)).toBeTruthy();
  });
});
