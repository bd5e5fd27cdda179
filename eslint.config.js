import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Bans for `no-restricted-imports`, composed per folder below. */
const STATE = { name: 'zustand', message: 'Only src/store makes stores; read state with useAppStore.' };
const CYTOSCAPE = {
  name: 'cytoscape',
  allowTypeImports: true,
  message: 'Only src/cy (and the headless helper src/graph/headless.ts) create Cytoscape instances.',
};
const CY_MOUNT = { name: 'react-cytoscapejs', message: 'Only src/cy mounts the graph.' };
const PURE = ['react', 'react-dom', 'react-i18next'].map((name) => ({
  name,
  message: 'src/graph and src/data are pure TypeScript.',
}));
/** Relative imports of the app's other layers, at any depth ('../store', '../../cy/commands', …). */
const PURE_LAYERS = {
  group: [
    '**/store',
    '**/store/**',
    '**/cy',
    '**/cy/**',
    '**/components',
    '**/components/**',
    '**/App',
    '**/createApp',
  ],
  message: 'src/graph and src/data import nothing from the store, the graph view or the components.',
};
const STATE_DEEP = { group: ['zustand/*'], message: STATE.message };
const restrict = (paths, patterns = []) => {
  const deep = paths.includes(STATE) ? [STATE_DEEP] : [];
  return ['error', { paths, patterns: [...deep, ...patterns] }];
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      'screenshots',
      'bench-results',
      'blob-report',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Boundaries. ESLint replaces a rule's options wholesale when a later block matches the same
  // file, so each block below lists every import ban that holds for its files.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([STATE, CYTOSCAPE, CY_MOUNT]) },
  },
  { files: ['src/store/**'], rules: { 'no-restricted-imports': restrict([CYTOSCAPE, CY_MOUNT]) } },
  { files: ['src/cy/**'], rules: { 'no-restricted-imports': restrict([STATE]) } },
  {
    // The graph domain and the data layer stay pure TypeScript: no React, no state, no renderer.
    files: ['src/graph/**', 'src/data/**'],
    rules: { 'no-restricted-imports': restrict([STATE, CYTOSCAPE, CY_MOUNT, ...PURE], [PURE_LAYERS]) },
  },
  {
    // Cytoscape's own algorithms (BFS, centralities, headless layout) run on the headless helper.
    files: ['src/graph/headless.ts'],
    rules: { 'no-restricted-imports': restrict([STATE, CY_MOUNT, ...PURE], [PURE_LAYERS]) },
  },
);
