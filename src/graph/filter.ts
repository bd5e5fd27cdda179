/**
 * What the graph shows: the visible node and edge ids derived from (dataset, filters, focus).
 * Pure and synchronous, so the same answer drives the Cytoscape classes, the metrics, the path
 * search and the exports, and is tested in Node. Nothing here is stored: it is recomputed from
 * the user's choices (see src/store/visible.ts for the memo).
 */
import type { Dataset, Evidence, GraphEdge, GraphNode } from '../data/schema';
import { typeCatalogue } from './typeInfo';

/** The filter choices (structurally the store's `Filters`): every list says what is hidden. */
export type GraphFilters = {
  hiddenNodeTypes: readonly string[];
  hiddenLevels: readonly string[];
  hiddenEdgeTypes: readonly string[];
  hiddenSources: readonly string[];
  yearFrom: number | null;
  yearTo: number | null;
  includeUndated: boolean;
  hideIsolated: boolean;
  /** Hide edges with no evidence at all (optional: older callers leave it out). */
  hideUnevidenced?: boolean;
};

/** Nothing filtered out. */
export const NO_FILTERS: GraphFilters = {
  hiddenNodeTypes: [],
  hiddenLevels: [],
  hiddenEdgeTypes: [],
  hiddenSources: [],
  yearFrom: null,
  yearTo: null,
  includeUndated: true,
  hideIsolated: false,
};

export type FocusDirection = 'all' | 'out' | 'in';
export type FocusSpec = { id: string; depth: number; direction: FocusDirection } | null;

/** The ids the graph shows; everything else is hidden (or faded, in fade mode). */
export type Visible = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };

/** The nodes and edges of a (visible) subgraph, the input of paths and metrics. */
export type SubGraph = {
  nodes: string[];
  edges: { id: string; source: string; target: string; type: string }[];
};

const inRange = (year: number | undefined, f: GraphFilters): boolean => {
  if (year === undefined) return f.includeUndated;
  return (f.yearFrom === null || year >= f.yearFrom) && (f.yearTo === null || year <= f.yearTo);
};

/** Evidence filter: an element is kept if it cites no source at all, or at least one shown source. */
const citesShownSource = (evidence: readonly Evidence[] | undefined, hidden: ReadonlySet<string>): boolean =>
  !evidence || evidence.length === 0 || evidence.some((e) => !hidden.has(e.source));

/** Whether a node passes the node-level filters (type, level, year, sources). */
export function nodePasses(
  n: GraphNode,
  f: GraphFilters,
  hiddenSources: ReadonlySet<string> = new Set(f.hiddenSources),
): boolean {
  return (
    !f.hiddenNodeTypes.includes(n.type) &&
    !f.hiddenLevels.includes(n.level) &&
    inRange(n.founded, f) &&
    citesShownSource(n.evidence, hiddenSources)
  );
}

/** Whether an edge passes the edge-level filters (type, year, sources), whatever its ends. */
export function edgePasses(
  e: GraphEdge,
  f: GraphFilters,
  hiddenSources: ReadonlySet<string> = new Set(f.hiddenSources),
): boolean {
  return (
    !f.hiddenEdgeTypes.includes(e.type) &&
    inRange(e.since, f) &&
    citesShownSource(e.evidence, hiddenSources) &&
    !(f.hideUnevidenced && e.evidence.length === 0)
  );
}

/**
 * Applies the filters. An edge is shown only when both its ends are; "hide isolated" then drops
 * nodes left without a shown edge. `keep` names a node shown whatever the filters say (the focus
 * root: the user asked to look at it), so that its neighbourhood can be found.
 */
export function filterElements(dataset: Dataset, f: GraphFilters, keep?: string): Visible {
  const hiddenSources = new Set(f.hiddenSources);
  const nodes = new Set<string>();
  for (const n of dataset.nodes) if (n.id === keep || nodePasses(n, f, hiddenSources)) nodes.add(n.id);
  const edges = new Set<string>();
  const connected = new Set<string>();
  for (const e of dataset.edges) {
    if (nodes.has(e.source) && nodes.has(e.target) && edgePasses(e, f, hiddenSources)) {
      edges.add(e.id);
      connected.add(e.source);
      connected.add(e.target);
    }
  }
  if (f.hideIsolated) for (const id of [...nodes]) if (!connected.has(id) && id !== keep) nodes.delete(id);
  return { nodes, edges };
}

/**
 * The focus node's neighbourhood within `visible`: nodes reachable in at most `depth` steps
 * (following edges out of, into, or either way from each node), and the shown edges among them.
 * Undirected relationship types are followed either way whatever the direction asked.
 */
