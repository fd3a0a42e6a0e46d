import { acceptInvitations } from '../invitation/testing/invitation.test-support.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { buildOwnedCollection, practiceInput } from '../../test-support/factories.js';
import { dataOf } from '../../test-support/operations.js';
import type { TestApp } from '../../test-support/test-app.js';
import { startContributionApp } from '../contribution/testing/contribution.test-support.js';
import { APPROVE, REJECT, REQUEST, SUBMIT } from '../contribution/testing/contribution.test-ops.js';
import { Organization } from '../organization/organization.entity.js';
import { COUNT, inbox, LIST, MARK, unread } from './testing/notification.test-ops.js';

let app: TestApp;
let moderator: Caller;

beforeAll(async () => {
  ({ app, moderator } = await startContributionApp());
});
afterAll(() => app?.close());

/** A librarian of a seeded organisation (by slug); null for none. */
async function librarianOf(slug: string | null): Promise<Caller> {
  const organization = slug ? await app.orm.em.fork().findOneOrFail(Organization, { slug }) : null;
  return signedIn(app, 'librarian', organization);
}

async function ok<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A practice of `author` (from the Pavlohrad children's library), with `coAuthors`, sent to review; its id and open submission. */
async function submittedPractice(author: Caller, coAuthors: Caller[] = [], title = `Казки ${Date.now()}`) {
  const { createPractice } = await ok<{ createPractice: { id: string; slug: string } }>(
    author,
    `mutation($input: PracticeContentInput!) { createPractice(input: $input) { id slug } }`,
    { input: practiceInput({ titleUk: title }) },
  );
  for (const co of coAuthors) {
    await ok(author, `mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { id } }`, {
      id: createPractice.id,
      email: co.user!.email,
    });
    await acceptInvitations(co);
  }
  await dataOf(author.send(SUBMIT, { type: 'PRACTICE', id: createPractice.id }));
  const { reviewQueue } = await ok<{ reviewQueue: { id: string; recordId: string }[] }>(
    moderator,
    `{ reviewQueue(first: 100) { id recordId } }`,
  );
  return { ...createPractice, title, submissionId: reviewQueue.find((s) => s.recordId === createPractice.id)!.id };
}

async function publishedPractice(author: Caller, coAuthors: Caller[] = []) {
  const p = await submittedPractice(author, coAuthors);
  await dataOf(moderator.send(APPROVE, { id: p.submissionId }));
  return p;
}

const REPORT = `mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id } }`;
const report = (by: Caller, practiceId: string) =>
  ok<{ reportAdoption: { id: string } }>(by, REPORT, {
    input: { practiceId, adoptedOn: '2025-04-01', resultUk: 'Прийшли дванадцятеро дітей.' },
  });

describe('submission_decided', () => {
  it('tells the submitting author and the co-authors, with the comment, and never the moderator or anyone else', async () => {
    const [author, coAuthor, bystander] = await Promise.all([librarianOf(null), librarianOf(null), librarianOf(null)]);
    const p = await submittedPractice(author, [coAuthor]);
    await dataOf(moderator.send(REQUEST, { id: p.submissionId, c: 'Додайте, скільки триває гра.' }));

    for (const who of [author, coAuthor]) {
      const [decided] = (await inbox(who)).filter((n) => n.kind === 'SUBMISSION_DECIDED');
      expect(decided).toMatchObject({
        recordType: 'PRACTICE',
        recordId: p.id,
        recordSlug: p.slug,
        title: p.title,
        outcome: 'CHANGES_REQUESTED',
        comment: 'Додайте, скільки триває гра.',
        readAt: null,
      });
    }
    expect((await inbox(moderator)).filter((n) => n.recordId === p.id)).toEqual([]);
    expect(await inbox(bystander)).toEqual([]);
  });

  it('says approved and rejected too, newest first', async () => {
    const author = await librarianOf(null);
    const approved = await submittedPractice(author, [], `Схвалена ${Date.now()}`);
    await dataOf(moderator.send(APPROVE, { id: approved.submissionId }));
    const rejected = await submittedPractice(author, [], `Відхилена ${Date.now()}`);
    await dataOf(moderator.send(REJECT, { id: rejected.submissionId, c: 'Дублює наявну практику.' }));

    const list = await inbox(author);
    expect(list.map((n) => [n.title, n.outcome, n.comment])).toEqual([
      [rejected.title, 'REJECTED', 'Дублює наявну практику.'],
      [approved.title, 'APPROVED', null],
    ]);
  });

  it('is written with the decision: a decision that fails leaves no notification', async () => {
    const author = await librarianOf(null);
    const p = await submittedPractice(author);
    const res = await moderator.send(REQUEST, { id: p.submissionId, c: 'ок' }); // too short
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await dataOf(moderator.send(APPROVE, { id: p.submissionId }));
    const again = await moderator.send(APPROVE, { id: p.submissionId }); // already decided
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await inbox(author)).map((n) => n.outcome)).toEqual(['APPROVED']);
  });
});

