import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaseStudy, buildCollection, buildOrganization, buildPractice, buildVocabulary } from '../test-support/factories.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

/** Every nested field of the read API, in one list query. */
const EVERYTHING = `query($first: Int!) {
  practices(first: $first) {
    totalCount
    edges { node {
      slug themes { slug } audiences { slug } formats { slug }
      origin { slug parent { slug } community { slug oblast { slug } partners { community { slug } partnership { slug } } } }
      adaptedFrom { slug origin { slug } themes { slug } }
      caseStudies {
        slug organization { slug community { slug } } partners { slug } participantAudiences { slug }
        impactStories { textUk } followUps { textUk } practices { slug } adaptations { adaptationUk practice { slug } }
      }
    } }
  }
  collections { slug items { position noteUk target { __typename ... on Practice { slug themes { slug } } ... on CaseStudy { slug organization { slug } } } } }
}`;

describe('nested fields are batched', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const parent = await buildOrganization(em, { slug: 'system', community: v.frontline });
    const org = await buildOrganization(em, { slug: 'branch', community: v.frontline, parent });
    const { Partnership } = await import('../modules/geography/partnership.entity.js');
    em.create(Partnership, { slug: 'pair', communityA: v.rear, communityB: v.frontline, programmeUk: 'Пліч-о-пліч' });
    const practices = [];
    for (let i = 0; i < 50; i++) {
      const p = await buildPractice(
        em,
        { slug: `p-${String(i).padStart(2, '0')}`, originOrganization: org, adaptedFrom: practices[0] ?? null },
        { themes: ['play-therapy', 'idp-families'], audiences: ['youth'] },
      );
      practices.push(p);
      await buildCaseStudy(em, { organization: org, practices: [p], slug: `c-${i}` });
    }
    for (let i = 0; i < 3; i++) await buildCollection(em, practices.slice(i * 5, i * 5 + 5));
  });
  afterAll(() => app.close());

  async function statementsFor(first: number) {
    app.sql.reset();
    const res = await app.gql<{ practices: { edges: unknown[] } }>(EVERYTHING, { first });
    expect(res.errors).toBeUndefined();
    expect(res.data!.practices.edges).toHaveLength(first);
    return app.sql.statements.length;
  }

  it('costs no more SQL statements for 50 items than for 2', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(50);
    console.log(`SQL statements: ${small} for 2 practices, ${large} for 50`);
    expect(large).toBeLessThanOrEqual(small);
    expect(large).toBeLessThan(40);
  });
});
