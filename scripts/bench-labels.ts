/**
 * Benchmark of the label pass in the built app in the system Chromium (npm run bench:labels): the
 * built-in network, and a synthetic network of 5,000 nodes and 20,000 edges loaded through the
 * Data tool (with seeded positions in the file, so that no layout runs), then the pass the camera's
 * settling runs (reading the names, placing them, applying the classes, checking the drawn boxes;
 * twice where the zoom changed the font; on the large network, whose names are drawn on the
 * label layer, reading, placing and drawing them there), timed by the label controller itself, at
 * several camera positions for each of three views: the whole network in view, and zoomed in two
 * and four times about points spread over it. Then, with the whole network in view, the passes
 * that follow a hover (the pointer resting on a node: its name, then its neighbourhood emphasised),
 * the pointer moving on to another node, then leaving it, a click that selects a node and one on the background that clears it
 * (the longest pass after each, the time the emphasis itself took to set its classes, and the
 * longest task from the interaction until the graph is at rest, its drawing included). Also
 * times the start-up framing's look at the cameras it may choose (`legibleShares`). Prints the
 * median and the longest pass of each view, and writes bench-results/labels.json. Speed is
 * measured here, never asserted by a test.
 *
 *   npm run bench:labels                  built-in and 5k/20k
 *   npm run bench:labels -- --quick       built-in and 1k/4k
 *   npm run bench:labels -- --profile     also a CPU profile of passes at 5k (bench-results/), the
 *                                         largest self times printed
 *   npm run bench:labels -- --runs 3      three camera positions per view instead of nine
 *   npm run bench:labels -- --large-only  the synthetic network only
 *   BENCH_PORT=4642 npm run bench:labels  the port to serve the build on (else one from the pid)
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, MISSING_BROWSER_MESSAGE } from './chromium.mjs';
import { synthetic } from './synthetic';
import { scatter } from './benchLabels';

const QUICK = process.argv.includes('--quick');
const PROFILE = process.argv.includes('--profile');
const OUT = 'dist-bench-labels';
// a port of its own, so that it never meets another server on the machine
const PORT = Number(process.env.BENCH_PORT) || 4600 + (process.pid % 400);
const LARGE_ONLY = process.argv.includes('--large-only');
const BASE = '/samverkan/';
/** Camera positions per view (`-- --runs 3` for a quick look). */
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;

type Pass = { ms: number; drawn: number; candidates: number };
type Row = {
  graph: string;
  view: string;
  drawn: number;
  candidates: number;
  median: number;
  max: number;
  /** After an interaction: the median time the emphasis took to set its classes. */
  emphasis?: number;
  /** After an interaction: the longest task (over 50 ms) from it to the graph at rest, any run. */
  task?: number;
};

/**
 * Moves the camera (fitted, zoomed by `factor` about the point at (`fx`, `fy`) of the network's
 * box, nudged) and waits for the pass that follows its settling; returns what that pass did.
 */
function passAt(page: Page, factor: number, fx: number, fy: number, nudge: number): Promise<Pass> {
  return page.evaluate(
    async ([factor, fx, fy, nudge]) => {
      const cy = window.cy!;
      const before = cy.scratch('_labelPass') as unknown;
      cy.fit(cy.elements(), 20);
      const bb = cy.elements().renderedBoundingBox({});
      const at = { x: bb.x1 + bb.w * fx, y: bb.y1 + bb.h * fy };
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: at });
      // the chosen point to the middle of the view, a new camera each run (a whole pass)
      cy.panBy({ x: cy.width() / 2 - at.x + nudge, y: cy.height() / 2 - at.y });
      const started = performance.now();
      while (cy.scratch('_labelPass') === before && performance.now() - started < 60_000)
        await new Promise((r) => setTimeout(r, 20));
      const pass = cy.scratch('_labelPass') as { drawn: number; candidates: number };
      return { ms: cy.scratch('_labelPassMs') as number, drawn: pass.drawn, candidates: pass.candidates };
    },
    [factor, fx, fy, nudge] as const,
  );
}

