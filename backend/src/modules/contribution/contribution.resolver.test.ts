import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { caseStudyInput, practiceInput } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { Organization } from '../organization/organization.entity.js';
import { Practice } from '../practice/practice.entity.js';

let app: TestApp;
let author: Caller;
let other: Caller;
let moderator: Caller;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
  [author, other, moderator] = await Promise.all([signedIn(app, 'librarian'), signedIn(app, 'librarian'), signedIn(app, 'moderator')]);
});
afterAll(() => app?.close());

const FIELDS = `type id slug titleUk status version content pendingChanges { status version changedFields }
  reviewThread { kind outcome note comment decidedBy { displayName } } author { displayName } coAuthors { displayName }`;
const CREATE_PRACTICE = `mutation($input: PracticeContentInput!) { createPractice(input: $input) { ${FIELDS} } }`;
const UPDATE_PRACTICE = `mutation($id: ID!, $version: Int!, $input: PracticeContentInput!) {
  updatePractice(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($type: RecordType!, $id: ID!, $note: String) { submitForReview(type: $type, id: $id, note: $note) { status } }`;
const QUEUE = `query($type: RecordType, $theme: String) { reviewQueue(type: $type, theme: $theme) { id kind recordId titleUk note changedFields proposed } }`;
const APPROVE = `mutation($id: ID!) { approveSubmission(id: $id) { outcome } }`;
const REQUEST = `mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { outcome } }`;
const REJECT = `mutation($id: ID!, $c: String!) { rejectSubmission(id: $id, reason: $c) { outcome } }`;
const PUBLIC = `query($slug: String!) { practice(slug: $slug) { titleUk } }`;
const CONTRIBUTION = `query($type: RecordType!, $id: ID!) { contribution(type: $type, id: $id) { ${FIELDS} } }`;

