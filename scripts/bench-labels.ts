/**
 * Benchmark of the label pass in the built app in the system Chromium (npm run bench:labels): a
 * synthetic network of 1k or 5k nodes loaded through the Data tool, then the pass the camera's
 * settling runs (reading every name's box from Cytoscape, placing, applying the classes, checking
 * the drawn boxes; twice where the zoom changed the font), timed by the label controller itself,
 * with the whole network in view and zoomed in two and four times about its centre. Prints a table
 * and writes bench-results/labels.json. Speed is measured here, never asserted by a test.
 *
 *   npm run bench:labels            1k and 5k nodes
 *   npm run bench:labels -- --quick 1k only
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, MISSING_BROWSER_MESSAGE } from './chromium.mjs';
import { synthetic } from './synthetic';

const QUICK = process.argv.includes('--quick');
const OUT = 'dist-bench-labels';
// a port of its own, so that it never meets another server on the machine
const PORT = 4600 + (process.pid % 400);
const BASE = '/samverkan/';
const RUNS = 7;

type Row = { graph: string; view: string; drawn: number; candidates: number; ms: number };

/** Moves the camera and waits for the pass that follows its settling; returns what that pass did. */
function passAt(page: Page, factor: number, nudge: number) {
  return page.evaluate(
    async ([factor, nudge]) => {
      const cy = window.cy!;
      const before = cy.scratch('_labelPass') as unknown;
      cy.fit(cy.elements(), 20);
      const zoom = cy.zoom() * factor;
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      cy.zoom({ level: zoom, renderedPosition: centre });
      cy.panBy({ x: nudge, y: 0 }); // a new camera each run, so each run is a whole pass
      const started = performance.now();
      while (cy.scratch('_labelPass') === before && performance.now() - started < 20_000)
        await new Promise((r) => setTimeout(r, 20));
      const pass = cy.scratch('_labelPass') as { drawn: number; candidates: number };
      return { ms: cy.scratch('_labelPassMs') as number, drawn: pass.drawn, candidates: pass.candidates };
    },
    [factor, nudge] as const,
  );
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  console.log('Building the app…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, SAMVERKAN_OUT_DIR: OUT },
  });
  const server = spawn(process.execPath, ['scripts/serve.mjs', OUT, String(PORT), BASE], { stdio: 'ignore' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-labels-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    await new Promise((r) => setTimeout(r, 500));
    const url = `http://127.0.0.1:${PORT}${BASE}`;
    for (const n of QUICK ? [1000] : [1000, 5000]) {
      const file = path.join(tmp, `synthetic-${n}.json`);
      const ds = synthetic(n);
      fs.writeFileSync(file, JSON.stringify(ds));
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${url}?lang=en&tool=data`);
      await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
      await page.locator('input[type=file]').setInputFiles(file);
      await page.waitForFunction((count) => window.cy?.nodes().length === count, n, { timeout: 600_000 });
      // laid out and framed: the camera has come to rest
      await page.waitForFunction(
        () => {
          const cy = window.cy!;
          const w = window as unknown as { __camera?: string };
          const now = `${cy.zoom()} ${cy.pan().x} ${cy.nodes()[0]!.position().x}`;
          const same = w.__camera === now && !cy.animated();
          w.__camera = now;
          return same;
        },
        undefined,
        { timeout: 600_000, polling: 1000 },
      );
      // the side panel closed: the graph has the whole width
      await page.getByRole('button', { name: 'Data', exact: true }).click();
      await page.waitForTimeout(1000);
      const graph = `${n} nodes, ${ds.edges.length} edges`;
      for (const [factor, view] of [
        [1, 'whole network in view'],
        [2, 'zoomed in 2×'],
        [4, 'zoomed in 4×'],
      ] as const) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await passAt(page, factor, (i % 2 ? 1 : -1) * (i + 1)));
        runs.sort((a, b) => a.ms - b.ms);
        const mid = runs[Math.floor(runs.length / 2)]!;
        rows.push({
          graph,
          view,
          drawn: mid.drawn,
          candidates: mid.candidates,
          ms: Math.round(mid.ms * 10) / 10,
        });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(OUT, { recursive: true, force: true });
  }
  let last = '';
  for (const r of rows) {
    if (r.graph !== last) console.log(`\n${r.graph}`);
    last = r.graph;
    console.log(
      `  ${r.view.padEnd(24)}${String(r.ms).padStart(8)} ms  (${r.drawn} names drawn of ${r.candidates} that could be in view)`,
    );
  }
  console.log(`\nChromium ${browser.version()}, headless, software rendering; median of ${RUNS} passes`);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(
    'bench-results/labels.json',
    `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