/**
 * An interaction with the node `index` (of those whose centres are in the view, by id) or with the
 * background, then every label pass that follows it until the graph has been quiet for a while;
 * returns the longest of those passes and the time the emphasis took (see emphasis.ts).
 */
function passesAfter(
  page: Page,
  what: 'hover' | 'next' | 'leave' | 'select' | 'clear',
  index: number,
): Promise<Pass & { emphasisMs: number; passes: number; task: number }> {
  return page.evaluate(
    async ([what, index]) => {
      const cy = window.cy!;
      const scratch = cy.scratch() as Record<string, unknown>;
      // each pass leaves a new note (polled between tasks: passes are a frame apart at least)
      const log: number[] = [];
      let seen = scratch._labelPass;
      let lastAt = performance.now();
      scratch._emphasisMs = 0;
      const w = window as unknown as { __node?: string };
      const from = cy.getElementById(w.__node ?? '');
      if (what !== 'leave' && what !== 'clear') {
        const [vw, vh] = [cy.width(), cy.height()];
        const inView = cy
          .nodes()
          .filter((n) => {
            const p = n.renderedPosition();
            return p.x > 100 && p.y > 100 && p.x < vw - 100 && p.y < vh - 100;
          })
          .map((n) => n.id())
          .sort();
        w.__node = inView[(index * 7919 + (what === 'next' ? 1 : 0)) % inView.length];
      }
      const node = cy.getElementById(w.__node ?? '');
      // the longest task from the interaction on (the frames that draw its result among them)
      let task = 0;
      const tasks = new PerformanceObserver((list) => {
        for (const t of list.getEntries()) task = Math.max(task, t.duration);
      });
      tasks.observe({ type: 'longtask' });
      const started = performance.now();
      if (what === 'hover') node.emit('mouseover');
      else if (what === 'next') {
        from.emit('mouseout');
        node.emit('mouseover');
      } else if (what === 'leave') node.emit('mouseout');
      else if (what === 'select') node.emit('tap');
      else cy.emit('tap');
      // the hover's emphasis waits for the pointer to rest; a pass follows each change
      while (performance.now() - started < 60_000) {
        await new Promise((r) => setTimeout(r, 0));
        if (scratch._labelPass !== seen) {
          seen = scratch._labelPass;
          lastAt = performance.now();
          log.push(scratch._labelPassMs as number);
        }
        if (log.length && performance.now() - lastAt > 1000 && performance.now() - started > 1500) break;
      }
      const pass = cy.scratch('_labelPass') as { drawn: number; candidates: number };
      for (const t of tasks.takeRecords()) task = Math.max(task, t.duration);
      tasks.disconnect();
      return {
        task,
        ms: Math.max(0, ...log),
        passes: log.length,
        drawn: pass.drawn,
        candidates: pass.candidates,
        emphasisMs: (scratch._emphasisMs as number | undefined) ?? NaN,
      };
    },
    [what, index] as const,
  );
}

/** The passes after each interaction (see passesAfter), at `RUNS` nodes, the whole network in view. */
async function interact(page: Page, graph: string, rows: Row[]) {
  await passAt(page, 1, 0.5, 0.5, 2);
  const kinds = [
    ['hover', 'hover on a node'],
    ['next', 'on to another node'],
    ['leave', 'pointer leaves it'],
    ['select', 'node selected'],
    ['clear', 'selection cleared'],
  ] as const;
  const runs = new Map<string, (Pass & { emphasisMs: number; passes: number; task: number })[]>();
  for (let i = 0; i < RUNS; i++)
    for (const [what] of kinds) {
      const r = await passesAfter(page, what, i);
      runs.set(what, [...(runs.get(what) ?? []), r]);
    }
  for (const [what, view] of kinds) {
    const rs = runs.get(what)!;
    rows.push({
      graph,
      view,
      drawn: median(rs.map((r) => r.drawn)),
      candidates: median(rs.map((r) => r.candidates)),
      median: round(median(rs.map((r) => r.ms))),
      max: round(Math.max(...rs.map((r) => r.ms))),
      emphasis: round(median(rs.map((r) => r.emphasisMs))),
      task: round(Math.max(...rs.map((r) => r.task))),
    });
  }
}

