import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { parse, validate } from 'graphql';
import { armor, REQUEST_LIMITS } from '../../graphql/limits.js';
import { getSchema } from '../../graphql/schema.js';
import { signedIn } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { Collection, CollectionItem } from './collection.entity.js';

const ORGANIZATION = `nameUk kind community { nameUk kind oblast { nameUk } }`;

/** What the web app asks for to print a collection as a workshop handout. */
export const HANDOUT = `query CollectionHandout($slug: String!) {
  collection(slug: $slug) {
    id slug titleUk titleEn descriptionUk visibility updatedAt
    curator { displayName }
    coCurators { displayName }
    items {
      position noteUk
      target {
        __typename
        ... on Practice {
          slug titleUk summaryUk descriptionUk goals durationMinutes evidenceLevel licence
          groupSize { min max }
          steps { number titleUk detailsUk }
          resources { staff volunteers materialsUk budgetBand }
          partnersNeeded
          conditions { worksInShelter needsPower needsInternet securityContext }
          safeguarding { consentRequired noPhotosOfChildren psychologistNeeded notesUk }
          themes { nameUk }
          audiences { nameUk }
          origin { ${ORGANIZATION} }
        }
        ... on CaseStudy {
          slug titleUk summaryUk needUk whatWasDoneUk participantCount volunteers challengesUk adviceUk
          period { start end ongoing }
          outcomes { labelUk value unitUk }
          impactStories { kind textUk attributionUk }
          organization { ${ORGANIZATION} }
        }
      }
    }
  }
}`;

type Org = { nameUk: string; community: { nameUk: string; oblast: { nameUk: string } } | null } | null;
interface Handout {
  collection: {
    titleUk: string;
    curator: { displayName: string };
    items: {
      position: number;
      noteUk: string | null;
      target: {
        __typename: string;
        slug: string;
        titleUk: string;
        summaryUk: string;
        steps?: unknown[];
        resources?: { materialsUk: string[] };
        safeguarding?: Record<string, unknown>;
        origin?: Org;
        organization?: Org;
      };
    }[];
  } | null;
}

describe('printing a collection as a workshop handout', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app.close());

  it('gets everything in one request within the depth and cost limits, for every seeded collection', async () => {
    const seeded = await app.orm.em.fork().find(Collection, {}, { populate: ['items'] });
    expect(seeded.length).toBeGreaterThanOrEqual(5);
    // An admin reads every seeded collection, whatever its visibility.
    const admin = await signedIn(app, 'admin');
    for (const c of seeded) {
      expect(c.owner ?? null).toBeNull(); // editorial: from the seed data, no owner
      const res = await admin.gql<Handout>(HANDOUT, { slug: c.slug });
      expect(res.errors, `${c.slug}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      const h = res.data!.collection!;
      expect(h.curator.displayName).toBe(c.curatorNameUk);
      expect(h.items.map((i) => i.position)).toEqual(c.items.getItems().map((_, i) => i + 1));
      for (const item of h.items) {
        const t = item.target;
        expect(t.titleUk.length).toBeGreaterThan(0);
        expect(t.summaryUk.length).toBeGreaterThan(0);
        if (t.__typename === 'Practice') {
          expect(t.steps!.length).toBeGreaterThan(0);
          expect(Array.isArray(t.resources!.materialsUk)).toBe(true);
          expect(Object.keys(t.safeguarding!).sort()).toEqual(['consentRequired', 'noPhotosOfChildren', 'notesUk', 'psychologistNeeded']);
          expect(t.origin?.community?.oblast.nameUk, `${t.slug} origin`).toBeTruthy();
        } else {
          expect(t.organization?.community?.oblast.nameUk, `${t.slug} organisation`).toBeTruthy();
        }
      }
    }
    // Seeded positions are stored 1..n, as the app keeps them.
    const positions = await app.orm.em.fork().find(CollectionItem, { collection: seeded[0]!.id }, { orderBy: { position: 'asc' } });
    expect(positions.map((p) => p.position)).toEqual(positions.map((_, i) => i + 1));
  });

  it('measures the handout against the limits: cost and depth well inside them', async () => {
    // The same weights as graphql/limits.ts, with callbacks that report the measured figures.
    const measured = { cost: -1, depth: -1 };
    const probe = new ApolloArmor({
      maxDepth: { n: 1_000, flattenFragments: true, onAccept: [(_ctx, d: { n: number }) => void (measured.depth = d.n)] },
      costLimit: {
        maxCost: 1e9,
        objectCost: 2,
        scalarCost: 1,
        depthCostFactor: 1.5,
        onAccept: [(_ctx, d: { n: number }) => void (measured.cost = d.n)],
      },
    }).protect();
    const schema = await getSchema();
    expect(validate(schema, parse(HANDOUT), probe.validationRules)).toEqual([]);
    expect(validate(schema, parse(HANDOUT), armor().validationRules)).toEqual([]);
    console.info(
      `handout query: cost ${measured.cost} of ${REQUEST_LIMITS.maxCost}, depth ${measured.depth} of ${REQUEST_LIMITS.maxDepth}`,
    );
    expect(measured.depth).toBeGreaterThan(5);
    expect(measured.depth).toBeLessThanOrEqual(REQUEST_LIMITS.maxDepth - 2);
    expect(measured.cost).toBeGreaterThan(100);
    expect(measured.cost).toBeLessThan(REQUEST_LIMITS.maxCost / 4);
  });
});
