import path from 'node:path';
import { build } from 'vite';

/** Builds the bare Cytoscape page (bare.html) into `outDir`: bundled from node_modules, relative URLs. */
export async function buildBare(outDir: string) {
  await build({
    configFile: false,
    root: path.resolve('scripts/bench'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: path.resolve(outDir),
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: path.resolve('scripts/bench/bare.html') },
    },
  });
}
