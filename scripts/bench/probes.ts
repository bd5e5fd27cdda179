/**
 * What the browser benchmark (and its e2e check) installs in a page before it loads: every
 * main-thread task over 50 ms (PerformanceObserver "longtask"), and the time of Cytoscape's first
 * frame with nodes in it, for whichever instance `window.cy` names.
 */

import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** The bare Cytoscape page, relative to the app's folder on the benchmark's server. */
export const BARE_PAGE = 'bare/bare.html';

export type Perf = {
  longtasks: { start: number; duration: number }[];
  /** performance.now() of the first frame drawn with nodes in it. */
  firstDrawn: number | null;
  /** Marks a benchmark sets: a load's start and end; progress bar updates seen. */
  t0?: number;
  t1?: number | null;
  progress?: number;
};

declare global {
  interface Window {
    __perf?: Perf;
  }
}

/**
 * The init script, as source text (a function would be serialised with the helpers the script
 * runner adds to named functions, which the page does not have). This loop is the page's first
 * animation-frame callback in each frame, so it attaches to a new instance before Cytoscape's own
 * loop draws that instance's first frame.
 */
export const PERF_INIT = `(() => {
  // functions the benchmark passes to page.evaluate carry the script runner's name helper
  window.__name = window.__name || ((f) => f);
  const perf = { longtasks: [], firstDrawn: null };
  window.__perf = perf;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    // no long-task timing in this browser: the figures say 0
  }
  let seen = null;
  const watch = () => {
    const cy = window.cy;
    if (cy && cy !== seen && typeof cy.on === 'function') {
      seen = cy;
      const onRender = () => {
        if (perf.firstDrawn === null && cy.nodes().length > 0) {
          perf.firstDrawn = performance.now();
          cy.off('render', onRender);
        }
      };
      cy.on('render', onRender);
    }
    if (perf.firstDrawn === null) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;

/**
 * The JavaScript the page fetched before its first graph was drawn (PERF_INIT installed), gzipped
 * (kB of 1000 bytes), read from the built files in `dir`: the entry, its static imports and
 * whatever start-up awaited (the UI strings of the language shown).
 */
export async function jsBeforeFirstGraph(page: Page, dir: string): Promise<{ kb: number; files: string[] }> {
  const files = await page.evaluate(() => {
    const drawn = window.__perf!.firstDrawn!;
    const root = new URL('./', document.baseURI).pathname;
    return performance
      .getEntriesByType('resource')
      .map((e) => ({ start: e.startTime, path: new URL(e.name).pathname }))
      .filter((e) => e.start < drawn && e.path.endsWith('.js') && e.path.startsWith(root))
      .map((e) => e.path.slice(root.length));
  });
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length,
    0,
  );
  return { kb: bytes / 1000, files };
}
