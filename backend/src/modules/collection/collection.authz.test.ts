import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { ACTORS, outcome, type Actor } from '../../test-support/authz.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { collectionAuthzCases } from './collection.authz.js';

describe('collections: authorization matrix', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(collectionAuthzCases.map((c, i) => [`${i + 1}. ${c.field}`, c] as const))('%s', async (_name, c) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const actor of ACTORS) {
      const owner = await signedIn(app, c.ownerRole);
      const op = await c.setup({ app, owner });
      const caller: Caller =
        actor === 'owner'
          ? owner
          : actor === 'nonOwner'
            ? await signedIn(app, c.ownerRole)
            : actor === 'anonymous'
              ? anonymous(app)
              : await signedIn(app, actor);
      seen[actor] = outcome(c, await caller.gql(op.query, op.variables));
      expected[actor] = c.allowed.includes(actor as Actor) ? 'allowed' : 'denied';
    }
    expect(seen).toEqual(expected);
  });
});