describe('practice_tried', () => {
  it('tells the authors when an organisation of another community tries their practice', async () => {
    const [author, coAuthor] = await Promise.all([librarianOf('pavlohrad-childrens-library'), librarianOf(null)]);
    const p = await publishedPractice(author, [coAuthor]); // origin: Pavlohrad children's library
    await report(await librarianOf('bila-tserkva-cbs'), p.id);

    for (const who of [author, coAuthor]) {
      const tried = (await inbox(who)).filter((n) => n.kind === 'PRACTICE_TRIED');
      expect(tried).toHaveLength(1);
      expect(tried[0]).toMatchObject({
        recordSlug: p.slug,
        title: p.title,
        communityName: 'Білоцерківська міська громада',
        organizationName: expect.stringMatching(/Білоцерк/),
      });
    }
  });

  it('says nothing when it was tried in the practice’s own community, or where the community is unknown', async () => {
    const author = await librarianOf('pavlohrad-childrens-library');
    const p = await publishedPractice(author);
    await report(await librarianOf('pavlohrad-mcbs'), p.id); // Pavlohrad too
    await report(await librarianOf('intl-childrens-aid'), p.id); // no community
    expect((await inbox(author)).filter((n) => n.kind === 'PRACTICE_TRIED')).toEqual([]);
  });

  it('never tells the co-author who reported it themselves', async () => {
    const [author, coAuthor] = await Promise.all([librarianOf('pavlohrad-childrens-library'), librarianOf('uzhhorod-childrens-library')]);
    const p = await publishedPractice(author, [coAuthor]);
    await report(coAuthor, p.id);
    expect((await inbox(author)).filter((n) => n.kind === 'PRACTICE_TRIED')).toHaveLength(1);
    expect((await inbox(coAuthor)).filter((n) => n.kind === 'PRACTICE_TRIED')).toEqual([]);
  });
});

describe('moderator_comment', () => {
  it('tells the report’s author why a moderator hid it, and not the moderator', async () => {
    const author = await librarianOf('pavlohrad-childrens-library');
    const p = await publishedPractice(author);
    const reporter = await librarianOf('pavlohrad-mcbs');
    const { reportAdoption } = await report(reporter, p.id);
    await ok(moderator, `mutation($id: ID!) { hideAdoption(id: $id, reason: "Це реклама, а не звіт.") { id } }`, { id: reportAdoption.id });

    expect(await inbox(reporter)).toMatchObject([
      { kind: 'MODERATOR_COMMENT', title: p.title, recordSlug: p.slug, comment: 'Це реклама, а не звіт.' },
    ]);
    expect((await inbox(moderator)).filter((n) => n.kind === 'MODERATOR_COMMENT')).toEqual([]);
  });
});

