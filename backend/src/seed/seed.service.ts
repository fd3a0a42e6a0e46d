import type { EntityManager } from '@mikro-orm/postgresql';
import { loadSeeds, type SeedReport } from './seed.load.js';
import { loadAndValidateSeeds } from './seed.validate.js';

/** Validates the seed folder and loads it; refuses to load anything when a file has a problem. */
export async function seedFromFolder(em: EntityManager, root: string): Promise<SeedReport> {
  const { catalog, problems } = loadAndValidateSeeds(root);
  if (problems.length) {
    throw new Error(
      `seed data has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
    );
  }
  return loadSeeds(em, catalog);
}
