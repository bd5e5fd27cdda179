/**
 * What the graph shows: the visible node and edge ids derived from (dataset, filters, focus).
 * Pure and synchronous, so the same answer drives the Cytoscape classes, the metrics, the path
 * search and the exports, and is tested in Node. Nothing here is stored: it is recomputed from
 * the user's choices (see src/store/visible.ts for the memo).
 */
import type { Dataset, GraphEdge, GraphNode } from '../data/schema';
import {
  FILTER_FIELDS,
  FILTER_KEYS,
  isDefault,
  LIST_FILTER_KEYS,
  type GraphFilters,
  type ListFilterKey,
} from './filterFields';
import { typeCatalogue } from './typeInfo';

export { NO_FILTERS, type GraphFilters } from './filterFields';

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
  const { from, to } = f.years;
  return (from === null || year >= from) && (to === null || year <= to);
};

/** The hidden values of each list filter, as sets (made once per pass over the dataset). */
export type HiddenSets = ReadonlyMap<ListFilterKey, ReadonlySet<string>>;
export const hiddenSets = (f: GraphFilters): HiddenSets =>
  new Map(LIST_FILTER_KEYS.map((k) => [k, new Set(f[k])]));

/** A list filter keeps an element with no value for it, or with at least one shown value. */
const keeps = (values: readonly string[] | undefined, hidden: ReadonlySet<string>): boolean =>
  !values || values.length === 0 || hidden.size === 0 || values.some((v) => !hidden.has(v));

/** Whether a node passes the node-level filters (its list filters and the year range). */
export function nodePasses(n: GraphNode, f: GraphFilters, hidden: HiddenSets = hiddenSets(f)): boolean {
  for (const k of LIST_FILTER_KEYS) if (!keeps(FILTER_FIELDS[k].node?.(n), hidden.get(k)!)) return false;
  return inRange(n.founded, f);
}

/** Whether an edge passes the edge-level filters (its list filters, year, evidence), whatever its ends. */
export function edgePasses(e: GraphEdge, f: GraphFilters, hidden: HiddenSets = hiddenSets(f)): boolean {
  for (const k of LIST_FILTER_KEYS) if (!keeps(FILTER_FIELDS[k].edge?.(e), hidden.get(k)!)) return false;
  return inRange(e.since, f) && !(f.hideUnevidenced && e.evidence.length === 0);
}

/**
 * Applies the filters. An edge is shown only when both its ends are; "hide isolated" then drops
 * nodes left without a shown edge. `keep` names a node shown whatever the filters say (the focus
 * root: the user asked to look at it), so that its neighbourhood can be found.
 */
export function filterElements(dataset: Dataset, f: GraphFilters, keep?: string): Visible {
  // with every filter at its default, each element passes: not tested one by one (a dataset just
  // loaded, of 25,000 elements, is shown unfiltered)
  const all = FILTER_KEYS.every((k) => isDefault(k, f[k]));
  const hidden = hiddenSets(f);
  const nodes = new Set<string>();
  for (const n of dataset.nodes) if (all || n.id === keep || nodePasses(n, f, hidden)) nodes.add(n.id);
  const edges = new Set<string>();
  const connected = new Set<string>();
  for (const e of dataset.edges) {
    if (nodes.has(e.source) && nodes.has(e.target) && (all || edgePasses(e, f, hidden))) {
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
  /** For each list filter, how many elements hold each value (sources: nodes and edges citing it). */
  lists: Record<ListFilterKey, Record<string, Count>>;
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
    lists: Object.fromEntries(LIST_FILTER_KEYS.map((k) => [k, {}])) as FilterCounts['lists'],
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
  for (const n of dataset.nodes) {
    const shown = visible.nodes.has(n.id);
    for (const k of LIST_FILTER_KEYS)
      for (const v of FILTER_FIELDS[k].node?.(n) ?? []) bump(counts.lists[k], v, shown);
    year(n.founded, shown);
  }
  for (const e of dataset.edges) {
    const shown = visible.edges.has(e.id);
    for (const k of LIST_FILTER_KEYS)
      for (const v of FILTER_FIELDS[k].edge?.(e) ?? []) bump(counts.lists[k], v, shown);
    year(e.since, shown);
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
  return FILTER_KEYS.every((k) => isDefault(k, f[k]));
}
