// The JavaScript a built index page loads before anything else runs: its entry module and the
// modules it preloads (vite lists every static import of the entry as <link rel="modulepreload">),
// each with its gzip size. Shared by the browser benchmark and the size test.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budget for the initial JavaScript, gzipped (issue 12). */
export const INITIAL_JS_BUDGET_KB = 300;

/**
 * Files (relative to `dir`) and gzip sizes in bytes of the entry script and its modulepreloads
 * in `dir`/index.html.
 */
export function initialJs(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(refs)].map((ref) => {
    const bytes = fs.readFileSync(path.join(dir, ref));
    return {
      file: ref.replace(/^\.\//, ''),
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