export function neighbourhood(dataset: Dataset, visible: Visible, focus: NonNullable<FocusSpec>): Visible {
  const next = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  };
  const catalogue = typeCatalogue(dataset.types);
  for (const e of dataset.edges) {
    if (!visible.edges.has(e.id)) continue;
    const undirected = !catalogue.edge(e.type).directed;
    if (focus.direction !== 'in' || undirected) link(e.source, e.target);
    if (focus.direction !== 'out' || undirected) link(e.target, e.source);
  }
  const reached = new Set<string>([focus.id]);
  let frontier = [focus.id];
  for (let d = 0; d < focus.depth && frontier.length > 0; d++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (!reached.has(n)) {
          reached.add(n);
          following.push(n);
        }
      }
    }
    frontier = following;
  }
  const edges = new Set<string>();
  for (const e of dataset.edges) {
    if (visible.edges.has(e.id) && reached.has(e.source) && reached.has(e.target)) edges.add(e.id);
  }
  return { nodes: reached, edges };
}

/** Filters, then the focus (if any, and if its node exists): what the graph shows. */
export function visibleElements(dataset: Dataset, f: GraphFilters, focus: FocusSpec = null): Visible {
  const focusNode = focus && dataset.nodes.some((n) => n.id === focus.id) ? focus : null;
  const filtered = filterElements(dataset, f, focusNode?.id);
  return focusNode ? neighbourhood(dataset, filtered, focusNode) : filtered;
}

/** The visible part of a dataset as plain lists, in dataset order (for paths, metrics, exports). */
export function toSubGraph(dataset: Dataset, visible: Visible): SubGraph {
  return {
    nodes: dataset.nodes.filter((n) => visible.nodes.has(n.id)).map((n) => n.id),
    edges: dataset.edges
      .filter((e) => visible.edges.has(e.id))
      .map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type })),
  };
}

/** How many elements an option holds in the dataset, and how many of them are shown now. */
export type Count = { total: number; visible: number };

export type FilterCounts = {
  nodeTypes: Record<string, Count>;
  levels: Record<string, Count>;
  edgeTypes: Record<string, Count>;
  /** Elements (nodes and edges) that cite each source. */
  sources: Record<string, Count>;
  /** The earliest and latest year in the data (`founded` and `since`), or null if none. */
  years: { min: number; max: number } | null;
  undated: Count;
};

const bump = (counts: Record<string, Count>, key: string, shown: boolean) => {
  const c = (counts[key] ??= { total: 0, visible: 0 });
  c.total += 1;
  if (shown) c.visible += 1;
};

/** Counts for every filter option, so each can show how many elements it holds. */
export function filterCounts(dataset: Dataset, visible: Visible): FilterCounts {
  const counts: FilterCounts = {
    nodeTypes: {},
    levels: {},
    edgeTypes: {},
    sources: {},
    years: null,
    undated: { total: 0, visible: 0 },
  };
  let min = Infinity;
  let max = -Infinity;
  const year = (y: number | undefined, shown: boolean) => {
    if (y === undefined) {
      counts.undated.total += 1;
      if (shown) counts.undated.visible += 1;
      return;
    }
    min = Math.min(min, y);
    max = Math.max(max, y);
  };
  const cite = (evidence: readonly Evidence[] | undefined, shown: boolean) => {
    for (const id of new Set((evidence ?? []).map((e) => e.source))) bump(counts.sources, id, shown);
  };
  for (const n of dataset.nodes) {
    const shown = visible.nodes.has(n.id);
    bump(counts.nodeTypes, n.type, shown);
    bump(counts.levels, n.level, shown);
    year(n.founded, shown);
    cite(n.evidence, shown);
  }
  for (const e of dataset.edges) {
    const shown = visible.edges.has(e.id);
    bump(counts.edgeTypes, e.type, shown);
    year(e.since, shown);
    cite(e.evidence, shown);
  }
  if (min <= max) counts.years = { min, max };
  return counts;
}

/** How many nodes the other filters leave without a shown edge: what "hide isolated" would hide. */
export function isolatedCount(dataset: Dataset, f: GraphFilters): number {
  const { nodes, edges } = filterElements(dataset, { ...f, hideIsolated: false });
  const connected = new Set<string>();
  for (const e of dataset.edges) {
    if (edges.has(e.id)) {
      connected.add(e.source);
      connected.add(e.target);
    }
  }
  let count = 0;
  for (const id of nodes) if (!connected.has(id)) count += 1;
  return count;
}

/** True when the filters hide nothing (so "reset" has nothing to do). */
export function isDefaultFilters(f: GraphFilters): boolean {
  return (
    f.hiddenNodeTypes.length === 0 &&
    f.hiddenLevels.length === 0 &&
    f.hiddenEdgeTypes.length === 0 &&
    f.hiddenSources.length === 0 &&
    f.yearFrom === null &&
    f.yearTo === null &&
    f.includeUndated &&
    !f.hideIsolated
  );
}
