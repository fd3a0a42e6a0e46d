/**
 * The size budget: gzipped JavaScript a reader downloads before the home, search and practice pages first
 * render (the entry chunk, the route's lazy chunk, and every chunk they import statically).
 * Reads dist/.vite/manifest.json, so run `npm run build -w frontend` first (the root
 * `npm run check:size` does). Exits 1 when a route is over budget.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const BUDGET_KB = 140;
const ROUTES: Record<string, string> = {
  home: 'src/features/home/components/HomePage.tsx',
  search: 'src/features/search/components/SearchPage.tsx',
  practice: 'src/features/practices/components/PracticePage.tsx',
};

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', process.env.E2E_DIST ?? 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
const gzipped = new Map<string, number>();
const gzipKb = (file: string) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024);
  return gzipped.get(file)!;
};

/** `key` and everything it imports statically, each chunk once. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest; was it renamed?`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entry) throw new Error('the build manifest has no entry chunk');
const entryChunks = closure(entry);
const entryKb = [...entryChunks].reduce((sum, key) => sum + gzipKb(manifest[key]!.file), 0);

let over = false;
console.log(`Initial JavaScript, gzipped (budget ${BUDGET_KB} KB per route)`);
console.log(`  entry (shared by every route): ${entryKb.toFixed(1)} KB`);
for (const [route, source] of Object.entries(ROUTES)) {
  const chunks = closure(source, new Set(entryChunks));
  const own = [...chunks].filter((key) => !entryChunks.has(key));
  const routeKb = own.reduce((sum, key) => sum + gzipKb(manifest[key]!.file), 0);
  const total = entryKb + routeKb;
  const verdict = total <= BUDGET_KB ? 'ok' : 'OVER';
  if (total > BUDGET_KB) over = true;
  console.log(`  ${route.padEnd(7)} ${total.toFixed(1)} KB = entry + ${routeKb.toFixed(1)} KB (${own.length} chunks)  ${verdict}`);
}

console.log('  largest initial chunks:');
const all = new Set([...entryChunks, ...Object.values(ROUTES).flatMap((source) => [...closure(source)])]);
[...all]
  .map((key) => ({ file: manifest[key]!.file, kb: gzipKb(manifest[key]!.file) }))
  .sort((a, b) => b.kb - a.kb)
  .slice(0, 5)
  .forEach(({ file, kb }) => console.log(`    ${kb.toFixed(1).padStart(6)} KB  ${file}`));

process.exit(over ? 1 : 0);
