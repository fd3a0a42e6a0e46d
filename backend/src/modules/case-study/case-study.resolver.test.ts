import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaseStudy, buildCollection, buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { FollowUp } from './impact.entity.js';

describe('case studies, collections and places: only what is public is visible', () => {
  let app: TestApp;
  let publishedId: string;
  let draftId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const org = await buildOrganization(em, { slug: 'pavlohrad-lib', community: v.frontline });
    const partner = await buildOrganization(em, { slug: 'ngo', kind: 'ngo' });
    const practice = await buildPractice(em, { slug: 'tales', originOrganization: org }, { themes: ['fairy-tale-therapy'] });
    const hidden = await buildPractice(em, { slug: 'hidden', status: 'submitted' });
    const published = await buildCaseStudy(em, {
      organization: org,
      practices: [practice, hidden],
      slug: 'tales-in-shelter',
      period: { end: null },
    });
    const { CaseStudyPartner } = await import('./case-study-links.entity.js');
    em.create(CaseStudyPartner, { caseStudy: published, organization: partner });
    em.create(FollowUp, {
      caseStudy: published,
      monthsAfter: 3,
      recordedOn: '2025-05-01',
      textUk: 'Через три місяці.',
      status: 'published',
    });
    em.create(FollowUp, { caseStudy: published, monthsAfter: 6, recordedOn: '2025-08-01', textUk: 'Ще на розгляді.', status: 'submitted' });
    await em.flush();
    publishedId = published.id;
    draftId = (await buildCaseStudy(em, { organization: org, practices: [practice], slug: 'draft-case', status: 'draft' })).id;
    await buildCaseStudy(em, { organization: org, practices: [practice], slug: 'rejected-case', status: 'rejected' });
    await buildCollection(em, [practice, hidden, published], { slug: 'public-set' });
    await buildCollection(em, [practice], { slug: 'link-set', visibility: 'unlisted' });
    await buildCollection(em, [practice], { slug: 'private-set', visibility: 'private' });
  });
  afterAll(() => app.close());

  it('shows a published case study with its parts, leaving out unpublished practices, non-consented stories and pending follow-ups', async () => {
    const res = await app.gql(
      `query($id: ID) { caseStudy(id: $id) {
        slug period { start end ongoing } outcomes { labelUk value unitUk }
        practices { slug } adaptations { practice { slug } }
        organization { slug community { kind } } partners { slug }
        impactStories { textUk attributionUk } followUps { monthsAfter textUk }
      } }`,
      { id: publishedId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      caseStudy: {
        slug: 'tales-in-shelter',
        period: { start: '2025-02-01', end: null, ongoing: true },
        outcomes: [{ labelUk: 'Зустрічі', value: 8, unitUk: 'зустрічей' }],
        practices: [{ slug: 'tales' }],
        adaptations: [{ practice: { slug: 'tales' } }],
        organization: { slug: 'pavlohrad-lib', community: { kind: 'FRONTLINE' } },
        partners: [{ slug: 'ngo' }],
        impactStories: [{ textUk: 'Діти сміялися.', attributionUk: 'мама' }],
        followUps: [{ monthsAfter: 3, textUk: 'Через три місяці.' }],
      },
    });
  });

  it('hides drafts by id and by slug, and in lists and nested fields', async () => {
    expect((await app.gql(`query($id: ID) { caseStudy(id: $id) { slug } }`, { id: draftId })).data).toEqual({ caseStudy: null });
    expect((await app.gql(`{ caseStudy(slug: "draft-case") { slug } }`)).data).toEqual({ caseStudy: null });
    expect((await app.gql(`{ caseStudy(id: "not-a-uuid") { slug } }`)).data).toEqual({ caseStudy: null });
    const list = await app.gql<{ caseStudies: { totalCount: number; edges: { node: { slug: string } }[] } }>(
      `{ caseStudies { totalCount edges { node { slug } } } }`,
    );
    expect(list.data!.caseStudies.edges.map((e) => e.node.slug)).toEqual(['tales-in-shelter']);
    expect(list.data!.caseStudies.totalCount).toBe(1);
    const nested = await app.gql(`{ practice(slug: "tales") { caseStudies { slug } } }`);
    expect(nested.data).toEqual({ practice: { caseStudies: [{ slug: 'tales-in-shelter' }] } });
  });

  it('filters case studies by practice, theme and place', async () => {
    const q = `query($filter: CaseStudyFilter) { caseStudies(filter: $filter) { totalCount } }`;
    const count = async (filter: object) =>
      (await app.gql<{ caseStudies: { totalCount: number } }>(q, { filter })).data?.caseStudies.totalCount;
    expect(await count({ practices: ['tales'] })).toBe(1);
    expect(await count({ themes: ['fairy-tale-therapy'] })).toBe(1);
    expect(await count({ themes: ['patriotic-education'] })).toBe(0);
    expect(await count({ communityKinds: ['REAR'] })).toBe(0);
    expect(await count({ oblasts: ['dnipropetrovsk'] })).toBe(1);
  });

  it('asks for exactly one of id or slug', async () => {
    const res = await app.gql(`{ caseStudy { slug } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('shows public collections by slug, lists only public ones, never unlisted or private ones', async () => {
    const one = `query($slug: String!) { collection(slug: $slug) { slug items { position noteUk target { __typename ... on Practice { slug } ... on CaseStudy { slug } } } } }`;
    const pub = await app.gql(one, { slug: 'public-set' });
    expect(pub.data).toEqual({
      collection: {
        slug: 'public-set',
        items: [
          { position: 1, noteUk: 'Нотатка 1', target: { __typename: 'Practice', slug: 'tales' } },
          { position: 2, noteUk: 'Нотатка 3', target: { __typename: 'CaseStudy', slug: 'tales-in-shelter' } },
        ],
      },
    });
    // Unlisted ones are read through their link (sharedCollection), not by slug.
    expect((await app.gql(one, { slug: 'link-set' })).data).toEqual({ collection: null });
    expect((await app.gql(one, { slug: 'private-set' })).data).toEqual({ collection: null });
    const list = await app.gql<{ collections: { slug: string }[] }>(`{ collections { slug } }`);
    expect(list.data!.collections.map((c) => c.slug)).toEqual(['public-set']);
  });

  it('shows communities with their partners, and organisations with their community', async () => {
    const { Partnership } = await import('../geography/partnership.entity.js');
    const { Community } = await import('../geography/community.entity.js');
    const em = app.orm.em.fork();
    const [a, b] = await Promise.all([
      em.findOneOrFail(Community, { slug: 'bila-tserkva' }),
      em.findOneOrFail(Community, { slug: 'pavlohrad' }),
    ]);
    em.create(Partnership, { slug: 'bt-pv', communityA: a, communityB: b, programmeUk: 'Пліч-о-пліч', signedOn: '2024-12-01' });
    await em.flush();

    const res = await app.gql(`{
      community(slug: "pavlohrad") { kind oblast { slug } partners { community { slug kind } partnership { slug programmeUk signedOn } } }
      communities(kind: REAR) { slug }
      partnerships { slug communities { slug } }
      organization(slug: "pavlohrad-lib") { community { slug } }
      organizations(kinds: [NGO]) { slug }
      missing: community(slug: "nowhere") { slug }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      community: {
        kind: 'FRONTLINE',
        oblast: { slug: 'dnipropetrovsk' },
        partners: [
          {
            community: { slug: 'bila-tserkva', kind: 'REAR' },
            partnership: { slug: 'bt-pv', programmeUk: 'Пліч-о-пліч', signedOn: '2024-12-01' },
          },
        ],
      },
      communities: [{ slug: 'bila-tserkva' }],
      partnerships: [{ slug: 'bt-pv', communities: [{ slug: 'bila-tserkva' }, { slug: 'pavlohrad' }] }],
      organization: { community: { slug: 'pavlohrad' } },
      organizations: [{ slug: 'ngo' }],
      missing: null,
    });
  });

  it('lists the vocabularies in display order', async () => {
    const res = await app.gql<{ themes: { slug: string }[]; formats: { slug: string }[] }>(`{ themes { slug } formats { slug } }`);
    expect(res.data!.themes.map((t) => t.slug)).toEqual(['play-therapy', 'fairy-tale-therapy', 'patriotic-education', 'idp-families']);
    expect(res.data!.formats.map((t) => t.slug)).toEqual(['in-person', 'online']);
  });
});
