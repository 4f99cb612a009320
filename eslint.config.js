// Lint rules, including the layer rules that keep dependencies pointing inward:
// renderer → app, main → app, and app → nothing of ours outside app/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (message, patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })), paths }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'release', 'test-results', 'playwright-report', 'corpus'] },
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
      ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'buffer'].map((name) => ({
        name,
        message: 'app/ must not use Node built-ins (layer rule: app → nothing).',
      })),
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('renderer/ may import app/ and browser libraries, never main/ or Electron (layer rule: renderer → app).', [
        'electron',
        'node:*',
        '**/main/**',
        '**/bin/**',
      ]),
    },
  },
  {
    // Only the storage folder talks to Dexie, only the platform folder to the Electron bridge.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/storage/**'],
    rules: layer('Import the database through renderer/storage/, the one place that wraps Dexie.', [
      'dexie',
      'dexie-react-hooks',
      'electron',
      'node:*',
      '**/main/**',
      '**/bin/**',
    ]),
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer('main/ may import app/ and Electron, never the renderer (layer rule: main → app).', [
      'react',
      'react-dom',
      'lexical',
      '@lexical/*',
      'dexie',
      '**/renderer/**',
    ]),
  },
);
