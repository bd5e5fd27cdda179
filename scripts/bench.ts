/**
 * Benchmarks for the analysts' graph domain (npm run bench): filtering and focus, search, shortest
 * paths, metrics, exports and the label pass's placement, on the built-in dataset and on synthetic
 * graphs of 1k and 5k nodes, headless in Node. Prints a table of median times and the process's memory. Kept out of the
 * tests: speed is measured here, never asserted.
 *
 *   npm run bench            betweenness and closeness at 5k nodes are skipped (minutes)
 *   npm run bench -- --full  everything
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/data/schema';
import {
  filterCounts,
  NO_FILTERS,
  toSubGraph,
  visibleElements,
  type GraphFilters,
} from '../src/graph/filter';
import { synthetic } from './synthetic';
import { buildSearchIndex, search } from '../src/graph/search';
import { shortestPaths } from '../src/graph/paths';
import { headlessGraph, sharedHeadlessGraph } from '../src/graph/headless';
import { computeMetric, type Metric } from '../src/graph/metrics';
import { edgesCsv, subgraphDataset, toGexf, toGraphml, toJson } from '../src/graph/export';
import { positionsFromJson } from '../src/graph/elements';
import { placementAt, scatter } from './benchLabels';

const FULL = process.argv.includes('--full');

/** Median wall time of `runs` calls, in milliseconds. */
function time(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

type Row = { graph: string; task: string; ms: number | null; note?: string };
const rows: Row[] = [];

/** The label pass's placement (benchLabels.ts) at three zooms, with the names it draws. */
function benchLabels(name: string, ds: Dataset, positions: ReadonlyMap<string, { x: number; y: number }>) {
  for (const [zoom, what] of [
    [1, 'whole network'],
    [2, 'zoomed in 2×'],
    [4, 'zoomed in 4×'],
  ] as const) {
    const place = placementAt(ds, positions, zoom);
    const drawn = place();
    rows.push({
      graph: name,
      task: `label placement: ${what} (${drawn} drawn)`,
      ms: time(place, ds.nodes.length > 2000 ? 9 : 21),
    });
  }
}

function bench(name: string, ds: Dataset, big: boolean) {
  const runs = big ? 3 : 20;
  const add = (task: string, fn: () => unknown, n = runs) =>
    rows.push({ graph: name, task, ms: time(fn, n) });
  const filters: GraphFilters = {
    ...NO_FILTERS,
    hiddenLevels: ['global'],
    hiddenEdgeTypes: ['works-on'],
    years: { from: 1960, to: null },
    hideIsolated: true,
  };
  add('filter: none', () => visibleElements(ds, NO_FILTERS));
  add('filter: level, type, years, isolated', () => visibleElements(ds, filters));
  const hub = ds.edges[0]?.target ?? ds.nodes[0]!.id;
  add('focus: depth 2', () => visibleElements(ds, NO_FILTERS, { id: hub, depth: 2, direction: 'all' }));
  const visible = visibleElements(ds, NO_FILTERS);
  add('filter counts', () => filterCounts(ds, visible));
  add('search: build index', () => buildSearchIndex(ds));
  const index = buildSearchIndex(ds);
  const queries = ['sapo', 'pol', 'europ', 'nordisk råd', 'osse', 'z'];
  add(`search: ${queries.length} queries`, () => queries.forEach((q) => search(index, q, 'sv')));
  const graph = toSubGraph(ds, visible);
  const a = ds.nodes[ds.nodes.length - 1]!.id;
  const b = ds.nodes[Math.floor(ds.nodes.length / 2)]!.id;
  add('headless instance: build', () => headlessGraph(graph).destroy(), big ? 1 : runs);
  sharedHeadlessGraph(graph); // built once per view in the app; the rows below reuse it
  add('paths: all shortest, far apart', () => shortestPaths(graph, a, b));
  const near = ds.edges[ds.edges.length - 1]!;
  add('paths: all shortest, neighbours', () => shortestPaths(graph, near.source, near.target));
  for (const metric of ['degree', 'betweenness', 'closeness'] as Metric[]) {
    if (big && ds.nodes.length > 2000 && metric !== 'degree' && !FULL) {
      rows.push({ graph: name, task: `metric: ${metric}`, ms: null, note: 'skipped (--full)' });
      continue;
    }
    add(`metric: ${metric}`, () => computeMetric(graph, metric), big ? 1 : 5);
  }
  const sub = subgraphDataset(ds, visible);
  add('export: JSON', () => toJson(sub));
  add('export: CSV (edges)', () => edgesCsv(sub));
  add('export: GEXF', () => toGexf(sub, 'sv'), big ? 1 : runs);
  add('export: GraphML', () => toGraphml(sub, 'sv'));
}

const real = JSON.parse(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8')) as Dataset;
const realName = `built-in (${real.nodes.length} nodes, ${real.edges.length} edges)`;
bench(realName, real, false);
const stored = JSON.parse(readFileSync(new URL('../data/positions.json', import.meta.url), 'utf8')) as Record<
  string,
  { x: number; y: number }
>;
benchLabels(realName, real, positionsFromJson(stored));
for (const n of [1000, 5000]) {
  const ds = synthetic(n);
  const name = `synthetic (${ds.nodes.length} nodes, ${ds.edges.length} edges)`;
  bench(name, ds, true);
  benchLabels(name, ds, scatter(ds));
}

const width = Math.max(...rows.map((r) => r.task.length));
let graph = '';
for (const r of rows) {
  if (r.graph !== graph) {
    graph = r.graph;
    console.log(`\n${graph}`);
  }
  console.log(
    `  ${r.task.padEnd(width)}  ${r.ms === null ? r.note : `${r.ms.toFixed(r.ms < 10 ? 2 : 0).padStart(8)} ms`}`,
  );
}
const mem = process.memoryUsage();
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(0)} MB`;
console.log(
  `\nmemory: rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)} of ${mb(mem.heapTotal)}, external ${mb(mem.external)}`,
);
console.log(
  `node ${process.version}${FULL ? '' : '; betweenness and closeness at 5k nodes skipped (npm run bench -- --full)'}`,
);
