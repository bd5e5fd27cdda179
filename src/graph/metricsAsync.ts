/**
 * Metrics without blocking the page: computed in a Web Worker where the platform has one, and on
 * the calling thread otherwise (Node, jsdom) or if the worker cannot start or fails. Callers get
 * the same values either way.
 */
import type { SubGraph } from './filter';
import { computeMetrics, type Metric, type MetricValues } from './metrics';

type Pending = {
  graph: SubGraph;
  metrics: Metric[];
  resolve: (values: Partial<Record<Metric, MetricValues>>) => void;
};
type Reply = { id: number; values?: Record<string, [string, number][]>; error?: string };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

const onThisThread = (job: Pending) => job.resolve(computeMetrics(job.graph, job.metrics));

/** Every job still waiting, done here instead (the worker has gone). */
function drain() {
  worker = null;
  const jobs = [...pending.values()];
  pending.clear();
  jobs.forEach(onThisThread);
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<Reply>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      pending.delete(e.data.id);
      if (!e.data.values) return onThisThread(job);
      const values: Partial<Record<Metric, MetricValues>> = {};
      for (const [m, entries] of Object.entries(e.data.values)) values[m as Metric] = new Map(entries);
      job.resolve(values);
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

/** Computes the metrics asked for over a graph, off the main thread where it can. */
export function computeMetricsAsync<M extends Metric>(graph: SubGraph, metrics: readonly M[]): Promise<Record<M, MetricValues>> {
  return new Promise((resolve) => {
    const job: Pending = { graph, metrics: [...metrics], resolve: resolve as Pending['resolve'] };
    const w = getWorker();
    if (!w) return onThisThread(job);
    const id = ++nextId;
    pending.set(id, job);
    w.postMessage({ id, graph, metrics: job.metrics });
  });
}
