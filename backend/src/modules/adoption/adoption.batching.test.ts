import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdoption, buildCaseStudy, buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { anonymous } from '../../test-support/accounts.js';
import { dataOf } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { Practice } from '../practice/practice.entity.js';
import { BATCHED } from './testing/adoption.test-ops.js';

describe('adoption fields are batched', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const orgs = [
      await buildOrganization(em, { community: v.frontline }),
      await buildOrganization(em, { community: v.rear }),
      await buildOrganization(em),
    ];
    let previous: Practice | null = null;
    for (let i = 0; i < 20; i++) {
      const p: Practice = await buildPractice(em, { slug: `p-${String(i).padStart(2, '0')}`, adaptedFrom: previous });
      const c = await buildCaseStudy(em, { organization: orgs[i % 3]!, practices: [p] });
      for (const [n, org] of orgs.entries()) {
        await buildAdoption(em, p, org, { adoptedOn: `2025-0${n + 1}-1${i % 10}`, caseStudy: n === 0 ? c : null });
      }
      previous = p;
    }
  });
  afterAll(() => app.close());

  async function statementsFor(first: number) {
    app.sql.reset();
    const { practices } = await dataOf(anonymous(app).send(BATCHED, { first }));
    expect(practices.edges).toHaveLength(first);
    expect(practices.edges.every((e) => e.node.triedIn.communityCount === 2 && e.node.adoptions.length === 3)).toBe(true);
    return app.sql.statements.length;
  }

  it('costs the same number of SQL statements for 20 practices as for 2', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(20);
    expect(large).toBe(small);
    expect(small).toBeLessThan(25);
  });
});
