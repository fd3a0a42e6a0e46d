import { acceptInvitations } from '../invitation/testing/invitation.test-support.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn } from '../../test-support/accounts.js';
import { practiceInput } from '../../test-support/factories.js';
import { contributionSteps, startContributionApp } from '../contribution/testing/contribution.test-support.js';
import {
  UPDATE_PRACTICE,
  SUBMIT,
  QUEUE,
  APPROVE,
  REQUEST,
  REJECT,
  PUBLIC,
  CONTRIBUTION,
} from '../contribution/testing/contribution.test-ops.js';
import type { Caller } from '../../test-support/accounts.js';
import type { TestApp } from '../../test-support/test-app.js';

let app: TestApp;
let author: Caller;
let moderator: Caller;
beforeAll(async () => {
  ({ app, author, moderator } = await startContributionApp());
});
afterAll(() => app?.close());
const { createPractice, openSubmission, publish } = contributionSteps(() => ({ app, author, moderator }));

describe('review', () => {
  it('takes a draft through changes requested to published, with the whole thread visible to the author', async () => {
    const p = await createPractice(author, { themes: ['play-therapy'] });
    expect((await author.send(SUBMIT, { type: 'PRACTICE', id: p.id, note: 'Перевірте, будь ласка' })).data).toEqual({
      submitForReview: { status: 'SUBMITTED' },
    });
    // The queue filters by theme and puts the oldest first.
    const byTheme = await moderator.send(QUEUE, { theme: 'play-therapy' });
    expect(byTheme.data!.reviewQueue.map((s) => s.recordId)).toContain(p.id);
    const otherTheme = await moderator.send(QUEUE, { theme: 'volunteering' });
    expect(otherTheme.data!.reviewQueue.map((s) => s.recordId)).not.toContain(p.id);

    const s1 = await openSubmission(p.id);
    const noComment = await moderator.send(REQUEST, { id: s1.id, c: ' ' });
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect((await moderator.send(REQUEST, { id: s1.id, c: 'Додайте, скільки триває заняття.' })).data).toEqual({
      requestChanges: { outcome: 'CHANGES_REQUESTED' },
    });
    const seen = await author.send(CONTRIBUTION, {
      type: 'PRACTICE',
      id: p.id,
    });
    expect(seen.data!.contribution!.status).toBe('CHANGES_REQUESTED');
    expect(seen.data!.contribution!.reviewThread).toEqual([
      {
        kind: 'RECORD',
        outcome: 'CHANGES_REQUESTED',
        note: 'Перевірте, будь ласка',
        comment: 'Додайте, скільки триває заняття.',
        decidedBy: { displayName: moderator.user!.displayName },
      },
    ]);

    const edited = await author.send(UPDATE_PRACTICE, {
      id: p.id,
      version: seen.data!.contribution!.version,
      input: practiceInput({ themes: ['play-therapy'], durationMinutes: 45 }),
    });
    expect(edited.errors).toBeUndefined();
    await author.send(SUBMIT, { type: 'PRACTICE', id: p.id });
    const s2 = await openSubmission(p.id);
    expect((await moderator.send(APPROVE, { id: s2.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
    expect((await anonymous(app).send(PUBLIC, { slug: p.slug })).data).toEqual({ practice: { titleUk: 'Казкова хвилинка в укритті' } });
    await app.indexer.drainAll();
    const search = await anonymous(app).gql<{ search: { hits: { id: string }[] } }>(
      `{ search(query: "казкова хвилинка") { hits { id } } }`,
    );
    expect(search.data!.search.hits.map((h) => h.id)).toContain(p.id);
    const revisions = await anonymous(app).gql<{ revisions: { number: number; author: { displayName: string } }[] }>(
      `query($id: ID!) { revisions(type: PRACTICE, id: $id) { number author { displayName } } }`,
      { id: p.id },
    );
    expect(revisions.data!.revisions).toEqual([{ number: 1, author: { displayName: author.user!.displayName } }]);
  });

  it('refuses illegal transitions with a clear error', async () => {
    const p = await createPractice();
    await publish(p);
    const again = await author.send(SUBMIT, { type: 'PRACTICE', id: p.id });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'status' } });
    expect(again.errors?.[0]?.message).toMatch(/no pending changes/);
    const restore = await moderator.gql(`mutation($id: ID!) { restoreRecord(type: PRACTICE, id: $id) { status } }`, { id: p.id });
    expect(restore.errors?.[0]?.message).toMatch(/cannot restore from published; allowed from archived/);

    const q = await createPractice();
    await author.send(SUBMIT, { type: 'PRACTICE', id: q.id });
    const s = await openSubmission(q.id);
    await moderator.send(APPROVE, { id: s.id });
    const twice = await moderator.send(APPROVE, { id: s.id });
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(twice.errors?.[0]?.message).toMatch(/already approved/);
  });

  it('does not let a moderator approve their own submission', async () => {
    const own = await createPractice(moderator);
    await moderator.send(SUBMIT, { type: 'PRACTICE', id: own.id });
    const s = await openSubmission(own.id);
    expect((await moderator.send(APPROVE, { id: s.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const second = await signedIn(app, 'moderator');
    expect((await second.send(APPROVE, { id: s.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
  });

  it('lets no author or co-author decide on a record: a second account that submits does not make it someone else’s', async () => {
    const own = await createPractice(moderator);
    const accomplice = await signedIn(app, 'librarian');
    const invite = await moderator.gql(
      `mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { id } }`,
      { id: own.id, email: accomplice.user!.email },
    );
    expect(invite.errors).toBeUndefined();
    await acceptInvitations(accomplice);
    await accomplice.send(SUBMIT, { type: 'PRACTICE', id: own.id });
    const s = await openSubmission(own.id);
    expect((await moderator.send(APPROVE, { id: s.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await moderator.send(REJECT, { id: s.id, c: 'Відхиляю власний запис.' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const second = await signedIn(app, 'moderator');
    expect((await second.send(APPROVE, { id: s.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });

    // Changes to the now published record, sent by the co-author: still not the moderator's to decide.
    const current = await moderator.send(CONTRIBUTION, { type: 'PRACTICE', id: own.id });
    await accomplice.send(UPDATE_PRACTICE, {
      id: own.id,
      version: current.data!.contribution!.version,
      input: practiceInput({ titleUk: 'Змінена назва від співавтора' }),
    });
    await accomplice.send(SUBMIT, { type: 'PRACTICE', id: own.id });
    const revision = await openSubmission(own.id);
    expect((await moderator.send(APPROVE, { id: revision.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects only with a reason, after which the record can no longer be edited', async () => {
    const p = await createPractice();
    await author.send(SUBMIT, { type: 'PRACTICE', id: p.id });
    const s = await openSubmission(p.id);
    expect((await moderator.send(REJECT, { id: s.id, c: '' })).errors?.[0]?.extensions).toMatchObject({ field: 'comment' });
    expect((await moderator.send(REJECT, { id: s.id, c: 'Це дублює наявну практику.' })).data).toEqual({
      rejectSubmission: { outcome: 'REJECTED' },
    });
    const edit = await author.send(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput() });
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'status' });
  });

  it('refuses the first edit of a published record made against an older version, and keeps nothing of it', async () => {
    const p = await createPractice();
    await publish(p);
    const current = (await author.send(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data!.contribution!;
    // The editor was opened on the draft, before the approval changed the version.
    const stale = await author.send(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Стара редакція' }) });
    expect(current.version).not.toBe(p.version);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const after = await author.send(CONTRIBUTION, { type: 'PRACTICE', id: p.id });
    expect(after.data!.contribution!.pendingChanges).toBeNull();
  });

  it('keeps the published version visible until changes to it are approved, and records what changed', async () => {
    const p = await createPractice();
    await publish(p);
    const current = (await author.send(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data!.contribution!;
    const saved = await author.send(UPDATE_PRACTICE, {
      id: p.id,
      version: current.version,
      input: practiceInput({ titleUk: 'Казкова хвилинка: нова редакція' }),
    });
    expect(saved.data!.updatePractice.pendingChanges).toMatchObject({ changedFields: ['titleUk'] });
    // A second editor working from the same starting point is refused.
    const stale = await author.send(UPDATE_PRACTICE, { id: p.id, version: 999, input: practiceInput({ titleUk: 'Інша редакція' }) });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await anonymous(app).send(PUBLIC, { slug: p.slug })).data).toEqual({ practice: { titleUk: 'Казкова хвилинка в укритті' } });

    await author.send(SUBMIT, { type: 'PRACTICE', id: p.id, note: 'Нова назва' });
    const s = await openSubmission(p.id);
    expect(s).toMatchObject({ kind: 'REVISION', changedFields: ['titleUk'], proposed: { titleUk: 'Казкова хвилинка: нова редакція' } });
    expect((await anonymous(app).send(PUBLIC, { slug: p.slug })).data).toEqual({ practice: { titleUk: 'Казкова хвилинка в укритті' } });
    await moderator.send(APPROVE, { id: s.id });
    expect((await anonymous(app).send(PUBLIC, { slug: p.slug })).data).toEqual({
      practice: { titleUk: 'Казкова хвилинка: нова редакція' },
    });
    const revisions = await anonymous(app).gql<{ revisions: { number: number; changedFields: string[] }[] }>(
      `query($id: ID!) { revisions(type: PRACTICE, id: $id) { number changedFields } }`,
      { id: p.id },
    );
    expect(revisions.data!.revisions[0]).toEqual({ number: 2, changedFields: ['titleUk'] });
    expect(revisions.data!.revisions[1]!.number).toBe(1);
  });

  it('archives a published record out of the catalogue and search; a moderator can restore it', async () => {
    const p = await createPractice();
    await publish(p);
    await app.indexer.drainAll();
    const archived = await author.gql(`mutation($id: ID!) { archiveRecord(type: PRACTICE, id: $id) { status } }`, { id: p.id });
    expect(archived.data).toEqual({ archiveRecord: { status: 'ARCHIVED' } });
    await app.indexer.drainAll();
    expect((await anonymous(app).send(PUBLIC, { slug: p.slug })).data).toEqual({ practice: null });
    const search = await anonymous(app).gql<{ search: { hits: { id: string }[] } }>(
      `{ search(query: "казкова хвилинка") { hits { id } } }`,
    );
    expect(search.data!.search.hits.map((h) => h.id)).not.toContain(p.id);
    const byAuthor = await author.gql(`mutation($id: ID!) { restoreRecord(type: PRACTICE, id: $id) { status } }`, { id: p.id });
    expect(byAuthor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const restored = await moderator.gql(`mutation($id: ID!) { restoreRecord(type: PRACTICE, id: $id) { status } }`, { id: p.id });
    expect(restored.data).toEqual({ restoreRecord: { status: 'PUBLISHED' } });
  });
});