describe('co_author_invited and co_curator_invited', () => {
  it('tell the person invited, naming who invited them, and not the one who invited', async () => {
    const [author, coAuthor] = await Promise.all([librarianOf(null), librarianOf(null)]);
    const p = await submittedPractice(author, [coAuthor]);
    expect((await inbox(coAuthor)).find((n) => n.kind === 'CO_AUTHOR_INVITED')).toMatchObject({
      recordType: 'PRACTICE',
      recordId: p.id,
      title: p.title,
      actorName: author.user!.displayName,
    });
    expect((await inbox(author)).filter((n) => n.kind === 'CO_AUTHOR_INVITED')).toEqual([]);

    const [trainer, colleague] = await Promise.all([signedIn(app, 'trainer'), signedIn(app, 'trainer')]);
    const collection = await buildOwnedCollection(app.orm.em.fork(), trainer.user!, [], { titleUk: 'Казкотерапія для семінару' });
    await ok(trainer, `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { id } }`, {
      id: collection.id,
      email: colleague.user!.email,
    });
    expect(await inbox(colleague)).toMatchObject([
      {
        kind: 'CO_CURATOR_INVITED',
        recordType: 'COLLECTION',
        recordSlug: collection.slug,
        title: 'Казкотерапія для семінару',
        actorName: trainer.user!.displayName,
      },
    ]);
    expect(await inbox(trainer)).toEqual([]);
  });
});

describe('reading and marking', () => {
  /** A person with three notifications: invited to three collections. */
  async function withThree() {
    const [me, trainer] = await Promise.all([librarianOf(null), signedIn(app, 'trainer')]);
    for (const title of ['Перша', 'Друга', 'Третя']) {
      const c = await buildOwnedCollection(app.orm.em.fork(), trainer.user!, [], { titleUk: title });
      await ok(trainer, `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { id } }`, {
        id: c.id,
        email: me.user!.email,
      });
    }
    return me;
  }

  it('counts the unread, pages newest first, and filters the unread', async () => {
    const me = await withThree();
    expect(await unread(me)).toBe(3);
    const first = await dataOf(me.send(LIST, { first: 2 }));
    expect(first.notifications.totalCount).toBe(3);
    expect(first.notifications.edges.map((e) => e.node.title)).toEqual(['Третя', 'Друга']);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const rest = await dataOf(
      me.send(LIST, {
        first: 2,
        after: first.notifications.pageInfo.endCursor,
      }),
    );
    expect(rest.notifications.edges.map((e) => e.node.title)).toEqual(['Перша']);
    expect(rest.notifications.pageInfo.hasNextPage).toBe(false);

    const bad = await me.send(LIST, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await me.send(LIST, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('marks the given ones read, only the caller’s own, and then all', async () => {
    const [me, someoneElse] = await Promise.all([withThree(), withThree()]);
    const [newest, middle] = await inbox(me);
    const theirs = await inbox(someoneElse);

    // Someone else's ids change nothing for them, and say nothing to the caller.
    expect(await dataOf(me.send(MARK, { ids: [newest!.id, theirs[0]!.id, '00000000-0000-4000-8000-000000000000'] }))).toEqual({
      markNotificationsRead: 1,
    });
    const malformed = await me.send(MARK, { ids: ['not-an-id'] });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.0' });
    expect(await unread(someoneElse)).toBe(3);
    expect(await unread(me)).toBe(2);
    const after = await inbox(me);
    expect(after[0]!.readAt).not.toBeNull();
    expect(after[1]!.readAt).toBeNull();
    const unreadOnly = await dataOf(
      me.send(LIST, {
        unreadOnly: true,
      }),
    );
    expect(unreadOnly.notifications.totalCount).toBe(2);
    expect(unreadOnly.notifications.edges[0]!.node.id).toBe(middle!.id);

    expect(await dataOf(me.send(MARK, {}))).toEqual({ markNotificationsRead: 2 });
    expect(await unread(me)).toBe(0);
    expect(await dataOf(me.send(MARK, {}))).toEqual({ markNotificationsRead: 0 });
    expect(await unread(someoneElse)).toBe(3);
  });

  it('is for signed-in people only', async () => {
    for (const { document } of [LIST, COUNT, MARK]) {
      expect((await anonymous(app).gql(document)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
