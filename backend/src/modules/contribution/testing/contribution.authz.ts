import { acceptInvitations } from '../../invitation/testing/invitation.test-support.js';
import type { Caller } from '../../../test-support/accounts.js';
import { signedIn } from '../../../test-support/accounts.js';
import type { AuthzCase, AuthzSetup } from '../../../test-support/authz.js';
import { caseStudyInput, practiceInput } from '../../../test-support/factories.js';
import type { TestApp } from '../../../test-support/test-app.js';

/**
 * Authorization of contributions (see test-support/authz.ts). The owner is the author, a librarian.
 * Records are brought to each state through the API itself, as their authors and moderators would.
 * Reading or changing a record one may not see answers NOT_FOUND ('hidden'). Moderators see every
 * record (they review drafts), so what they may not do to a draft is FORBIDDEN.
 */

const SIGNED_IN = ['librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner'] as const;
const MODERATORS = ['moderator', 'admin'] as const;

async function ok<T>(caller: Caller, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await caller.gql<T>(query, variables);
  if (res.errors) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

export async function draftPractice(owner: Caller): Promise<string> {
  const data = await ok<{ createPractice: { id: string } }>(
    owner,
    `mutation($input: PracticeContentInput!) { createPractice(input: $input) { id } }`,
    { input: practiceInput() },
  );
  return data.createPractice.id;
}

/** A record of the owner sent to review; returns its id and the open submission's id. */
export async function submitted(app: TestApp, owner: Caller, type: 'PRACTICE' | 'CASE_STUDY' = 'PRACTICE') {
  const id = type === 'PRACTICE' ? await draftPractice(owner) : await draftCaseStudy(owner);
  await ok(owner, `mutation($type: RecordType!, $id: ID!) { submitForReview(type: $type, id: $id) { status } }`, { type, id });
  const moderator = await signedIn(app, 'moderator');
  const queue = await ok<{ reviewQueue: { id: string; recordId: string }[] }>(moderator, `{ reviewQueue(first: 100) { id recordId } }`, {});
  return { id, submissionId: queue.reviewQueue.find((s) => s.recordId === id)!.id, moderator };
}

export async function published(app: TestApp, owner: Caller, type: 'PRACTICE' | 'CASE_STUDY' = 'PRACTICE'): Promise<string> {
  const { id, submissionId, moderator } = await submitted(app, owner, type);
  await ok(moderator, `mutation($id: ID!) { approveSubmission(id: $id) { outcome } }`, { id: submissionId });
  return id;
}

async function draftCaseStudy(owner: Caller): Promise<string> {
  const data = await ok<{ createCaseStudy: { id: string } }>(
    owner,
    `mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id } }`,
    { input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti') },
  );
  return data.createCaseStudy.id;
}

const onDraft =
  (query: string, extra: (s: AuthzSetup, id: string) => Promise<Record<string, unknown>> = async () => ({})) =>
  async (s: AuthzSetup) => {
    const id = await draftPractice(s.owner);
    return { query, variables: { id, ...(await extra(s, id)) } };
  };

export const contributionAuthzCases: AuthzCase[] = [
  {
    field: 'createPractice',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    setup: async () => ({
      query: `mutation($input: PracticeContentInput!) { createPractice(input: $input) { id } }`,
      variables: { input: practiceInput() },
    }),
  },
  {
    field: 'createCaseStudy',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    setup: async () => ({
      query: `mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id } }`,
      variables: { input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti') },
    }),
  },
  {
    field: 'updatePractice',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    seesTarget: MODERATORS,
    setup: onDraft(
      `mutation($id: ID!, $input: PracticeContentInput!) { updatePractice(id: $id, version: 1, input: $input) { id } }`,
      async () => ({ input: practiceInput({ titleUk: 'Правка' }) }),
    ),
  },
  {
    field: 'updateCaseStudy',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    seesTarget: MODERATORS,
    async setup({ owner }) {
      return {
        query: `mutation($id: ID!, $input: CaseStudyContentInput!) { updateCaseStudy(id: $id, version: 1, input: $input) { id } }`,
        variables: { id: await draftCaseStudy(owner), input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti', { titleUk: 'Правка' }) },
      };
    },
  },
  {
    field: 'submitForReview',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    seesTarget: MODERATORS,
    setup: onDraft(`mutation($id: ID!) { submitForReview(type: PRACTICE, id: $id) { id } }`),
  },
  {
    field: 'withdrawSubmission',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    seesTarget: MODERATORS,
    async setup({ app, owner }) {
      const { id } = await submitted(app, owner);
      return { query: `mutation($id: ID!) { withdrawSubmission(type: PRACTICE, id: $id) { id } }`, variables: { id } };
    },
  },
  {
    field: 'archiveRecord',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner', 'moderator', 'admin'],
    async setup({ app, owner }) {
      return {
        query: `mutation($id: ID!) { archiveRecord(type: PRACTICE, id: $id) { id } }`,
        variables: { id: await published(app, owner) },
      };
    },
  },
  {
    field: 'restoreRecord',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['moderator', 'admin'],
    denial: 'hidden',
    // The author still sees their archived record, but only moderators restore it.
    seesTarget: ['owner'],
    async setup({ app, owner }) {
      const id = await published(app, owner);
      await ok(owner, `mutation($id: ID!) { archiveRecord(type: PRACTICE, id: $id) { id } }`, { id });
      return { query: `mutation($id: ID!) { restoreRecord(type: PRACTICE, id: $id) { id } }`, variables: { id } };
    },
  },
  {
    field: 'addCoAuthor',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    seesTarget: MODERATORS,
    setup: onDraft(`mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { id } }`, async (s) => ({
      email: (await signedIn(s.app, 'librarian')).user!.email,
    })),
  },
  {
    field: 'removeCoAuthor',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    seesTarget: MODERATORS,
    setup: onDraft(`mutation($id: ID!, $user: ID!) { removeCoAuthor(type: PRACTICE, id: $id, userId: $user) { id } }`, async (s, id) => {
      const co = await signedIn(s.app, 'librarian');
      await ok(s.owner, `mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { id } }`, {
        id,
        email: co.user!.email,
      });
      await acceptInvitations(co);
      return { user: co.user!.id };
    }),
  },
  {
    field: 'contribution',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: ['owner', 'moderator', 'admin'],
    denial: 'hidden',
    setup: onDraft(`query($id: ID!) { contribution(type: PRACTICE, id: $id) { id content { __typename } reviewThread { id } } }`),
  },
  {
    field: 'myContributions',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    setup: async () => ({ query: `{ myContributions { id } }` }),
  },
];
