// The JavaScript a built index page loads before anything else runs: its entry module and the
// modules it preloads (vite lists every static import of the entry as <link rel="modulepreload">),
// each with its gzip size. Shared by the browser benchmark and the size test.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The goal for the JavaScript fetched before the first graph, gzipped, in kB of 1000 bytes (issue 12). */
export const INITIAL_JS_GOAL_KB = 300;
/**
 * The ceiling the size test holds (tests/e2e/bench.spec.ts), a little above what the first view
 * fetches now (about 290 kB when this was set, from 314: the built-in network's prose, four fifths
 * of it, now loads after the first graph; cytoscape 136, react-dom about 60, i18next 16, one
 * language's strings 9 and the network's outline 6 are needed for any first view), so that what
 * was won is not lost. Lower it as chunks leave the first view. Raised from 296 to 298 for the
 * marks a large network keeps off its elements and the label layer's layout in idle time, which
 * the controllers of any network carry (the emphasis layer itself loads with the first large
 * network); still under the goal. Lowered to 294 when the first view's modules went into three
 * files instead of twenty (291 kB: fewer files compress better).
 */
export const INITIAL_JS_BUDGET_KB = 294;

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