type Contribution = { id: string; slug: string; status: string; version: number; titleUk: string; content: Record<string, unknown> };
const count = async (table: string) =>
  (await app.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n;

async function createPractice(by: Caller = author, overrides: Record<string, unknown> = {}): Promise<Contribution> {
  const res = await by.gql<{ createPractice: Contribution }>(CREATE_PRACTICE, { input: practiceInput(overrides) });
  if (res.errors) console.log(JSON.stringify(app.logs.filter((l) => l.level === 50).map((l) => l.path)).slice(0, 300));
  expect(res.errors).toBeUndefined();
  return res.data!.createPractice;
}

async function openSubmission(recordId: string): Promise<{ id: string; kind: string; changedFields: string[]; proposed: unknown }> {
  const res = await moderator.gql<{
    reviewQueue: { id: string; recordId: string; kind: string; changedFields: string[]; proposed: unknown }[];
  }>(QUEUE);
  const found = res.data!.reviewQueue.find((s) => s.recordId === recordId);
  expect(found).toBeDefined();
  return found!;
}

async function publish(p: Contribution) {
  await author.gql(SUBMIT, { type: 'PRACTICE', id: p.id });
  const s = await openSubmission(p.id);
  expect((await moderator.gql(APPROVE, { id: s.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
}

describe('drafts', () => {
  it('creates a draft owned by its author, with the content as written', async () => {
    const p = await createPractice();
    expect(p).toMatchObject({ type: 'PRACTICE', status: 'DRAFT', version: 1, titleUk: 'Казкова хвилинка в укритті' });
    expect(p.slug).toMatch(/^kazkova-khvylynka-v-ukrytti-[0-9a-f]{8}$/);
    expect(p.content).toMatchObject({
      titleUk: 'Казкова хвилинка в укритті',
      themes: ['fairy-tale-therapy', 'psycho-emotional-support'],
      audiences: ['children-0-5', 'children-6-9'],
      descriptionUk: 'Бібліотекарка читає казку, діти **малюють** героя. Після — розмова про почуття.',
      resources: { budgetBand: 'none', materialsUk: ['книжка', 'олівці'], staff: 1, volunteers: 0 },
      originOrganization: 'pavlohrad-childrens-library',
    });
  });

  it('refuses bad content naming every field and rule, and saves nothing', async () => {
    const before = await count('practice');
    const res = await author.gql(CREATE_PRACTICE, {
      input: practiceInput({
        titleUk: '   ',
        themes: ['play-therapy', 'fairy-tale-therapy', 'reading-promotion', 'volunteering'],
        steps: [],
      }),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.titleUk', 'input.themes', 'input.steps']));
    const unknown = await author.gql(CREATE_PRACTICE, { input: practiceInput({ formats: ['in-person', 'carrier-pigeon'] }) });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.formats.1' } });
    expect(unknown.errors?.[0]?.message).toMatch(/unknown format: carrier-pigeon/);
    expect(await count('practice')).toBe(before);
    expect(await count('practice_theme where practice_id not in (select id from practice)')).toBe(0);
  });

  it('is seen by its author and moderators only, through every path', async () => {
    const p = await createPractice();
    await app.indexer.drainAll();
    expect((await author.gql(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toMatchObject({ contribution: { id: p.id } });
    expect((await moderator.gql(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toMatchObject({ contribution: { id: p.id } });
    expect((await other.gql(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toEqual({ contribution: null });
    expect((await anonymous(app).gql(PUBLIC, { slug: p.slug })).data).toEqual({ practice: null });
    const list = await other.gql<{ practices: { edges: { node: { id: string } }[] } }>(
      `{ practices(first: 100) { edges { node { id } } } }`,
    );
    expect(list.data!.practices.edges.map((e) => e.node.id)).not.toContain(p.id);
    const search = await other.gql<{ search: { hits: { id: string }[] } }>(`{ search(query: "Казкова хвилинка укритті") { hits { id } } }`);
    expect(search.data!.search.hits.map((h) => h.id)).not.toContain(p.id);
    const revisions = await other.gql(`query($id: ID!) { revisions(type: PRACTICE, id: $id) { number } }`, { id: p.id });
    expect(revisions.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a save made from an old version instead of overwriting the newer one', async () => {
    const p = await createPractice();
    const first = await author.gql(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Перша правка' }) });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ updatePractice: { titleUk: 'Перша правка', version: p.version + 1 } });
    const second = await author.gql(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Друга правка' }) });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await author.gql(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toMatchObject({
      contribution: { titleUk: 'Перша правка' },
    });
  });

  it('lets only its authors edit it', async () => {
    const p = await createPractice();
    const res = await other.gql(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Чужа правка' }) });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byModerator = await moderator.gql(UPDATE_PRACTICE, {
      id: p.id,
      version: p.version,
      input: practiceInput({ titleUk: 'Правка модератора' }),
    });
    expect(byModerator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shares editing with an invited co-author', async () => {
    const p = await createPractice();
    const invite = await author.gql(
      `mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { coAuthors { displayName } } }`,
      { id: p.id, email: other.user!.email },
    );
    expect(invite.data).toEqual({ addCoAuthor: { coAuthors: [{ displayName: other.user!.displayName }] } });
    const res = await other.gql(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Спільна правка' }) });
    expect(res.data).toMatchObject({ updatePractice: { titleUk: 'Спільна правка' } });
    const stranger = await signedIn(app, 'librarian');
    const denied = await other.gql(`mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { id } }`, {
      id: p.id,
      email: stranger.user!.email,
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('review', () => {
  it('takes a draft through changes requested to published, with the whole thread visible to the author', async () => {
    const p = await createPractice(author, { themes: ['play-therapy'] });
    expect((await author.gql(SUBMIT, { type: 'PRACTICE', id: p.id, note: 'Перевірте, будь ласка' })).data).toEqual({
      submitForReview: { status: 'SUBMITTED' },
    });
    // The queue filters by theme and puts the oldest first.
    const byTheme = await moderator.gql<{ reviewQueue: { recordId: string }[] }>(QUEUE, { theme: 'play-therapy' });
    expect(byTheme.data!.reviewQueue.map((s) => s.recordId)).toContain(p.id);
    const otherTheme = await moderator.gql<{ reviewQueue: { recordId: string }[] }>(QUEUE, { theme: 'volunteering' });
    expect(otherTheme.data!.reviewQueue.map((s) => s.recordId)).not.toContain(p.id);

    const s1 = await openSubmission(p.id);
    const noComment = await moderator.gql(REQUEST, { id: s1.id, c: ' ' });
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect((await moderator.gql(REQUEST, { id: s1.id, c: 'Додайте, скільки триває заняття.' })).data).toEqual({
      requestChanges: { outcome: 'CHANGES_REQUESTED' },
    });
    const seen = await author.gql<{ contribution: Contribution & { reviewThread: unknown[] } }>(CONTRIBUTION, {
      type: 'PRACTICE',
      id: p.id,
    });
    expect(seen.data!.contribution.status).toBe('CHANGES_REQUESTED');
    expect(seen.data!.contribution.reviewThread).toEqual([
      {
        kind: 'RECORD',
        outcome: 'CHANGES_REQUESTED',
        note: 'Перевірте, будь ласка',
        comment: 'Додайте, скільки триває заняття.',
        decidedBy: { displayName: moderator.user!.displayName },
      },
    ]);

    const edited = await author.gql<{ updatePractice: Contribution }>(UPDATE_PRACTICE, {
      id: p.id,
      version: seen.data!.contribution.version,
      input: practiceInput({ themes: ['play-therapy'], durationMinutes: 45 }),
    });
    expect(edited.errors).toBeUndefined();
    await author.gql(SUBMIT, { type: 'PRACTICE', id: p.id });
    const s2 = await openSubmission(p.id);
    expect((await moderator.gql(APPROVE, { id: s2.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
    expect((await anonymous(app).gql(PUBLIC, { slug: p.slug })).data).toEqual({ practice: { titleUk: 'Казкова хвилинка в укритті' } });
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
    const again = await author.gql(SUBMIT, { type: 'PRACTICE', id: p.id });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'status' } });
    expect(again.errors?.[0]?.message).toMatch(/no pending changes/);
    const restore = await moderator.gql(`mutation($id: ID!) { restoreRecord(type: PRACTICE, id: $id) { status } }`, { id: p.id });
    expect(restore.errors?.[0]?.message).toMatch(/cannot restore from published; allowed from archived/);

    const q = await createPractice();
    await author.gql(SUBMIT, { type: 'PRACTICE', id: q.id });
    const s = await openSubmission(q.id);
    await moderator.gql(APPROVE, { id: s.id });
    const twice = await moderator.gql(APPROVE, { id: s.id });
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(twice.errors?.[0]?.message).toMatch(/already approved/);
  });

  it('does not let a moderator approve their own submission', async () => {
    const own = await createPractice(moderator);
    await moderator.gql(SUBMIT, { type: 'PRACTICE', id: own.id });
    const s = await openSubmission(own.id);
    expect((await moderator.gql(APPROVE, { id: s.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const second = await signedIn(app, 'moderator');
    expect((await second.gql(APPROVE, { id: s.id })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
  });

  it('rejects only with a reason, after which the record can no longer be edited', async () => {
    const p = await createPractice();
    await author.gql(SUBMIT, { type: 'PRACTICE', id: p.id });
    const s = await openSubmission(p.id);
    expect((await moderator.gql(REJECT, { id: s.id, c: '' })).errors?.[0]?.extensions).toMatchObject({ field: 'comment' });
    expect((await moderator.gql(REJECT, { id: s.id, c: 'Це дублює наявну практику.' })).data).toEqual({
      rejectSubmission: { outcome: 'REJECTED' },
    });
    const edit = await author.gql(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput() });
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'status' });
  });

  it('keeps the published version visible until changes to it are approved, and records what changed', async () => {
    const p = await createPractice();
    await publish(p);
    const current = (await author.gql<{ contribution: Contribution }>(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data!.contribution;
    const saved = await author.gql<{ updatePractice: { pendingChanges: { version: number; changedFields: string[] } } }>(UPDATE_PRACTICE, {
      id: p.id,
      version: current.version,
      input: practiceInput({ titleUk: 'Казкова хвилинка: нова редакція' }),
    });
    expect(saved.data!.updatePractice.pendingChanges).toMatchObject({ changedFields: ['titleUk'] });
    // A second editor working from the same starting point is refused.
    const stale = await author.gql(UPDATE_PRACTICE, { id: p.id, version: 999, input: practiceInput({ titleUk: 'Інша редакція' }) });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await anonymous(app).gql(PUBLIC, { slug: p.slug })).data).toEqual({ practice: { titleUk: 'Казкова хвилинка в укритті' } });

    await author.gql(SUBMIT, { type: 'PRACTICE', id: p.id, note: 'Нова назва' });
    const s = await openSubmission(p.id);
    expect(s).toMatchObject({ kind: 'REVISION', changedFields: ['titleUk'], proposed: { titleUk: 'Казкова хвилинка: нова редакція' } });
    expect((await anonymous(app).gql(PUBLIC, { slug: p.slug })).data).toEqual({ practice: { titleUk: 'Казкова хвилинка в укритті' } });
    await moderator.gql(APPROVE, { id: s.id });
    expect((await anonymous(app).gql(PUBLIC, { slug: p.slug })).data).toEqual({ practice: { titleUk: 'Казкова хвилинка: нова редакція' } });
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
    expect((await anonymous(app).gql(PUBLIC, { slug: p.slug })).data).toEqual({ practice: null });
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

describe('case studies and follow-ups', () => {
  const CREATE = `mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id slug status content } }`;

  it('checks the period and the applied practices by field', async () => {
    const future = await author.gql(CREATE, {
      input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti', { period: { start: '2099-01-01' } }),
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.period.start' });
    const backwards = await author.gql(CREATE, {
      input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti', { period: { start: '2025-03-01', end: '2025-01-01' } }),
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ field: 'input.period.end' });
    const draftPractice = await createPractice();
    const unpublished = await author.gql(CREATE, { input: caseStudyInput(draftPractice.slug) });
    expect(unpublished.errors?.[0]?.extensions).toMatchObject({ field: 'input.practices.0' });
  });

  it('edits a case study draft, replacing its stories and links without leaving any behind', async () => {
    const created = await author.gql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti'),
    });
    const id = created.data!.createCaseStudy.id;
    const UPDATE = `mutation($id: ID!, $input: CaseStudyContentInput!) { updateCaseStudy(id: $id, version: 1, input: $input) { version content } }`;
    const res = await author.gql<{ updateCaseStudy: { version: number; content: { impactStories: unknown[]; participants: unknown } } }>(
      UPDATE,
      {
        id,
        input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti', {
          impactStories: [{ kind: 'QUOTE', textUk: 'Нова історія.', consentGiven: true }],
          participants: { audiences: ['children-10-14'], count: 12 },
        }),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCaseStudy.content).toMatchObject({
      impactStories: [{ kind: 'quote', textUk: 'Нова історія.', consentGiven: true }],
      participants: { audiences: ['children-10-14'], count: 12 },
    });
    const stories = await app.orm.em.fork().getConnection().execute(`select 1 from impact_story where case_study_id = ?`, [id]);
    expect(stories).toHaveLength(1);
  });

  it('publishes a case study, then a follow-up only after its own review', async () => {
    const created = await author.gql<{ createCaseStudy: { id: string; slug: string } }>(CREATE, {
      input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti'),
    });
    expect(created.errors).toBeUndefined();
    const cs = created.data!.createCaseStudy;
    await author.gql(SUBMIT, { type: 'CASE_STUDY', id: cs.id });
    await app.indexer.drainAll();
    await moderator.gql(APPROVE, { id: (await openSubmission(cs.id)).id });
    // Publishing changes where the applied practice was tried, so that practice is queued for reindexing too.
    const queued = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select 1 from search_outbox o join practice p on p.id = o.record_id where p.slug = 'bibliotechnyi-kutochok-v-ukrytti' and o.processed_at is null`,
      );
    expect(queued).toHaveLength(1);
    const PUBLIC_CS = `query($slug: String!) { caseStudy(slug: $slug) { titleUk impactStories { textUk } followUps { monthsAfter textUk } } }`;
    const published = await anonymous(app).gql<{ caseStudy: { impactStories: unknown[]; followUps: unknown[] } }>(PUBLIC_CS, {
      slug: cs.slug,
    });
    // Only the story with consent is public.
    expect(published.data!.caseStudy.impactStories).toEqual([{ textUk: 'Донька тепер сама просить піти в укриття на казку.' }]);

    const ADD = `mutation($id: ID!, $input: FollowUpInput!) { addFollowUp(caseStudyId: $id, input: $input) { id kind outcome } }`;
    const input = { monthsAfter: 6, recordedOn: '2025-11-20', textUk: 'Через пів року діти самі читають казки молодшим.' };
    const byOther = await other.gql(ADD, { id: cs.id, input });
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badMonths = await author.gql(ADD, { id: cs.id, input: { ...input, monthsAfter: 5 } });
    expect(badMonths.errors?.[0]?.extensions).toMatchObject({ field: 'input.monthsAfter' });
    const added = await author.gql<{ addFollowUp: { id: string; kind: string } }>(ADD, { id: cs.id, input });
    expect(added.data!.addFollowUp).toMatchObject({ kind: 'FOLLOW_UP', outcome: 'OPEN' });
    expect(
      (await anonymous(app).gql<{ caseStudy: { followUps: unknown[] } }>(PUBLIC_CS, { slug: cs.slug })).data!.caseStudy.followUps,
    ).toEqual([]);
    await moderator.gql(APPROVE, { id: added.data!.addFollowUp.id });
    expect(
      (await anonymous(app).gql<{ caseStudy: { followUps: unknown[] } }>(PUBLIC_CS, { slug: cs.slug })).data!.caseStudy.followUps,
    ).toEqual([{ monthsAfter: 6, textUk: input.textUk }]);
  });

  it('grows a case study out of the author’s own adoption report, which then links to it once published', async () => {
    const em = app.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'pavlohrad-childrens-library' });
    const reporter = await signedIn(app, 'librarian', org);
    const practice = await em.findOneOrFail(Practice, { slug: 'bibliotechnyi-kutochok-v-ukrytti' });
    const report = await reporter.gql<{ reportAdoption: { id: string } }>(
      `mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id } }`,
      { input: { practiceId: practice.id, adoptedOn: '2025-02-01', resultUk: 'Діти спокійніше переносять тривоги.' } },
    );
    expect(report.errors).toBeUndefined();
    const adoptionId = report.data!.reportAdoption.id;
    const GROW = `mutation($input: CaseStudyContentInput!, $from: ID) { createCaseStudy(input: $input, fromAdoption: $from) { id } }`;
    const notMine = await author.gql(GROW, { input: caseStudyInput(practice.slug), from: adoptionId });
    expect(notMine.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromAdoption' });
    const grown = await reporter.gql<{ createCaseStudy: { id: string } }>(GROW, { input: caseStudyInput(practice.slug), from: adoptionId });
    expect(grown.errors).toBeUndefined();
    const caseStudyId = grown.data!.createCaseStudy.id;
    const linked = () =>
      reporter.gql<{ myAdoptions: { id: string; caseStudy: { id: string } | null }[] }>(`{ myAdoptions { id caseStudy { id } } }`);
    // A draft is never shown, not even through the report it grew from.
    expect((await linked()).data!.myAdoptions).toEqual([{ id: adoptionId, caseStudy: null }]);
    await reporter.gql(SUBMIT, { type: 'CASE_STUDY', id: caseStudyId });
    await moderator.gql(APPROVE, { id: (await openSubmission(caseStudyId)).id });
    expect((await linked()).data!.myAdoptions).toEqual([{ id: adoptionId, caseStudy: { id: caseStudyId } }]);
    const again = await reporter.gql(GROW, { input: caseStudyInput(practice.slug), from: adoptionId });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'fromAdoption' });
  });
});
