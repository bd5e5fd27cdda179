/**
 * Benchmark of the built app in the system Chromium (npm run bench:browser): start-up on the
 * built-in network, a filter change, a language change, camera frames, and loading synthetic
 * datasets of 1k and 5k nodes (validation, elements and the seeded force-directed layout), with
 * the page's JavaScript heap after each. Prints a table and writes bench-results/browser.json.
 * Speed is measured here, never asserted by a test.
 *
 *   npm run bench:browser             built-in, 1k and 5k nodes
 *   npm run bench:browser -- --quick  built-in and 1k only
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, MISSING_BROWSER_MESSAGE } from './chromium.mjs';
import { synthetic } from './synthetic';

const QUICK = process.argv.includes('--quick');
const OUT = 'dist-bench';
const PORT = 4390;
const BASE = '/samverkan/';

type Row = { case: string; measure: string; value: number; unit: 'ms' | 'MB' | 'fps' };
const rows: Row[] = [];
const add = (c: string, measure: string, value: number, unit: Row['unit'] = 'ms') =>
  rows.push({ case: c, measure, value: Math.round(value * 10) / 10, unit });

/** The page's JavaScript heap in use, in MB, after a garbage collection. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/** Clicks an element and times until the second frame after it (the work and its paint). */
function timeClick(target: Locator): Promise<number> {
  return target.evaluate(async (el: HTMLElement) => {
    const start = performance.now();
    el.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  });
}

/** Frames per second while the camera zooms in and out for about a second. */
function cameraFps(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const cy = window.cy!;
    const z = cy.zoom();
    let frames = 0;
    const start = performance.now();
    while (performance.now() - start < 1000) {
      cy.zoom({
        level: z * (1 + 0.2 * Math.sin(frames / 5)),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
      await new Promise((r) => requestAnimationFrame(r));
      frames++;
    }
    cy.zoom(z);
    return (frames * 1000) / (performance.now() - start);
  });
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
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const url = `http://127.0.0.1:${PORT}${BASE}`;

    // start-up on the built-in network (a fresh page each time; median of five)
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}?lang=en`);
      await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
      starts.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    starts.sort((a, b) => a - b);
    add('built-in', 'start-up: navigation to graph shown', starts[2]!);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}?lang=en&tool=filters`);
    await page.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
    add('built-in', 'JS heap', await heapMb(page), 'MB');
    // a filter off and on again (a kind of organisation), then the language
    const kind = page.getByRole('checkbox', { name: /^Swedish agency/ });
    const filterOff = await timeClick(kind);
    const filterOn = await timeClick(kind);
    add('built-in', 'filter change (click to painted)', (filterOff + filterOn) / 2);
    add(
      'built-in',
      'language change (click to painted)',
      await timeClick(page.getByRole('button', { name: 'Svenska' })),
    );
    add('built-in', 'camera frames while zooming', await cameraFps(page), 'fps');

    // analysts' own datasets, loaded through the Data tool
    for (const n of QUICK ? [1000] : [1000, 5000]) {
      const file = path.join(tmp, `synthetic-${n}.json`);
      const ds = synthetic(n);
      fs.writeFileSync(file, JSON.stringify(ds));
      const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await p.goto(`${url}?lang=en&tool=data`);
      await p.waitForFunction(() => Boolean(window.cy && window.cy.nodes().length > 0));
      const label = `${n} nodes, ${ds.edges.length} edges`;
      await p.evaluate(() => {
        const w = window as unknown as { __laidOut: boolean };
        w.__laidOut = false;
        window.cy!.one('layoutstop', () => void (w.__laidOut = true));
      });
      const start = Date.now();
      await p.locator('input[type=file]').setInputFiles(file);
      await p.waitForFunction((count) => window.cy?.nodes().length === count, n, { timeout: 600_000 });
      const shown = Date.now() - start;
      await p.waitForFunction(() => (window as unknown as { __laidOut: boolean }).__laidOut, undefined, {
        timeout: 600_000,
      });
      const laidOut = Date.now() - start;
      add(label, 'load: file chosen to elements in the graph', shown);
      add(label, 'load: file chosen to laid out', laidOut);
      add(label, 'JS heap', await heapMb(p), 'MB');
      add(label, 'camera frames while zooming', await cameraFps(p), 'fps');
      await p.close();
    }
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(OUT, { recursive: true, force: true });
  }

  const width = Math.max(...rows.map((r) => r.measure.length)) + 2;
  let last = '';
  for (const r of rows) {
    if (r.case !== last) console.log(`\n${r.case}`);
    last = r.case;
    console.log(`  ${r.measure.padEnd(width)}${String(r.value).padStart(9)} ${r.unit}`);
  }
  console.log(
    `\nChromium ${browser.version()}, headless, software rendering (--disable-gpu); node ${process.version}`,
  );
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(
    'bench-results/browser.json',
    `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
