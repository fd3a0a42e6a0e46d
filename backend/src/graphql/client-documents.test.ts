import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, parse, print, validate, type DocumentNode } from 'graphql';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.js';
import { armor, REQUEST_LIMITS } from './limits.js';
import { getSchema } from './schema.js';

/**
 * Every operation the web app sends (the documents generated from its source) must pass the server's
 * limits with room to spare: at most half the cost allowed, and three levels of depth unused. The limits exist to stop abuse,
 * never the real client.
 */
async function clientOperations(): Promise<[string, DocumentNode][]> {
  // A computed path: the web app's generated module is outside this package's sources.
  const generated = (await import(pathToFileURL(resolve(REPO_ROOT, 'frontend/src/gql/graphql.ts')).href)) as Record<string, unknown>;
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
    .filter(([, value]) => (value as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
    .map(([name, value]) => [name.replace(/Document$/, ''), parse(print(value as DocumentNode))]);
}

describe('the web app’s operations and the request limits', () => {
  it('all pass, with at least half of the cost and depth limits to spare', async () => {
    const schema = await getSchema();
    const operations = await clientOperations();
    expect(operations.length).toBeGreaterThan(10);
    const measuredAll: { name: string; cost: number; depth: number; errors: string[] }[] = [];
    for (const [name, doc] of operations) {
      const measured = { cost: -1, depth: -1 };
      const probe = new ApolloArmor({
        maxDepth: { n: 1_000, flattenFragments: true, onAccept: [(_c, d: { n: number }) => void (measured.depth = d.n)] },
        costLimit: {
          maxCost: 1e9,
          objectCost: 2,
          scalarCost: 1,
          depthCostFactor: 1.5,
          onAccept: [(_c, d: { n: number }) => void (measured.cost = d.n)],
        },
      }).protect();
      expect(validate(schema, doc, probe.validationRules), name).toEqual([]);
      measuredAll.push({ name, ...measured, errors: validate(schema, doc, armor().validationRules).map((e) => e.message) });
    }
    measuredAll.sort((a, b) => b.cost - a.cost);
    console.info(
      `limits: cost ${REQUEST_LIMITS.maxCost}, depth ${REQUEST_LIMITS.maxDepth}\n` +
        measuredAll.map((m) => `${m.name}: cost ${Math.round(m.cost)}, depth ${m.depth}`).join('\n'),
    );
    for (const m of measuredAll) {
      expect(m.errors, m.name).toEqual([]);
      expect(m.cost, m.name).toBeLessThanOrEqual(REQUEST_LIMITS.maxCost / 2);
      expect(m.depth, m.name).toBeLessThanOrEqual(REQUEST_LIMITS.maxDepth - 3);
    }
  });

  it('refuses a query whose cost is over the limit before any resolver runs', async () => {
    // Lists multiply the cost: a few hundred practices, each with its case studies and their practices.
    const page = (alias: string) => `${alias}: practices(first: 100) { edges { node { titleUk caseStudies { titleUk
      organization { nameUk } practices { titleUk themes { slug nameUk } origin { nameUk } } } } } }`;
    const query = `{ ${['a', 'b', 'c', 'd'].map(page).join(' ')} }`;
    const schema = await getSchema();
    const errors = validate(schema, parse(query), armor().validationRules);
    expect(errors.map((e) => e.message).join(' ')).toMatch(/Cost limit/i);
  });
});
