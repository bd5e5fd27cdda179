/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { splitBuiltin } from './src/data/builtinParts.ts';
import type { Dataset } from './src/data/schema.ts';

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

/**
 * The built-in dataset's two parts (src/data/builtin.ts): the modules that work them out from
 * data/network.json when imported are replaced in the build by the part alone, so the bundle
 * carries the outline for the first view and the prose in a chunk of its own, and the file stays
 * the one source. Each is a JSON.parse of a string, which a browser reads faster than the same
 * object literal.
 */
const builtinParts = (): Plugin => {
  const file = path.resolve('data/network.json');
  const modules = new Map([
    [path.resolve('src/data/builtinOutline.ts'), 'outline'],
    [path.resolve('src/data/builtinProse.ts'), 'prose'],
  ] as const);
  return {
    name: 'samverkan-builtin-parts',
    load(id) {
      const part = modules.get(id.split('?')[0]!);
      if (!part) return null;
      this.addWatchFile(file);
      const parts = splitBuiltin(JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(parts[part]))});`;
    },
  };
};

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [react(), csp(), builtinParts()],
  build: {
    outDir: process.env.SAMVERKAN_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // What the first view needs comes in three files, not twenty: the entry with the app's own
    // modules, one of the libraries it needs (cytoscape, react-dom, i18next…) and the bundler's
    // runtime. Left to itself the bundler split every module a lazy chunk shares into a chunk of
    // its own, and a browser fetches only six files at a time from one host over HTTP/1.1: the
    // last of the first view's scripts arrived 90 ms after the first. Lazy chunks import what
    // they share from these two.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
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
