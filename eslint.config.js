import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'http',
  'url',
  'stream',
];
const noNode = nodeBuiltins.map((name) => ({
  group: [name],
  message: 'Node modules are not allowed here (ARCHITECTURE.md).',
}));

/** Import boundaries of ARCHITECTURE.md, enforced rather than remembered. */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.native/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to main only through window.api (renderer/src/api.ts).',
            },
            { name: 'better-sqlite3', message: 'The UI never touches SQLite.' },
            { name: 'kysely', message: 'The UI never touches SQLite.' },
          ],
          patterns: [
            ...noNode,
            { group: ['**/electron/**'], message: 'The renderer may import shared/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ runs on both sides: no electron.' },
            { name: 'better-sqlite3', message: 'shared/ runs on both sides: no database.' },
            { name: 'react', message: 'shared/ holds no UI.' },
          ],
          patterns: [
            ...noNode,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing outside shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core, cli and preview run in plain Node: no electron import.' },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'Main-side code never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'ipcMain is used only in electron/main/ipc.ts.' },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/api/contract*', '**/shared/api/schemas/**', 'zod', '**/electron/core/**'],
              message: 'The preload imports only shared/api/channels at run time.',
            },
          ],
        },
      ],
    },
  },
);
