// @vitest-environment node
import { buildSchema, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRACTICE_LIST_QUERY, PRACTICE_LIST_START_QUERY, PRACTICE_LIST_THEMES_QUERY } from './practice-list.query';

// The hand-written result types follow these documents; the documents must follow the committed SDL.
const schema = buildSchema(readFileSync(new URL('../../../../../schema/schema.graphql', import.meta.url), 'utf8'));

describe('practice list query', () => {
  it.each([
    ['list', PRACTICE_LIST_QUERY],
    ['start', PRACTICE_LIST_START_QUERY],
    ['themes', PRACTICE_LIST_THEMES_QUERY],
  ])('%s is valid against schema/schema.graphql', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
