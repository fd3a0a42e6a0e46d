import { resolve } from 'node:path';
import { loadAndValidateSeeds } from './seed.validate.js';
import { SEEDS_DIR } from './seed.paths.js';

const root = resolve(process.argv[2] ?? SEEDS_DIR);
const { catalog, problems } = loadAndValidateSeeds(root);
for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
console.log(
  Object.entries(catalog)
    .map(([k, v]) => `${k}: ${(v as unknown[]).length}`)
    .join(', '),
);
if (problems.length) {
  console.error(`${problems.length} problem(s) in ${root}`);
  process.exit(1);
}
console.log('seed data is valid');
