/**
 * Metrics without blocking the page: computed in a Web Worker where the platform has one, and on
 * the calling thread otherwise (Node, jsdom) or if the worker cannot start or fails. Callers get
 * the same values either way.
 *
 * The worker's replies are checked before use: a reply that is not what was asked for (garbage,
 * a value for an unknown node, a number where a list should be) is never trusted; the job is done
 * on this thread instead. A worker that does not answer within the time limit is stopped, and the
 * job fails with a MetricsTimeout, which the caller reports with an offer to try again (the next
 * call starts a fresh worker).
 */
import type { SubGraph } from './filter';
import { computeMetrics, type Metric, type MetricValues } from './metrics';

/** How long a worker may take before its job fails (betweenness at a few thousand nodes takes seconds). */
export const METRICS_TIMEOUT_MS = 45_000;

/** The worker did not answer in time; `seconds` is the limit, for the message. */
export class MetricsTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the metrics worker did not answer within ${seconds} s`);
    this.name = 'MetricsTimeout';
  }
}

type Values = Partial<Record<Metric, MetricValues>>;
type Pending = {
  graph: SubGraph;
  metrics: Metric[];
  resolve: (values: Values) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
};

let worker: Worker | null | undefined;
let nextId = 0;
let timeoutMs = METRICS_TIMEOUT_MS;
const pending = new Map<number, Pending>();

const onThisThread = (job: Pending) => {
  clearTimeout(job.timer);
  job.resolve(computeMetrics(job.graph, job.metrics));
};

/** Every job still waiting, done here instead (the worker has gone). */
function drain() {
  worker = null;
  const jobs = [...pending.values()];
  pending.clear();
  jobs.forEach(onThisThread);
}

/**
 * A reply's values if they are exactly what was asked: for each metric, a list of [node id,
 * finite number] pairs over the graph's nodes. Anything else gives null.
 */
export function checkReply(data: unknown, job: Pick<Pending, 'graph' | 'metrics'>): Values | null {
  if (typeof data !== 'object' || data === null) return null;
  const values = (data as { values?: unknown }).values;
  if (typeof values !== 'object' || values === null) return null;
  const nodes = new Set(job.graph.nodes);
  const out: Values = {};
  for (const metric of job.metrics) {
    const entries = Object.hasOwn(values, metric) ? (values as Record<string, unknown>)[metric] : undefined;
    if (!Array.isArray(entries) || entries.length > nodes.size) return null;
    const map: MetricValues = new Map();
    for (const entry of entries) {
      if (!Array.isArray(entry) || entry.length !== 2) return null;
      const [id, value] = entry as unknown[];
      if (typeof id !== 'string' || !nodes.has(id) || typeof value !== 'number' || !Number.isFinite(value))
        return null;
      map.set(id, value);
    }
    out[metric] = map;
  }
  return out;
}

function onReply(data: unknown) {
  const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
  const job = typeof id === 'number' ? pending.get(id) : undefined;
  if (!job) return; // not a reply to anything asked (or one that came after its time): ignored
  pending.delete(id as number);
  const values = checkReply(data, job);
  if (!values) return onThisThread(job); // an error or garbage: not trusted, done here
  clearTimeout(job.timer);
  job.resolve(values);
}

/** The worker took too long: it is stopped, and every job it had fails (retrying starts afresh). */
function timedOut() {
  const w = worker;
  worker = undefined; // the next call starts a new worker
  w?.terminate();
  const jobs = [...pending.values()];
  pending.clear();
  for (const job of jobs) {
    clearTimeout(job.timer);
    job.reject(new MetricsTimeout(Math.round(timeoutMs / 1000)));
  }
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<unknown>) => {
      try {
        onReply(e.data);
      } catch {
        // a reply must never break the page; the job's timer still ends it
      }
    };
    // a worker that cannot load (or crashes) leaves its jobs to this thread, and is not tried again
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      drain();
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Computes the metrics asked for over a graph, off the main thread where it can. Rejects with a
 * MetricsTimeout if the worker does not answer within the time limit.
 */
export function computeMetricsAsync<M extends Metric>(
  graph: SubGraph,
  metrics: readonly M[],
): Promise<Record<M, MetricValues>> {
  return new Promise((resolve, reject) => {
    const w = getWorker();
    const job: Pending = {
      graph,
      metrics: [...metrics],
      resolve: resolve as Pending['resolve'],
      reject,
      timer: undefined as unknown as ReturnType<typeof setTimeout>,
    };
    if (!w) return onThisThread(job);
    const id = ++nextId;
    job.timer = setTimeout(timedOut, timeoutMs);
    pending.set(id, job);
    w.postMessage({ id, graph, metrics: job.metrics });
  });
}

/** For tests: forget the worker (a new one is made on the next call) and set the time limit. */
export function resetMetricsWorker(options: { timeoutMs?: number } = {}) {
  worker?.terminate();
  worker = undefined;
  pending.clear();
  timeoutMs = options.timeoutMs ?? METRICS_TIMEOUT_MS;
}
