import { expect } from 'vitest';
import { signedIn, type Caller } from '../../../test-support/accounts.js';
import { practiceInput } from '../../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { APPROVE, CREATE_PRACTICE, QUEUE, SUBMIT, type Contribution, type QueuedSubmission } from './contribution.test-ops.js';

// Shared by the contribution, review and case-study tests: one seeded app per file, an author, another
// librarian and a moderator, and the steps every scenario repeats (the operations: contribution.test-ops.ts).

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
    const res = await by.send(CREATE_PRACTICE, { input: practiceInput(overrides) });
    expect(res.errors).toBeUndefined();
    return res.data!.createPractice;
  }

  async function openSubmission(recordId: string): Promise<QueuedSubmission> {
    const res = await ctx().moderator.send(QUEUE);
    const found = res.data!.reviewQueue.find((s) => s.recordId === recordId);
    expect(found).toBeDefined();
    return found!;
  }

  async function publish(p: Contribution) {
    await ctx().author.send(SUBMIT, { type: 'PRACTICE', id: p.id });
    const s = await openSubmission(p.id);
    expect((await ctx().moderator.send(APPROVE, { id: s.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
  }

  return { count, createPractice, openSubmission, publish };
}
