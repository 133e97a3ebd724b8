import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// One owner per engine (ARCHITECTURE.md): each storage library may be imported only by the
// module that owns it. Everything else goes through that module's exports.
const engines = [
  {
    name: 'pouchdb',
    pattern: ['pouchdb', 'pouchdb-*'],
    owners: ['src/lib/data/pouch/**', 'sync-server/src/embedded/**', 'tests/**'],
  },
  { name: 'dexie', pattern: ['dexie', 'dexie/*'], owners: ['src/lib/data/dexie/**'] },
  { name: 'nano', pattern: ['nano'], owners: ['sync-server/src/couch/**'] },
];

const restrictFor = (except) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: engines
        .filter((e) => e !== except)
        .map((e) => ({
          // A regex on the bare specifier: gitignore-style groups would also match the owner
          // folders themselves (e.g. `$lib/data/dexie/app.db`).
          regex: `^(${e.pattern.map((p) => p.replace('*', '.*')).join('|')})$`,
          message: `Only ${e.owners[0]} may import ${e.name}; use its exports instead.`,
        })),
    },
  ],
});

export default ts.config(
  {
    ignores: [
      'node_modules/',
      '.svelte-kit/',
      'build/',
      'data/',
      '.data/',
      'bench-results/',
      'test-results/',
      'playwright-report/',
      'patches/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: ['playwright.config.ts', 'vitest.config.ts', '*.config.js'],
        },
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      ...restrictFor(null),
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { parser: ts.parser, svelteConfig },
    },
  },
  ...engines.map((engine) => ({ files: engine.owners, rules: restrictFor(engine) })),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...ts.configs.disableTypeChecked,
  },
);
