import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const LIST = `query List($filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {
  practices(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { slug titleUk } }
  }
}`;

type ListData = {
  practices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { slug: string } }[] };
};

describe('practices and practice(slug)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const pavlohrad = await buildOrganization(em, { slug: 'pavlohrad-lib', community: v.frontline });
    const bilaTserkva = await buildOrganization(em, { slug: 'bt-lib', community: v.rear });
    const shelter = await buildPractice(
      em,
      {
        slug: 'shelter-tales',
        originOrganization: pavlohrad,
        conditions: { worksInShelter: true, needsPower: false },
        evidenceLevel: 'evaluated',
      },
      { themes: ['fairy-tale-therapy', 'play-therapy'], audiences: ['children-6-9'], formats: ['in-person'] },
    );
    await buildPractice(
      em,
      { slug: 'online-club', originOrganization: bilaTserkva, conditions: { needsInternet: true }, adaptedFrom: shelter },
      { themes: ['idp-families'], audiences: ['youth'], formats: ['online'] },
    );
    await buildPractice(
      em,
      { slug: 'games', originOrganization: bilaTserkva },
      { themes: ['play-therapy'], audiences: ['children-6-9', 'idp-families'] },
    );
    await buildPractice(em, { slug: 'draft-one', status: 'draft', originOrganization: pavlohrad }, { themes: ['play-therapy'] });
    await buildPractice(em, { slug: 'archived-one', status: 'archived', originOrganization: pavlohrad }, { themes: ['play-therapy'] });
  });
  afterAll(() => app.close());

  const slugs = (data: ListData | null | undefined) => data!.practices.edges.map((e) => e.node.slug).sort();

  it('lists published practices only', async () => {
    const res = await app.gql<ListData>(LIST);
    expect(res.errors).toBeUndefined();
    expect(slugs(res.data)).toEqual(['games', 'online-club', 'shelter-tales']);
    expect(res.data!.practices.totalCount).toBe(3);
  });

  it('returns null for an unknown slug and for drafts', async () => {
    const q = `query($slug: String!) { practice(slug: $slug) { slug } }`;
    expect((await app.gql(q, { slug: 'shelter-tales' })).data).toEqual({ practice: { slug: 'shelter-tales' } });
    expect((await app.gql(q, { slug: 'no-such-practice' })).data).toEqual({ practice: null });
    expect((await app.gql(q, { slug: 'draft-one' })).data).toEqual({ practice: null });
    expect((await app.gql(q, { slug: 'archived-one' })).data).toEqual({ practice: null });
  });

  it('combines filters with OR inside a field and AND across fields', async () => {
    const anyTheme = await app.gql<ListData>(LIST, { filter: { themes: ['fairy-tale-therapy', 'idp-families'] } });
    expect(slugs(anyTheme.data)).toEqual(['online-club', 'shelter-tales']);

    const both = await app.gql<ListData>(LIST, { filter: { themes: ['play-therapy'], audiences: ['idp-families'] } });
    expect(slugs(both.data)).toEqual(['games']);
    expect(both.data!.practices.totalCount).toBe(1);
  });

  it('filters by place, organisation, evidence and conditions', async () => {
    const cases: [object, string[]][] = [
      [{ communityKinds: ['FRONTLINE'] }, ['shelter-tales']],
      [{ oblasts: ['kyiv'] }, ['games', 'online-club']],
      [{ organizations: ['bt-lib'] }, ['games', 'online-club']],
      [{ evidenceLevels: ['EVALUATED', 'REPLICATED'] }, ['shelter-tales']],
      [{ worksInShelter: true }, ['shelter-tales']],
      [{ needsNoPower: true }, ['shelter-tales']],
      [{ needsNoInternet: true }, ['games', 'shelter-tales']],
      [{ formats: ['online'] }, ['online-club']],
      [{ worksInShelter: true, organizations: ['bt-lib'] }, []],
    ];
    for (const [filter, expected] of cases) {
      const res = await app.gql<ListData>(LIST, { filter });
      expect(res.errors, JSON.stringify(filter)).toBeUndefined();
      expect(slugs(res.data), JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('pages through every record exactly once with cursors, in both orders', async () => {
    for (const orderBy of ['NEWEST', 'TITLE']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const res: { data?: ListData | null } = await app.gql<ListData>(LIST, { first: 1, after, orderBy });
        const page: ListData['practices'] = res.data!.practices;
        seen.push(...page.edges.map((e) => e.node.slug));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen.length, orderBy).toBe(3);
      expect(new Set(seen).size, orderBy).toBe(3);
      if (orderBy === 'TITLE') expect(seen).toEqual([...seen].sort());
    }
  });

  it('rejects bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const tooMany = await app.gql(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooMany.errors?.[0]?.message).toMatch(/first/);

    const badCursor = await app.gql(LIST, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const badEnumVariable = await app.gql(LIST, { orderBy: 'POPULAR' });
    expect(badEnumVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnumVariable.errors?.[0]?.message).toMatch(/orderBy/);

    const badEnumLiteral = await app.gql(`{ practices(orderBy: POPULAR) { totalCount } }`);
    expect(badEnumLiteral.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(badEnumLiteral.errors?.some((e) => /orderBy/.test(e.message))).toBe(true);

    const unknownTheme = await app.gql(LIST, { filter: { themes: ['no-such-theme'] } });
    expect(unknownTheme.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.themes' });
    expect(unknownTheme.errors?.[0]?.message).toMatch(/no-such-theme/);

    const notASlug = await app.gql(LIST, { filter: { themes: ['Not A Slug'] } });
    expect(notASlug.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notASlug.errors?.[0]?.message).toMatch(/themes/);
  });

  it('shows lineage, origin and taxonomy of a practice', async () => {
    const res = await app.gql(`{ practice(slug: "online-club") {
      adaptedFrom { slug } origin { slug community { slug kind oblast { slug } } }
      themes { slug nameUk nameEn } formats { slug } audiences { slug }
      conditions { needsInternet worksInShelter } steps { number titleUk }
    } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      practice: {
        adaptedFrom: { slug: 'shelter-tales' },
        origin: { slug: 'bt-lib', community: { slug: 'bila-tserkva', kind: 'REAR', oblast: { slug: 'kyiv' } } },
        themes: [{ slug: 'idp-families', nameUk: 'uk:idp-families', nameEn: 'en:idp-families' }],
        formats: [{ slug: 'online' }],
        audiences: [{ slug: 'youth' }],
        conditions: { needsInternet: true, worksInShelter: false },
        steps: [{ number: 1, titleUk: 'Крок один' }],
      },
    });
  });
});
