// @vitest-environment node
import { buildSchema, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRACTICE_LIST_QUERY } from './practice-list.query';

// The hand-written result types follow these documents; the documents must follow the committed SDL.
const schema = buildSchema(readFileSync(new URL('../../../../../schema/schema.graphql', import.meta.url), 'utf8'));

describe('practice list query', () => {
  it('is valid against schema/schema.graphql', () => {
    expect(validate(schema, PRACTICE_LIST_QUERY).map((e) => e.message)).toEqual([]);
  });
});
