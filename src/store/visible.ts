/**
 * Derived state for analysts: what the graph shows, its metrics and its shortest paths, computed
 * from the store's choices and memoised on their identity (the store replaces an object whenever
 * it changes, so identity is a cheap and exact cache key). Nothing here is stored in the state.
 */
import { toSubGraph, visibleElements, type SubGraph, type Visible } from '../graph/filter';
import { type Metric, type MetricValues } from '../graph/metrics';
import { computeMetricsAsync } from '../graph/metricsAsync';
import { shortestPaths, type PathsResult } from '../graph/paths';
import type { AppState } from './types';

type VisibleInputs = Pick<AppState, 'dataset' | 'filters' | 'focus'>;

let lastVisible: { dataset: unknown; filters: unknown; focus: unknown; visible: Visible } | null = null;

/** The visible node and edge ids for the current filters and focus (same object while they hold). */
export function selectVisible(s: VisibleInputs): Visible {
  if (
    lastVisible &&
    lastVisible.dataset === s.dataset &&
    lastVisible.filters === s.filters &&
    lastVisible.focus === s.focus
  ) {
    return lastVisible.visible;
  }
  const visible = visibleElements(s.dataset, s.filters, s.focus);
  lastVisible = { dataset: s.dataset, filters: s.filters, focus: s.focus, visible };
  return visible;
}

const subgraphs = new WeakMap<Visible, SubGraph>();

/** The visible subgraph as lists (for paths and metrics), memoised per visible set. */
export function selectSubGraph(s: VisibleInputs): SubGraph {
  const visible = selectVisible(s);
  let sub = subgraphs.get(visible);
  if (!sub) {
    sub = toSubGraph(s.dataset, visible);
    subgraphs.set(visible, sub);
  }
  return sub;
}

const metricsCache = new WeakMap<Visible, Partial<Record<Metric, MetricValues>>>();

/**
 * Metrics over the visible graph, computed (off the main thread where possible) on first request
 * and kept while the view holds.
 */
export async function visibleMetrics<M extends Metric>(
  s: VisibleInputs,
  metrics: readonly M[],
): Promise<Record<M, MetricValues>> {
  const visible = selectVisible(s);
  const missing = metrics.filter((m) => !metricsCache.get(visible)?.[m]);
  if (missing.length) {
    const values = await computeMetricsAsync(selectSubGraph(s), missing);
    metricsCache.set(visible, { ...metricsCache.get(visible), ...values });
  }
  const cached = metricsCache.get(visible)!;
  return Object.fromEntries(metrics.map((m) => [m, cached[m]!])) as Record<M, MetricValues>;
}

/** The metric if it is already computed for the current view, else null. */
export function cachedVisibleMetric(s: VisibleInputs, metric: Metric): MetricValues | null {
  return metricsCache.get(selectVisible(s))?.[metric] ?? null;
}

let lastPaths: {
  visible: Visible;
  from: string;
  to: string;
  via: readonly string[];
  result: PathsResult;
} | null = null;

/** The shortest paths for the store's path query over the visible graph, or null without two ends. */
export function selectPaths(s: VisibleInputs & Pick<AppState, 'path'>): PathsResult | null {
  const { from, to, edgeTypes } = s.path;
  if (!from || !to) return null;
  const visible = selectVisible(s);
  if (
    lastPaths &&
    lastPaths.visible === visible &&
    lastPaths.from === from &&
    lastPaths.to === to &&
    lastPaths.via === edgeTypes
  ) {
    return lastPaths.result;
  }
  const result = shortestPaths(selectSubGraph(s), from, to, { edgeTypes });
  lastPaths = { visible, from, to, via: edgeTypes, result };
  return result;
}