/** Points of the network's box the zoomed views centre on: its middle and a spread round it. */
const POINTS: readonly (readonly [number, number])[] = [
  [0.5, 0.5],
  [0.3, 0.3],
  [0.7, 0.3],
  [0.3, 0.7],
  [0.7, 0.7],
  [0.5, 0.2],
  [0.5, 0.8],
  [0.2, 0.5],
  [0.8, 0.5],
];

/** The time the start-up framing spent weighing its cameras (recorded by `frameOn`). */
function framingMs(page: Page): Promise<number> {
  return page.evaluate(() => (window.cy!.scratch('_legibleSharesMs') as number | undefined) ?? NaN);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

async function measure(page: Page, graph: string, rows: Row[]) {
  // the side panel closed: the graph has the whole width
  await page.waitForTimeout(1000);
  for (const [factor, view] of [
    [1, 'whole network in view'],
    [2, 'zoomed in 2×'],
    [4, 'zoomed in 4×'],
  ] as const) {
    const runs: Pass[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [fx, fy] = factor === 1 ? [0.5, 0.5] : POINTS[i % POINTS.length]!;
      runs.push(await passAt(page, factor, fx, fy, (i % 2 ? 1 : -1) * (i + 1)));
    }
    rows.push({
      graph,
      view,
      drawn: median(runs.map((r) => r.drawn)),
      candidates: median(runs.map((r) => r.candidates)),
      median: round(median(runs.map((r) => r.ms))),
      max: round(Math.max(...runs.map((r) => r.ms))),
    });
  }
}

/** A CPU profile of a few passes at the current page, written for Chromium's DevTools. */
async function profile(page: Page, name: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (const [fx, fy] of POINTS.slice(0, 3)) await passAt(page, 1, fx, fy, 3);
  for (const factor of [2, 4])
    for (const [fx, fy] of POINTS.slice(0, 3)) await passAt(page, factor, fx, fy, 3);
  await passAt(page, 1, 0.5, 0.5, 2);
  for (let i = 0; i < 2; i++)
    for (const what of ['hover', 'next', 'leave', 'select', 'clear'] as const)
      await passesAfter(page, what, i);
  const { profile: p } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number };
        children?: number[];
      }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(`bench-results/${name}.cpuprofile`, JSON.stringify(p));
  // self time per function, the largest first
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\nSelf time in ${name} (ms):`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(1).padStart(9)}  ${k}`);
  // within the passes: the time under each of the pass's own steps (with what they call)
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const under = new Map<string, number>();
  const inPass = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      names.add(byId.get(at)!.callFrame.functionName);
    if (!names.has('runLabelPass')) return;
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    inPass.set(key, (inPass.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    for (const step of PASS_STEPS)
      if (names.has(step)) under.set(step, (under.get(step) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\nTime under the pass's steps in ${name} (ms; build without minifying to see them):`);
  for (const step of PASS_STEPS) console.log(`  ${(under.get(step) ?? 0).toFixed(1).padStart(9)}  ${step}`);
  console.log(`\nSelf time within the passes in ${name} (ms):`);
  for (const [k, ms] of [...inPass].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(9)}  ${k}`);
}

/**
 * The label pass's steps (src/cy/labels/), as the profile names them: the whole pass; reading the
 * names (kept between passes: read afresh, or brought up to date for what changed); placing them
 * (of which the candidates at the camera, the label grid's thinning and the placement proper);
 * applying the placement (of which the classes and font sizes, in Cytoscape's `batch`,
 * and the look at the drawn names' real boxes, `chooseLabels`; the rest of `apply` is Cytoscape
 * applying the drawn names' new style as their boxes are read); on the label layer, what it is to
 * draw and its drawing.
 */
const PASS_STEPS = [
  'runLabelPass',
  'readLabels',
  'read',
  'update',
  'placeAt',
  'candidatesAt',
  'thinOut',
  'placeLabels',
  'apply',
  'batch',
  'chooseLabels',
  'layerItems',
  'draw',
];

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  console.log('Building the app…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--minify', PROFILE ? 'false' : 'esbuild'], {
    stdio: 'inherit',
    env: { ...process.env, SAMVERKAN_OUT_DIR: OUT },
  });
  const server = spawn(process.execPath, ['scripts/serve.mjs', OUT, String(PORT), BASE], { stdio: 'ignore' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-labels-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  const framing: { graph: string; ms: number }[] = [];
  try {
    await new Promise((r) => setTimeout(r, 500));
    const url = `http://127.0.0.1:${PORT}${BASE}`;
    if (!LARGE_ONLY) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${url}?lang=en`);
      await page.waitForFunction(() => Boolean(window.cy && window.cy.scratch('_labelPass')));
      const graph = await page.evaluate(
        () => `built-in, ${window.cy!.nodes().length} nodes, ${window.cy!.edges().length} edges`,
      );
      await measure(page, graph, rows);
      framing.push({ graph, ms: await framingMs(page) });
      await page.close();
    }
    const [n, m] = QUICK ? [1000, 4000] : [5000, 20000];
    const file = path.join(tmp, `synthetic-${n}.json`);
    const ds = synthetic(n, m);
    const positions = scatter(ds);
    const withPositions = {
      ...ds,
      nodes: ds.nodes.map((node) => ({ ...node, position: positions.get(node.id)! })),
    };
    fs.writeFileSync(file, JSON.stringify(withPositions));
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}?lang=en&tool=data`);
    await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
    await page.locator('input[type=file]').setInputFiles(file);
    await page.waitForFunction((count) => window.cy?.nodes().length === count, n, { timeout: 600_000 });
    // framed and drawn: the camera has come to rest
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
    await page.getByRole('button', { name: 'Data', exact: true }).click({ timeout: 300_000 });
    const graph = `${n} nodes, ${ds.edges.length} edges`;
    await measure(page, graph, rows);
    framing.push({ graph, ms: await framingMs(page) });
    await interact(page, graph, rows);
    if (PROFILE) await profile(page, `labels-${n}`);
    await page.close();
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(OUT, { recursive: true, force: true });
  }
  let last = '';
  for (const r of rows) {
    if (r.graph !== last) console.log(`\n${r.graph}                     median      max`);
    last = r.graph;
    console.log(
      `  ${r.view.padEnd(24)}${String(r.median).padStart(8)} ms${String(r.max).padStart(8)} ms  (${r.drawn} names drawn of ${r.candidates} that could be in view${r.emphasis === undefined ? '' : `; emphasis ${r.emphasis} ms`}${r.task === undefined ? '' : `; longest task ${r.task} ms`})`,
    );
  }
  console.log('\nStart-up framing, weighing its cameras (legibleShares):');
  for (const f of framing)
    console.log(
      `  ${f.graph.padEnd(34)}${Number.isNaN(f.ms) ? '  (not run: framed whole)' : `${String(round(f.ms)).padStart(8)} ms`}`,
    );
  console.log(
    `\nChromium ${browser.version()}, headless, software rendering; ${RUNS} camera positions per view, each a whole pass; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (1, 5, 15 minutes)`,
  );
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(
    'bench-results/labels.json',
    `${JSON.stringify({ date: new Date().toISOString(), rows, framing }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
