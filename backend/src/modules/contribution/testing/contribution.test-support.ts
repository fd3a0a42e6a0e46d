import { expect } from 'vitest';
import { signedIn, type Caller } from '../../../test-support/accounts.js';
import { practiceInput } from '../../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

// Shared by the contribution, review and case-study tests: one seeded app per file, an author, another
// librarian and a moderator, the operations they send, and the steps every scenario repeats.

export const FIELDS = `type id slug titleUk status version content pendingChanges { status version changedFields }
  reviewThread { kind outcome note comment decidedBy { displayName } } author { displayName } coAuthors { displayName }`;
export const CREATE_PRACTICE = `mutation($input: PracticeContentInput!) { createPractice(input: $input) { ${FIELDS} } }`;
export const UPDATE_PRACTICE = `mutation($id: ID!, $version: Int!, $input: PracticeContentInput!) {
  updatePractice(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
export const SUBMIT = `mutation($type: RecordType!, $id: ID!, $note: String) { submitForReview(type: $type, id: $id, note: $note) { status } }`;
export const QUEUE = `query($type: RecordType, $theme: String) { reviewQueue(type: $type, theme: $theme) { id kind recordId titleUk note changedFields proposed } }`;
export const APPROVE = `mutation($id: ID!) { approveSubmission(id: $id) { outcome } }`;
export const REQUEST = `mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { outcome } }`;
export const REJECT = `mutation($id: ID!, $c: String!) { rejectSubmission(id: $id, reason: $c) { outcome } }`;
export const PUBLIC = `query($slug: String!) { practice(slug: $slug) { titleUk } }`;
export const CONTRIBUTION = `query($type: RecordType!, $id: ID!) { contribution(type: $type, id: $id) { ${FIELDS} } }`;

export type Contribution = { id: string; slug: string; status: string; version: number; titleUk: string; content: Record<string, unknown> };

export async function startContributionApp() {
  const app = await startTestApp({ seed: true });
  const [author, other, moderator] = await Promise.all([
    signedIn(app, 'librarian'),
    signedIn(app, 'librarian'),
    signedIn(app, 'moderator'),
  ]);
  return { app, author, other, moderator };
}

/** The repeated steps, reading the file's app and callers when they run. */
export function contributionSteps(ctx: () => { app: TestApp; author: Caller; moderator: Caller }) {
  const count = async (table: string) =>
    (await ctx().app.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n;

  async function createPractice(by: Caller = ctx().author, overrides: Record<string, unknown> = {}): Promise<Contribution> {
    const res = await by.gql<{ createPractice: Contribution }>(CREATE_PRACTICE, { input: practiceInput(overrides) });
    expect(res.errors).toBeUndefined();
    return res.data!.createPractice;
  }

  async function openSubmission(recordId: string): Promise<{ id: string; kind: string; changedFields: string[]; proposed: unknown }> {
    const res = await ctx().moderator.gql<{
      reviewQueue: { id: string; recordId: string; kind: string; changedFields: string[]; proposed: unknown }[];
    }>(QUEUE);
    const found = res.data!.reviewQueue.find((s) => s.recordId === recordId);
    expect(found).toBeDefined();
    return found!;
  }

  async function publish(p: Contribution) {
    await ctx().author.gql(SUBMIT, { type: 'PRACTICE', id: p.id });
    const s = await openSubmission(p.id);
    expect((await ctx().moderator.gql(APPROVE, { id: s.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
  }

  return { count, createPractice, openSubmission, publish };
}
