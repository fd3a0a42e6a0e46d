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
);
