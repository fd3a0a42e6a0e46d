import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, isAbstractType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { POSSIBLE_TYPES } from './apollo';

describe('the cache’s possible types', () => {
  it('name every union and interface of the schema with exactly its members', () => {
    const schema = buildSchema(readFileSync(resolve(__dirname, '../../../schema/schema.graphql'), 'utf8'));
    const fromSchema = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isAbstractType)
        .map((type) => [
          type.name,
          schema
            .getPossibleTypes(type)
            .map((t) => t.name)
            .sort(),
        ]),
    );
    const inCache = Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([name, members]) => [name, [...members].sort()]));
    expect(inCache).toEqual(fromSchema);
  });
});
