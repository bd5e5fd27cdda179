/**
 * Centralities over the visible graph, by Cytoscape's own algorithms, treating relationships as
 * undirected (who is connected, not who acts). Betweenness grows fast with the graph (about
 * 1.7 s at 1k nodes), so metrics are computed on demand, never on every render.
 *
 * - degree: how many relationships a node has (a count);
 * - betweenness: how often it lies on shortest paths between others, relative to the highest;
 * - closeness: how near it is to all others (harmonic, so it works on disconnected graphs),
 *   relative to the highest.
 */
import type { SubGraph } from './filter';
import { sharedHeadlessGraph } from './headless';

export const METRIC_NAMES = ['degree', 'betweenness', 'closeness'] as const;
export type Metric = (typeof METRIC_NAMES)[number];

/** A metric's value per node id. */
export type MetricValues = Map<string, number>;

/** Computes one metric for every node of the graph. */
export function computeMetric(graph: SubGraph, metric: Metric): MetricValues {
  return computeMetrics(graph, [metric])[metric] as MetricValues;
}

/** Computes the metrics asked for (all by default) on one headless instance. */
export function computeMetrics<M extends Metric>(
  graph: SubGraph,
  metrics: readonly M[] = METRIC_NAMES as unknown as M[],
): Record<M, MetricValues> {
  const cy = sharedHeadlessGraph(graph);
  const eles = cy.elements();
  const nodes = cy.nodes();
  const out = {} as Record<M, MetricValues>;
  for (const metric of metrics) {
    const values: MetricValues = new Map();
    if (metric === 'degree') {
      nodes.forEach((n) => void values.set(n.id(), n.degree(false)));
    } else if (metric === 'betweenness') {
      const bc = eles.betweennessCentrality({ directed: false });
      nodes.forEach((n) => void values.set(n.id(), finite(bc.betweennessNormalized(n))));
    } else {
      const cc = eles.closenessCentralityNormalized({ directed: false, harmonic: true });
      nodes.forEach((n) => void values.set(n.id(), finite(cc.closeness(n))));
    }
    out[metric] = values;
  }
  return out;
}

/** Cytoscape divides by the maximum; a graph without edges gives 0/0, which reads as 0. */
const finite = (x: number) => (Number.isFinite(x) ? x : 0);

/**
 * Node sizes (in px) for a metric: the square root of the value relative to the largest, so
 * that area, not width, follows the value; equal values (or an empty graph) give the base size.
 */
export function metricSizes(values: MetricValues, min = 20, max = 72): Map<string, number> {
  let top = 0;
  for (const v of values.values()) top = Math.max(top, v);
  const sizes = new Map<string, number>();
  for (const [id, v] of values) sizes.set(id, top > 0 ? min + (max - min) * Math.sqrt(v / top) : min);
  return sizes;
}

export type RankedRow = { id: string; degree: number; betweenness: number; closeness: number };

/** The table's rows, sorted by a metric (ties by the other metrics, then by id for stability). */
export function rankRows(metrics: Record<Metric, MetricValues>, by: Metric, descending = true): RankedRow[] {
  const rows: RankedRow[] = [...metrics.degree.keys()].map((id) => ({
    id,
    degree: metrics.degree.get(id) ?? 0,
    betweenness: metrics.betweenness.get(id) ?? 0,
    closeness: metrics.closeness.get(id) ?? 0,
  }));
  const sign = descending ? -1 : 1;
  const order = [by, ...METRIC_NAMES.filter((m) => m !== by)];
  rows.sort((a, b) => {
    for (const m of order) if (a[m] !== b[m]) return sign * (a[m] - b[m]);
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return rows;
}
