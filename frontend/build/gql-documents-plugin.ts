import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*\/gql['"];?/;
const ENTRY = /^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const VIRTUAL = 'virtual:poruch-gql/';

/** Reads the map codegen writes into gql.ts: document text → name of its export in graphql.ts. */
function readDocumentNames(gqlFile: string): Map<string, string> {
  const source = readFileSync(gqlFile, 'utf8');
  const body = source.slice(source.indexOf('const documents'));
  const names = new Map<string, string>();
  for (const [, key, name] of body.matchAll(ENTRY)) names.set(JSON.parse(key!) as string, name!);
  return names;
}

/** Each document's AST (as JSON) by its export name in graphql.ts. */
function readDocuments(graphqlFile: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, json] of readFileSync(graphqlFile, 'utf8').matchAll(DOCUMENT)) documents.set(name!, json!);
  return documents;
}

/**
 * Replaces each `graphql(`…`)` call with an import of that one document, which is what the client
 * preset's Babel plugin does. Without it, gql.ts's map puts every document of the app in whichever
 * chunk first calls `graphql`, i.e. the entry chunk. Each document is a module of its own
 * (`virtual:poruch-gql/<name>`), not an export of graphql.ts: a module used by several chunks lands
 * whole in a shared one, and graphql.ts would carry the editors' documents into every page.
 */
export function gqlDocuments(root: string): Plugin {
  const gqlDir = resolve(root, 'src/gql');
  const gqlFile = resolve(gqlDir, 'gql.ts');
  const target = resolve(gqlDir, 'graphql.ts');
  return {
    name: 'poruch:gql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      const json = readDocuments(target).get(name);
      if (!json) throw new Error(`no document ${name} in ${target}; run \`npm run codegen -w frontend\``);
      return `export default ${json};`;
    },
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const names = readDocumentNames(gqlFile);
      const imported = new Set<string>();
      const replaced = code.replace(CALL, (_match, text: string) => {
        const name = names.get(text);
        if (!name) throw new Error(`${id}: a graphql() document is missing from src/gql; run \`npm run codegen -w frontend\``);
        imported.add(name);
        return `__gql_${name}`;
      });
      if (imported.size === 0) return null;
      const imports = [...imported].map((name) => `import __gql_${name} from ${JSON.stringify(VIRTUAL + name)};`).join('\n');
      return { code: `${imports}\n${replaced.replace(IMPORT, '')}`, map: null };
    },
  };
}
