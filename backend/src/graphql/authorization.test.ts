import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAuthzCases } from '../modules/account/testing/account.authz.js';
import { adoptionAuthzCases } from '../modules/adoption/testing/adoption.authz.js';
import { collectionAuthzCases } from '../modules/collection/testing/collection.authz.js';
import { contributionAuthzCases } from '../modules/contribution/testing/contribution.authz.js';
import { notificationAuthzCases } from '../modules/notification/testing/notification.authz.js';
import { invitationAuthzCases } from '../modules/invitation/testing/invitation.authz.js';
import { reviewAuthzCases } from '../modules/review/testing/review.authz.js';
import { callerFor, signedIn } from '../test-support/accounts.js';
import { ACTORS, outcome } from '../test-support/authz.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { getSchema } from './schema.js';

/**
 * The authorization matrix: every mutation and every non-public query, run as nobody, as each role,
 * as the record's owner, as a non-owner and (on a collection) as a co-curator, each cell from fresh
 * state. A denial must have the row's form: null or NOT_FOUND where the caller may not see the target,
 * FORBIDDEN where they may see it but not do this, UNAUTHENTICATED for nobody. A new operation without a row
 * here fails the completeness test below.
 */
const CASES = [
  ...accountAuthzCases,
  ...contributionAuthzCases,
  ...reviewAuthzCases,
  ...adoptionAuthzCases,
  ...collectionAuthzCases,
  ...notificationAuthzCases,
  ...invitationAuthzCases,
];

/** Queries anyone may run; what they return is filtered to published, consented, public data. */
const PUBLIC_QUERIES = [
  'audiences',
  'caseStudies',
  'caseStudy',
  'collections',
  'communities',
  'community',
  'formats',
  'me',
  'oblasts',
  'organization',
  'organizations',
  'partnerships',
  'practice',
  'practices',
  'search',
  'themes',
];

/** Collection operations that target no one collection, so have no co-curator column. */
const UNTARGETED_COLLECTION_OPERATIONS = ['createCollection', 'myCollections', 'mySavedList', 'saveToMyList'];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app?.close());

describe('authorization matrix', () => {
  it('has a row for every mutation and every query that is not public', async () => {
    const schema = await getSchema();
    const covered = new Set(CASES.map((c) => c.field));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(mutations.filter((m) => !covered.has(m))).toEqual([]);
    expect(queries.filter((q) => !covered.has(q) && !PUBLIC_QUERIES.includes(q))).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.kind} ${c.field}`, c] as const))('%s', async (_name, c) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const actor of ACTORS) {
      const owner = await signedIn(app, c.ownerRole);
      const op = await c.setup({ app, owner });
      if (collectionAuthzCases.includes(c) && !UNTARGETED_COLLECTION_OPERATIONS.includes(c.field)) {
        expect(op.collectionId, `${c.field} names its collection for the co-curator column`).toBeDefined();
      }
      if (actor === 'coCurator' && !op.collectionId) continue;
      const caller = await callerFor(app, actor, c, owner, op.collectionId);
      seen[actor] = outcome(c, actor, await caller.gql(op.query, op.variables));
      expected[actor] = c.allowed.includes(actor) ? 'allowed' : 'denied';
    }
    expect(seen).toEqual(expected);
  });
});
