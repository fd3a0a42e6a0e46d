import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn } from '../../test-support/accounts.js';
import { caseStudyInput } from '../../test-support/factories.js';
import { Organization } from '../organization/organization.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { contributionSteps, startContributionApp } from './testing/contribution.test-support.js';
import { APPROVE, CONTENT, SUBMIT } from './testing/contribution.test-ops.js';
import type { Caller } from '../../test-support/accounts.js';
import type { TestApp } from '../../test-support/test-app.js';

let app: TestApp;
let author: Caller;
let other: Caller;
let moderator: Caller;
beforeAll(async () => {
  ({ app, author, other, moderator } = await startContributionApp());
});
afterAll(() => app?.close());
const { createPractice, openSubmission } = contributionSteps(() => ({ app, author, moderator }));

describe('case studies and follow-ups', () => {
  const CREATE = `mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id slug status ${CONTENT} } }`;

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

  it('lets no moderator decide on a follow-up to their own case study; another moderator does', async () => {
    const created = await moderator.gql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti', { titleUk: 'Кейс модераторки' }),
    });
    const id = created.data!.createCaseStudy.id;
    await moderator.send(SUBMIT, { type: 'CASE_STUDY', id });
    const second = await signedIn(app, 'moderator');
    expect((await second.send(APPROVE, { id: (await openSubmission(id)).id })).data).toEqual({
      approveSubmission: { outcome: 'APPROVED' },
    });

    const ADD = `mutation($id: ID!, $input: FollowUpInput!) { addFollowUp(caseStudyId: $id, input: $input) { id } }`;
    const added = await moderator.gql<{ addFollowUp: { id: string } }>(ADD, {
      id,
      input: { monthsAfter: 3, recordedOn: '2025-10-01', textUk: 'Через три місяці діти приходять самі.' },
    });
    const followUp = added.data!.addFollowUp.id;
    expect((await moderator.send(APPROVE, { id: followUp })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await second.send(APPROVE, { id: followUp })).data).toEqual({ approveSubmission: { outcome: 'APPROVED' } });
  });

  it('edits a case study draft, replacing its stories and links without leaving any behind', async () => {
    const created = await author.gql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: caseStudyInput('bibliotechnyi-kutochok-v-ukrytti'),
    });
    const id = created.data!.createCaseStudy.id;
    const UPDATE = `mutation($id: ID!, $input: CaseStudyContentInput!) { updateCaseStudy(id: $id, version: 1, input: $input) { version ${CONTENT} } }`;
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
      __typename: 'CaseStudyContent',
      impactStories: [{ kind: 'QUOTE', textUk: 'Нова історія.', consentGiven: true }],
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
    await author.send(SUBMIT, { type: 'CASE_STUDY', id: cs.id });
    await app.indexer.drainAll();
    await moderator.send(APPROVE, { id: (await openSubmission(cs.id)).id });
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
    await moderator.send(APPROVE, { id: added.data!.addFollowUp.id });
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
    await reporter.send(SUBMIT, { type: 'CASE_STUDY', id: caseStudyId });
    await moderator.send(APPROVE, { id: (await openSubmission(caseStudyId)).id });
    expect((await linked()).data!.myAdoptions).toEqual([{ id: adoptionId, caseStudy: { id: caseStudyId } }]);
    const again = await reporter.gql(GROW, { input: caseStudyInput(practice.slug), from: adoptionId });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'fromAdoption' });
  });
});
