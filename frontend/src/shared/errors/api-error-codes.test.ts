import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from './api-error';

const SERVER_ERRORS = join(dirname(fileURLToPath(import.meta.url)), '../../../../backend/src/graphql/errors.ts');

describe('the error codes the web app knows', () => {
  it('are exactly the codes the API sends (backend/src/graphql/errors.ts), so every one has words', () => {
    const source = readFileSync(SERVER_ERRORS, 'utf8');
    const list = source.slice(
      source.indexOf('export const ERROR_CODES = ['),
      source.indexOf('] as const;', source.indexOf('export const ERROR_CODES')),
    );
    const serverCodes = [...list.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(serverCodes.length).toBeGreaterThan(5);
    expect([...API_ERROR_CODES].sort()).toEqual([...serverCodes].sort());
  });
});
