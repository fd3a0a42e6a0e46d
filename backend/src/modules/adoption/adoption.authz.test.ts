import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { ACTORS, outcome, type Actor } from '../../test-support/authz.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { adoptionAuthzCases } from './adoption.authz.js';

describe('adoption authorization matrix', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(adoptionAuthzCases.map((c) => [c.field, c] as const))('%s: allowed exactly for its listed actors', async (_field, c) => {
    const seen: Partial<Record<Actor, 'allowed' | 'denied'>> = {};
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
    }
    const expected = Object.fromEntries(ACTORS.map((a) => [a, c.allowed.includes(a) ? 'allowed' : 'denied']));
    expect(seen).toEqual(expected);
  });
});
