import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../paths.js';
import { printSortedSchema } from './schema.js';

/**
 * Writes schema/schema.graphql from the code. With --check it writes nothing and fails when the
 * committed file differs, so a schema change can never land without its SDL.
 */
const target = resolve(REPO_ROOT, 'schema/schema.graphql');
const sdl = await printSortedSchema();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit the result');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}
