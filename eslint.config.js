import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
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
  {
    // The graph domain stays pure: no React, no DOM renderer, no store.
    files: ['src/graph/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'zustand', '../store/*', '../components/*', '../cy/*'],
              message: 'src/graph and src/data are pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/cy and src/graph (headless algorithms) talk to Cytoscape directly.
    files: ['src/components/**/*.{ts,tsx}', 'src/store/**/*.ts', 'src/App.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'cytoscape', message: 'Use src/cy (commands) instead.', allowTypeImports: true }] },
      ],
    },
  },
);
