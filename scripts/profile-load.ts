/**
 * Profiles one load of a synthetic 5,000 / 20,000 file through the built app's Data panel: the
 * stages as the panel marks them (performance marks `samverkan:<stage>`, see src/load/marks.ts),
 * every long task, and a CPU profile of the page (Chrome DevTools Protocol), written to
 * screenshots/load.cpuprofile (open it in a browser's performance panel). It prints the page's
 * tasks over 150 ms with their heaviest functions, and the heaviest functions overall; FOCUS=a,b
 * names functions whose nearest callers outside Cytoscape and React are printed too. Build
 * without minifying to read the names:
 *
 *   SAMVERKAN_OUT_DIR=dist-shots-load npx vite build --minify false
 *   npm run profile:load -- dist-shots-load 4611      (NODES=1000 for a smaller file; TOP=, TASKTOP=)
 *
 * TRACE=1 also records a trace of the page (screenshots/load.trace.json) and prints each task over
 * TASKMIN ms as the trace cuts it, with what started it and the functions sampled within it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { synthetic } from './synthetic';
import { printTracedTasks, TRACE_CATEGORIES, type Trace } from './traceTasks';

const dir = process.argv[2] ?? 'dist-shots-load';
const port = Number(process.argv[3] ?? 4611);
const n = Number(process.env.NODES ?? 5000);

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};

async function main() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port), '/samverkan/'], {
    stdio: 'ignore',
  });
  const file = path.join(os.tmpdir(), `profile-${n}.json`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(synthetic(n, 4 * n)));
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => console.log('page:', m.text()));
    await page.addInitScript(() => {
      const w = window as unknown as { __t: unknown[]; __lt: unknown[] };
      w.__t = [];
      w.__lt = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
      new MutationObserver((rs) => {
        for (const r of rs) {
          const s = (r.target as Element).getAttribute('data-load-stage');
          w.__t.push([Math.round(performance.now()), s]);
        }
      }).observe(document, { attributes: true, attributeFilter: ['data-load-stage'], subtree: true });
    });
    await page.goto(`http://127.0.0.1:${port}/samverkan/?lang=en&tool=data`);
    const input = page.locator('#tool-panel input[type=file]');
    await input.waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    // TRACE=1: a trace of the page's tasks too, so each long task is cut exactly where it ran
    const tracing = Boolean(process.env.TRACE);
    if (tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const started = await page.evaluate(() => performance.now());
    const t0 = await page.evaluate(() => {
      (window as unknown as { __lt: unknown[] }).__lt = [];
      return performance.now();
    });
    await input.setInputFiles(file);
    await page.waitForFunction(
      (n) => window.cy?.nodes().length === n && document.querySelector('[data-load-stage="loaded"]'),
      n,
      { timeout: 240_000, polling: 200 },
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const t1 = await page.evaluate(() => performance.now());
    await page.waitForTimeout(3000);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };
    };
    fs.mkdirSync('screenshots', { recursive: true });
    fs.writeFileSync('screenshots/load.cpuprofile', JSON.stringify(profile));
    if (tracing) {
      const trace = (await browser.stopTracing()).toString();
      fs.writeFileSync('screenshots/load.trace.json', trace);
      printTracedTasks(JSON.parse(trace) as Trace, profile, Number(process.env.TASKMIN ?? 150));
    }
    const info = await page.evaluate(() => {
      const w = window as unknown as { __t: unknown[]; __lt: unknown[] };
      return {
        stages: w.__t,
        longtasks: w.__lt,
        marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
      };
    });
    console.log('t0', Math.round(t0), 'drawn', Math.round(t1), 'total ms', Math.round(t1 - t0));
    console.log('stages', JSON.stringify(info.stages));
    console.log('longtasks', JSON.stringify(info.longtasks));
    console.log('marks', JSON.stringify(info.marks));
    // self time per function
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byFn = new Map<string, number>();
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      byFn.set(key, (byFn.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
    }
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
    const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
    const incl = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = nodes.get(at)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    });
    // the page's long tasks, each with its heaviest functions: the samples taken within it (the
    // profile's clock is matched to the page's by the first sample, taken as the profiler started)
    const keyOf = (at: number) => {
      const f = nodes.get(at)!.callFrame;
      return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    };
    const sampleAt: number[] = [];
    let clock = profile.startTime / 1000;
    for (const d of profile.timeDeltas) sampleAt.push((clock += d / 1000));
    const offset = profile.startTime / 1000 - started;
    for (const [start, duration] of info.longtasks as [number, number][]) {
      if (duration < Number(process.env.TASKMIN ?? 150)) continue;
      const m = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = sampleAt[i]! - offset;
        if (at < start || at > start + duration) return;
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const k = keyOf(n);
          if (seen.has(k)) continue;
          seen.add(k);
          m.set(k, (m.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        }
      });
      const top = [...m]
        .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.TASKTOP ?? 14));
      const mark = (info.marks as [string, number][]).filter(([, t]) => t <= start).at(-1)?.[0] ?? '';
      console.log(
        `task ${duration} ms at ${start} (after ${mark}): ${top.map(([k, v]) => `${k}=${Math.round(v)}`).join(' | ')}`,
      );
    }
    // who calls a function (FOCUS=name): the nearest caller outside Cytoscape and React, by time
    for (const focus of (process.env.FOCUS ?? '').split(',').filter(Boolean)) {
      const callers = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        let hit = false;
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const k = keyOf(at);
          if (!hit && k.startsWith(`${focus} `)) hit = true;
          else if (hit && !/cytoscape|index-.*:(7|8)\d{3}$|^\(/.test(k)) {
            callers.set(k, (callers.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
            return;
          }
        }
      });
      console.log(
        `callers of ${focus}:`,
        [...callers]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([k, v]) => `${k}=${Math.round(v)}`)
          .join(' | '),
      );
    }
    console.log('inclusive time (ms):');
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 80)))
      console.log(`  ${Math.round(v)}\t${k}`);
    console.log('self time (ms):');
    for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  ${Math.round(v)}\t${k}`);
  } finally {
    await browser.close();
    server.kill();
  }
}
void main();
