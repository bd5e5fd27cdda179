/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** A strict Content Security Policy in the built page (the dev server needs inline scripts, so not there). */
const csp = (): Plugin => ({
  name: 'samverkan-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data: blob:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'" />`,
    ),
});

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [react(), csp()],
  build: {
    outDir: process.env.SAMVERKAN_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/i18n.setup.ts'],
        },
      },
      {
        // generated inputs with a fixed seed (fast-check); see tests/property/README.md
        extends: true,
        test: {
          name: 'property',
          environment: 'node',
          include: ['tests/property/**/*.test.ts'],
          setupFiles: ['tests/i18n.setup.ts', 'tests/property/setup.ts'],
          // a few hundred generated cases per test; generous on a busy machine (no timing asserted)
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/i18n.setup.ts', 'tests/components/setup.ts'],
        },
      },
    ],
  },
});
