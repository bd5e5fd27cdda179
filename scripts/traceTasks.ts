/**
 * The page's long tasks as a Chromium trace records them (for `profile:load -- TRACE=1`): each
 * task cut exactly where it ran on the page's main thread, what started it (a message, a timer, an
 * animation frame, an input), the script calls and garbage collections within it, and the CPU
 * profile's samples taken inside it. A trace and a CPU profile share one clock, so no guess aligns
 * them; the long-task entries of the page are a few milliseconds off and name no cause.
 */

export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
};
export type Trace = { traceEvents: TraceEvent[] };

export type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
export type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];

/** What an event inside a task is, in a word or two. */
export function describe(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  if (e.name === 'EventDispatch') return `event ${String(d.type)}`;
  if (e.name === 'FunctionCall') {
    const url = String(d.url ?? '')
      .split('/')
      .pop();
    return `call ${String(d.functionName || '(anon)')} ${url}:${String(d.lineNumber ?? '')}`;
  }
  return e.name;
}

const NOTABLE = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'MajorGC',
  'MinorGC',
  'V8.GC_MARK_COMPACTOR',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'ParseHTML',
  'v8.compile',
  'EvaluateScript',
]);

/** The main thread of the page that ran the app's scripts: the one with the most script calls. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const calls = new Map<string, number>();
  for (const e of events)
    if (e.name === 'FunctionCall') calls.set(`${e.pid}:${e.tid}`, (calls.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const top = [...calls].sort((a, b) => b[1] - a[1])[0];
  if (!top) return null;
  const [pid, tid] = top[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** The heaviest functions sampled in [from, to] (microseconds, the trace's clock), inclusive. */
function sampled(profile: Profile, from: number, to: number, top: number): string {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
  const keyOf = (at: number) => {
    const f = nodes.get(at)!.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  const incl = new Map<string, number>();
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    clock += profile.timeDeltas[i] ?? 0;
    if (clock < from || clock > to) return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(at);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
  });
  return [...incl]
    .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${k}=${Math.round(v)}`)
    .join(' | ');
}

/**
 * Prints every task of the page's main thread over `minMs`, in order: its start (ms on the
 * trace's clock, from the first task), its length, the notable events in it of 5 ms or more, and
 * its heaviest sampled functions.
 */
export function printTracedTasks(trace: Trace, profile: Profile, minMs: number) {
  const events = trace.traceEvents;
  const main = mainThread(events);
  if (!main) return console.log('trace: no script ran');
  const mine = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const t0 = tasks[0]?.ts ?? 0;
  const top = Number(process.env.TASKTOP ?? 14);
  for (const task of tasks) {
    if (task.dur! < minMs * 1000) continue;
    const end = task.ts + task.dur!;
    const inside = mine.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && NOTABLE.has(e.name) && e.dur! >= 5000,
    );
    console.log(
      `traced task ${Math.round(task.dur! / 1000)} ms at +${Math.round((task.ts - t0) / 1000)}: ` +
        inside.map((e) => `${describe(e)} ${Math.round(e.dur! / 1000)}`).join(', '),
    );
    console.log(`  sampled: ${sampled(profile, task.ts, end, top)}`);
  }
}
