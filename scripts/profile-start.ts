/**
 * Profiles the start-up of the built app on the built-in network (npm run profile:start): from
 * navigation to Cytoscape's first frame with nodes in it, a CPU profile of the page (Chrome
 * DevTools Protocol, written to screenshots/start.cpuprofile), the scripts fetched before that
 * frame with when each arrived, the app's own start-up marks (`samverkan:start:*`), and the time
 * under each script and the heaviest functions. Build without minifying to read the names:
 *
 *   SAMVERKAN_OUT_DIR=dist-shots-start npx vite build --minify false
 *   npm run profile:start -- dist-shots-start 4612     (TOP= functions listed, URL= the query)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { PERF_INIT } from './bench/probes';

const dir = process.argv[2] ?? 'dist-shots-start';
const port = Number(process.argv[3] ?? 4612);
const top = Number(process.env.TOP ?? 30);
/** The query to open, or a page beside the app (URL=bare/bare.html for the bare page, built there). */
const query = process.env.URL ?? '?lang=en';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

async function main() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port), '/samverkan/'], {
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: PERF_INIT });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`http://127.0.0.1:${port}/samverkan/${query}`);
    await page.waitForFunction(() => window.__perf?.firstDrawn != null, undefined, { timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    fs.mkdirSync('screenshots', { recursive: true });
    fs.writeFileSync('screenshots/start.cpuprofile', JSON.stringify(profile));
    const timing = await page.evaluate(() => ({
      drawn: window.__perf!.firstDrawn!,
      nav: performance.getEntriesByType('navigation').map((entry) => {
        const n = entry as PerformanceNavigationTiming;
        return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, load: n.loadEventEnd };
      })[0],
      resources: performance.getEntriesByType('resource').map((entry) => {
        const e = entry as PerformanceResourceTiming;
        return { name: new URL(e.name).pathname.split('/').pop()!, start: e.startTime, end: e.responseEnd };
      }),
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('samverkan:'))
        .map((m) => ({ name: m.name, at: m.startTime })),
      longtasks: window.__perf!.longtasks,
    }));
    const f = (x: number) => x.toFixed(0).padStart(6);
    console.log(`first drawn graph at ${f(timing.drawn)} ms; navigation`, timing.nav);
    for (const r of timing.resources.filter((r) => r.start < timing.drawn))
      console.log(`  fetched ${f(r.start)} → ${f(r.end)}  ${r.name}`);
    for (const m of timing.marks) console.log(`  mark    ${f(m.at)}  ${m.name}`);
    for (const t of timing.longtasks) console.log(`  task    ${f(t.start)} +${f(t.duration)}`);

    // self time per function and per script, within the profile (it ends at the first frame)
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]! / 1000));
    const fn = new Map<string, number>();
    const script = new Map<string, number>();
    for (const [id, ms] of self) {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const file = url.split('/').pop() || '(native)';
      const k = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
      fn.set(k, (fn.get(k) ?? 0) + ms);
      script.set(file, (script.get(file) ?? 0) + ms);
    }
    console.log('self time by script:');
    for (const [k, ms] of [...script].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${f(ms)} ${k}`);
    console.log('heaviest functions (self):');
    for (const [k, ms] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${f(ms)} ${k}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
