import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream',
  'events', 'buffer', 'worker_threads', 'zlib', 'process',
];

/** Runtime boundaries (docs/architecture.md): each folder may only import what its process has. */
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // shared/ is pure: it runs unchanged in main, renderer, CLI and tests.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'react', 'react-dom', 'better-sqlite3', 'zustand', 'exceljs', ...nodeBuiltins]
          .map((name) => ({ name, message: 'shared/ must stay pure (no platform code).' })),
        patterns: [
          { group: ['node:*'], message: 'shared/ must stay pure (no Node built-ins).' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may not depend on a process layer.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname', 'localStorage', 'navigator'],
    },
  },
  {
    // The backend runs in plain Node: only the Electron shell may import electron.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and electron/shell/ may import electron; the backend runs in plain Node.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'The backend may not import renderer code.' }],
      }],
    },
  },
  {
    // The renderer reaches the backend only through the typed API.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: ['electron', 'better-sqlite3', ...nodeBuiltins].map((name) => ({ name, message: 'The renderer talks to the backend only through the typed API.' })),
        patterns: [
          { group: ['node:*'], message: 'No Node built-ins in the renderer.' },
          { group: ['**/electron/**'], message: 'The renderer talks to the backend only through the typed API.' },
        ],
      }],
    },
  },
);
