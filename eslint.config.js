// Lint rules, including the layer rules that keep dependencies pointing inward:
// renderer → app, main → app, and app → nothing of ours outside app/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One `no-restricted-imports` rule from [message, patterns] pairs, so each refusal names its layer.
const layer = (groups, paths = []) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(([message, group]) => ({ group, message })), paths },
  ],
});
const RENDERER_LAYER = [
  'renderer/ may import app/ and browser libraries, never main/, Electron or Node (layer rule: renderer → app).',
  ['electron', 'node:*', '**/main/**', '**/bin/**'],
];

export default tseslint.config(
  {
    ignores: [
      // Scratch files people keep while working are not part of the project.
      '.scratch/**',
      '.*.tmp.*',
      'node_modules',
      'dist',
      'out',
      'release',
      'test-results',
      'playwright-report',
      'corpus',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Importers and file-name cleaning match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['app/**/*.ts'],
    ignores: ['app/**/*.test.ts'],
    rules: layer(
      [
        [
          'app/ is the domain core: it must stay independent of the UI, Electron and Node (layer rule: app → nothing).',
          [
            'react',
            'react-dom',
            'react/*',
            'lexical',
            '@lexical/*',
            'dexie',
            'dexie-*',
            'electron',
            'node:*',
            '**/renderer/**',
            '**/main/**',
            '**/bin/**',
          ],
        ],
      ],
      ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'buffer'].map((name) => ({
        name,
        message: 'app/ must not use Node built-ins (layer rule: app → nothing).',
      })),
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([RENDERER_LAYER]),
    },
  },
  {
    // Only the storage folder talks to Dexie, only the platform folder to the Electron bridge.
    files: ['renderer/**/*.{ts,tsx}'],
    // Tests run in Node and may read fixtures from disk.
    ignores: ['renderer/storage/**', 'renderer/**/*.test.{ts,tsx}'],
    rules: layer([
      RENDERER_LAYER,
      [
        'Import the database through renderer/storage/, the one place that wraps Dexie.',
        ['dexie', 'dexie-react-hooks'],
      ],
    ]),
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer([
      [
        'main/ may import app/ and Electron, never the renderer (layer rule: main → app).',
        ['react', 'react-dom', 'lexical', '@lexical/*', 'dexie', '**/renderer/**'],
      ],
    ]),
  },
);
