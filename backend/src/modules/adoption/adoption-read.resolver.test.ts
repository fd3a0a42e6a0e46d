import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { buildAdoption, buildCaseStudy, buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { dataOf, failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { Community } from '../geography/community.entity.js';
import { TRIED_IN } from './testing/adoption.test-ops.js';

describe('tried in N communities: adoption reports and case studies on a practice', () => {
  let app: TestApp;
  let author: Caller;
  const practice = async (slug: string, first?: number) => (await dataOf(anonymous(app).send(TRIED_IN, { slug, first }))).practice!;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const kharkiv = em.create(Community, {
      slug: 'kharkiv',
      nameUk: 'Харків',
      nameEn: 'Kharkiv',
      kind: 'frontline',
      oblast: v.oblasts[1]!,
    });
    const pavA = await buildOrganization(em, { slug: 'pav-a', community: v.frontline });
    const pavB = await buildOrganization(em, { slug: 'pav-b', community: v.frontline });
    const bt = await buildOrganization(em, { slug: 'bt', community: v.rear });
    const nowhere = await buildOrganization(em, { slug: 'nowhere' });
    const kh = await buildOrganization(em, { slug: 'kh', community: kharkiv });

    const tales = await buildPractice(em, { slug: 'tales' });
    await buildPractice(em, { slug: 'tales-online', adaptedFrom: tales });
    const draft = await buildPractice(em, { slug: 'tales-draft', status: 'draft', adaptedFrom: tales });
    await buildPractice(em, { slug: 'untried' });

    const btCase = await buildCaseStudy(em, { organization: bt, practices: [tales], slug: 'bt-case', period: { start: '2024-11-01' } });
    const draftCase = await buildCaseStudy(em, {
      organization: kh,
      practices: [tales],
      slug: 'kh-draft-case',
      status: 'draft',
      period: { start: '2024-06-01' },
    });
    author = await signedIn(app, 'librarian', pavA);

    await buildAdoption(em, tales, bt, { adoptedOn: '2024-11-05', caseStudy: btCase }); // grew into bt-case
    await buildAdoption(em, tales, pavB, { adoptedOn: '2025-01-20' });
    await buildAdoption(em, tales, pavA, { adoptedOn: '2025-03-10', author: author.user!, caseStudy: draftCase });
    await buildAdoption(em, tales, nowhere, { adoptedOn: '2025-04-01' });
    await buildAdoption(em, tales, kh, { adoptedOn: '2025-05-02', status: 'hidden', hiddenReason: 'Спам.' });
    await buildAdoption(em, draft, pavA, { adoptedOn: '2025-06-01' });
  });
  afterAll(() => app.close());

  it('counts distinct communities from published reports and published case studies, with when each first tried it', async () => {
    const { triedIn } = await practice('tales');
    expect(triedIn).toEqual({
      communityCount: 2,
      organizationCount: 4, // bt, pav-a, pav-b and nowhere (no community); kh only has a hidden report and a draft case study
      communities: [
        { firstTriedOn: '2024-11-01', community: { slug: 'bila-tserkva', kind: 'REAR' } },
        { firstTriedOn: '2025-01-20', community: { slug: 'pavlohrad', kind: 'FRONTLINE' } },
      ],
    });
    expect((await practice('untried')).triedIn).toEqual({ communityCount: 0, organizationCount: 0, communities: [] });
  });

  it('lists published reports newest first, limited by first, with their published case study only', async () => {
    const all = await practice('tales');
    expect(all.adoptions.map((a) => [a.adoptedOn, a.organization.slug, a.caseStudy?.slug ?? null])).toEqual([
      ['2025-04-01', 'nowhere', null],
      ['2025-03-10', 'pav-a', null], // its case study is a draft
      ['2025-01-20', 'pav-b', null],
      ['2024-11-05', 'bt', 'bt-case'],
    ]);
    expect(all.adoptions.every((a) => a.mine === false)).toBe(true);
    const asAuthor = await dataOf(author.send(TRIED_IN, { slug: 'tales' }));
    expect(asAuthor.practice!.adoptions.map((a) => a.mine)).toEqual([false, true, false, false]);
    expect((await practice('tales', 2)).adoptions.map((a) => a.adoptedOn)).toEqual(['2025-04-01', '2025-03-10']);
    expect(failure(await anonymous(app).send(TRIED_IN, { slug: 'tales', first: 101 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('charts adoptions by month, counting a report that grew into a case study once, with empty months filled', async () => {
    expect((await practice('tales')).adoptionTimeline).toEqual([
      { month: '2024-11', count: 1 },
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 1 },
      { month: '2025-02', count: 0 },
      { month: '2025-03', count: 1 },
      { month: '2025-04', count: 1 },
    ]);
    expect((await practice('untried')).adoptionTimeline).toEqual([]);
  });

  it('shows lineage: published practices adapted from this one', async () => {
    expect((await practice('tales')).adaptations).toEqual([{ slug: 'tales-online' }]);
    expect((await practice('untried')).adaptations).toEqual([]);
  });

  it('lists an organisation’s published reports of published practices', async () => {
    const q = `query($slug: String!) { organization(slug: $slug) { adoptions { adoptedOn practice { slug } } } }`;
    const pavA = await anonymous(app).gql(q, { slug: 'pav-a' });
    expect(pavA.data).toEqual({ organization: { adoptions: [{ adoptedOn: '2025-03-10', practice: { slug: 'tales' } }] } });
    const kh = await anonymous(app).gql(q, { slug: 'kh' });
    expect(kh.data).toEqual({ organization: { adoptions: [] } });
  });
});
