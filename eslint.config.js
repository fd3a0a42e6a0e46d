import { dirname, relative, resolve, sep } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const BACKEND_TEST_FILES = [
  'backend/src/**/*.test.ts',
  'backend/src/**/testing/**',
  'backend/src/test-support/**',
  'backend/src/hostile/**',
  'backend/src/reliability/**',
];
const TEST_SUPPORT = {
  group: ['**/testing/*', '**/test-support/*', '**/hostile/*', '**/reliability/*'],
  message: 'Production code does not import test support (docs/CONVENTIONS.md).',
};
const SEED = {
  group: ['**/seed/*'],
  message: 'The domain does not import the seed loader; seed/ depends on modules/ (docs/CONVENTIONS.md).',
};

const REVIEW = {
  group: ['**/review/*'],
  message: 'Review depends on contribution, never the reverse (docs/CONVENTIONS.md).',
};

// Web app import zones (docs/CONVENTIONS.md): a feature imports itself and what is shared, never another
// feature; shared/ imports no feature; app/ (the route table and the shell) assembles features. Judged on the
// resolved path, so `@/features/x/…`, `../x/…` and import() alike.
const WEB_SRC = resolve(import.meta.dirname, 'frontend/src');
/** The doors left between features, each with why; `to` is a file under frontend/src/features/. */
const FEATURE_DOORS = [
  // «Зберегти офлайн» and the offline search: the offline feature's loaders for other pages' React.lazy,
  // which import nothing statically, so naming them adds no code to a page's first download.
  { from: ['search', 'saved', 'collections'], to: 'offline/components/keep-loader.ts' },
  // A reader's actions on a practice or case study (save it, add it to a collection, keep it offline) are the
  // saved feature's, loaded after the page once the reader is known: the record pages show them through it.
  { from: ['practices', 'case-studies'], to: 'saved/components/LazyRecordActions.tsx' },
];

/** `features/<name>` or `shared` for a path under frontend/src, else undefined. */
function zoneOf(path) {
  const [top, name] = relative(WEB_SRC, path).split(sep);
  if (top === 'features' && name) return { feature: name };
  if (top === 'shared') return { shared: true };
  return undefined;
}

const webZones = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = zoneOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !(source.startsWith('@/') || source.startsWith('.'))) return;
      const target = source.startsWith('@/') ? resolve(WEB_SRC, source.slice(2)) : resolve(dirname(context.filename), source);
      const to = zoneOf(target);
      if (!to?.feature || to.feature === from.feature) return;
      const file = relative(resolve(WEB_SRC, 'features'), target).split(sep).join('/');
      if (
        from.feature &&
        FEATURE_DOORS.some((door) => door.from.includes(from.feature) && door.to.replace(/\.tsx?$/, '') === file.replace(/\.tsx?$/, ''))
      )
        return;
      const who = from.shared ? 'shared/ imports no feature' : `features/${from.feature} does not import features/${to.feature}`;
      context.report({ node: node.source, message: `${who}: move what both need into shared/ (docs/CONVENTIONS.md).` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/dist-*/**', '.data/**', 'frontend/src/gql/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  // A promise nobody awaits loses its failure: await it, handle it, or say `void` on purpose (type-aware).
  {
    files: ['backend/src/**/*.ts', 'frontend/src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  // The two rules of hooks: called unconditionally, and effects list what they read.
  {
    files: ['frontend/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Test support (testing/ folders, test-support/, the hostile and reliability suites) is for tests only;
  // the domain (modules/) does not depend on the seed loader, which depends on the domain.
  {
    files: ['backend/src/**/*.ts'],
    ignores: BACKEND_TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_SUPPORT] }] },
  },
  {
    files: ['backend/src/modules/**/*.ts'],
    ignores: BACKEND_TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_SUPPORT, SEED] }] },
  },
  {
    files: ['backend/src/modules/contribution/**/*.ts'],
    ignores: BACKEND_TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_SUPPORT, SEED, REVIEW] }] },
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    plugins: { poruch: { rules: { 'web-zones': webZones } } },
    rules: { 'poruch/web-zones': 'error' },
  },
);
