/**
 * Profiles language switches in the built app on the built-in network (npm run profile:lang):
 * the Filters panel open, as in the browser benchmark, the language switched back and forth, each
 * switch from the click to the frame that shows it presented. Records a trace of the page and a
 * CPU profile (one clock) and prints, for every switch, what ran on the main thread between the
 * click and the frame (script calls, style, layout, paint, each of 0.3 ms or more), then the
 * heaviest functions sampled in all the switches together. Build without minifying to read the
 * names:
 *
 *   SAMVERKAN_OUT_DIR=dist-lang npx vite build --minify false
 *   npm run profile:lang -- dist-lang 4633     (SWITCHES= how many, TOP= functions listed)
 *
 * FILTER=1 profiles a click on the Filters panel's first type ("Swedish agency") instead, the
 * benchmark's filter change, switched off and on again.
 *
 * BARE=1 profiles the bare Cytoscape page's relabelling instead (with FILTER=1 its type toggled) (built into dist-lang/bare by
 * `npx tsx -e "import('./scripts/bench/buildBare.ts').then((m) => m.buildBare('dist-lang/bare'))"`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { PERF_INIT } from './bench/probes';
import { describe, type Profile, type Trace, type TraceEvent } from './traceTasks';

const dir = process.argv[2] ?? 'dist-lang';
const port = Number(process.argv[3] ?? 4633);
const switches = Number(process.env.SWITCHES ?? 6);
const top = Number(process.env.TOP ?? 40);
/** BARE=1: the bare Cytoscape page beside the app (built into the folder's bare/), relabelled. */
const bare = Boolean(process.env.BARE);
/** FILTER=1: the type filter clicked, not the language. */
const filter = Boolean(process.env.FILTER);

/** One switch, clicked and drawn, with a mark at each end (the trace keeps the marks). */
function switchTo(page: Page, name: string, i: number): Promise<number> {
  return page.evaluate(
    ([name, i, bare, filter]) =>
      new Promise<number>((resolve) => {
        const button =
          filter && bare
            ? { click: () => window.bare!.toggleType('agency') }
            : filter
              ? (window as unknown as { __filterBox: HTMLElement }).__filterBox
              : bare
                ? { click: () => window.bare!.relabel(name === 'Svenska' ? 'sv' : 'en') }
                : [...document.querySelectorAll<HTMLButtonElement>('.lang-switch button')].find(
                    (b) => b.textContent === name,
                  )!;
        const channel = new MessageChannel();
        const start = performance.now();
        channel.port1.onmessage = () => {
          performance.mark(`lang:frame:${i}`);
          resolve(performance.now() - start);
        };
        window.cy!.one('render', () => channel.port2.postMessage(null));
        performance.mark(`lang:click:${i}`);
        button.click();
      }),
    [name, i, bare, filter] as const,
  );
}

const quiet = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const on = () => void (last = performance.now());
        window.cy!.on('render', on);
        const check = () => {
          if (performance.now() - last >= 500) {
            window.cy!.off('render', on);
            resolve();
          } else setTimeout(check, 50);
        };
        check();
      }),
  );

const SHOWN = new Set([
  'RunTask',
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'MinorGC',
  'MajorGC',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'ParseHTML',
  'v8.compile',
]);

async function main() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port), '/samverkan/'], {
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: PERF_INIT });
    await page.goto(
      `http://127.0.0.1:${port}/samverkan/${bare ? 'bare/bare.html' : '?lang=en&tool=filters'}`,
    );
    await page.waitForFunction(() => window.__perf?.firstDrawn != null, undefined, { timeout: 60_000 });
    if (!bare) await page.getByRole('checkbox', { name: /^Swedish agency/ }).waitFor();
    if (filter && !bare)
      await page
        .getByRole('checkbox', { name: /^Swedish agency/ })
        .evaluate((el) => void ((window as unknown as { __filterBox: Element }).__filterBox = el));
    // a switch to each language first: the other language's strings and code are in
    await quiet(page);
    await switchTo(page, 'Svenska', -2);
    await quiet(page);
    await switchTo(page, 'English', -1);
    await quiet(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'],
    });
    await cdp.send('Profiler.start');
    const times: number[] = [];
    for (let i = 0; i < switches; i++) {
      await quiet(page);
      times.push(await switchTo(page, i % 2 ? 'English' : 'Svenska', i));
    }
    await quiet(page);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const trace = JSON.parse((await browser.stopTracing()).toString()) as Trace;
    fs.mkdirSync('screenshots', { recursive: true });
    fs.writeFileSync('screenshots/lang.cpuprofile', JSON.stringify(profile));
    fs.writeFileSync('screenshots/lang.trace.json', JSON.stringify(trace));
    console.log('click to presented frame (ms):', times.map((t) => t.toFixed(1)).join(', '));

    const events = trace.traceEvents;
    const markAt = (name: string) => events.find((e) => e.name === name)?.ts;
    const calls = new Map<string, number>();
    for (const e of events)
      if (e.name === 'FunctionCall')
        calls.set(`${e.pid}:${e.tid}`, (calls.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    const [pid, tid] = [...calls]
      .sort((a, b) => b[1] - a[1])[0]![0]
      .split(':')
      .map(Number) as [number, number];
    const mine = events
      .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const windows: [number, number][] = [];
    const byName = new Map<string, number>();
    for (let i = 0; i < switches; i++) {
      const from = markAt(`lang:click:${i}`);
      const to = markAt(`lang:frame:${i}`);
      if (from === undefined || to === undefined) continue;
      windows.push([from, to]);
      console.log(`\nswitch ${i}: ${((to - from) / 1000).toFixed(1)} ms on the trace`);
      // AFTER=ms: what followed the frame too (the interface, the rest of the labels, the label pass)
      const until = to + Number(process.env.AFTER ?? 0) * 1000;
      // events within the window, indented by depth
      const stack: TraceEvent[] = [];
      for (const e of mine) {
        if (e.ts + e.dur! < from || e.ts > until) continue;
        while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
        const depth = stack.length;
        stack.push(e);
        if (!SHOWN.has(e.name) || e.dur! < 300) continue;
        if (depth === 0 || e.name === 'RunTask') continue;
        if (depth <= 4) {
          const k = e.name;
          if (depth <= 2) byName.set(k, (byName.get(k) ?? 0) + e.dur! / 1000);
        }
        if (depth <= Number(process.env.DEPTH ?? 3))
          console.log(
            `  ${'  '.repeat(depth - 1)}+${((e.ts - from) / 1000).toFixed(1).padStart(5)} ${(e.dur! / 1000).toFixed(1).padStart(5)} ms  ${describe(e)}`,
          );
      }
    }
    // heaviest functions over every window, inclusive
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
    const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
    const keyOf = (at: number) => {
      const f = nodes.get(at)!.callFrame;
      return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    };
    const incl = new Map<string, number>();
    const self = new Map<string, number>();
    let clock = profile.startTime;
    profile.samples.forEach((id, i) => {
      clock += profile.timeDeltas[i] ?? 0;
      if (!windows.some(([a, b]) => clock >= a && clock <= b)) return;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000 / windows.length;
      self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const k = keyOf(at);
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + ms);
      }
    });
    console.log('\nper switch, by trace event (depth ≤ 2, ms):');
    for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]))
      console.log(`  ${(v / windows.length).toFixed(2)}\t${k}`);
    console.log('\nper switch, inclusive (ms):');
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${v.toFixed(2)}\t${k}`);
    console.log('\nper switch, self (ms):');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${v.toFixed(2)}\t${k}`);
  } finally {
    await browser.close();
    server.kill();
  }
}
void main();
