/**
 * "How is A connected to B?": every shortest path between two nodes over the visible graph.
 * Distances come from Cytoscape's own BFS (run from both ends, treating edges as undirected:
 * the question is about connection, not about who does what to whom); an edge lies on a
 * shortest path exactly when dist(A, u) + 1 + dist(v, B) equals dist(A, B), so the paths are
 * enumerated over those edges only. Each hop keeps the edge's own direction for display.
 */
import type { Collection, NodeSingular } from 'cytoscape';
import type { SubGraph } from './filter';
import { sharedHeadlessGraph } from './headless';

/** One step of a path: from → to over `edge`; `forward` when the edge itself points that way. */
export type Hop = { edge: string; from: string; to: string; forward: boolean };

export type PathsResult =
  /** `total` counts every shortest path; `paths` holds at most the limit asked for. */
  | { kind: 'found'; length: number; paths: Hop[][]; total: number }
  /** The two nodes are not connected in this graph (under the current filters). */
  | { kind: 'none' }
  /** The same node was picked twice. */
  | { kind: 'same' }
  /** One or both nodes are not in the graph (hidden by the filters or the focus). */
  | { kind: 'absent'; ids: string[] };

export type PathOptions = {
  /** Follow only these relationship types (empty or absent: all). */
  edgeTypes?: readonly string[];
  /** Most paths listed (the total is still counted). */
  limit?: number;
};

/**
 * Hop counts from `root` by Cytoscape's breadth-first search over `eles`, which visits nodes in
 * order of depth; `stop` ends the search early (at the other end, or past the depth needed).
 */
function bfsDistances(
  eles: Collection,
  root: NodeSingular,
  stop: (id: string, depth: number) => boolean,
): Map<string, number> {
  const dist = new Map<string, number>();
  eles.bfs({
    roots: root,
    directed: false,
    visit: (v, _e, _u, _i, depth) => {
      dist.set(v.id(), depth);
      return stop(v.id(), depth) ? true : undefined;
    },
  });
  return dist;
}

/** Every shortest path from `from` to `to` in `graph`, optionally over chosen edge types only. */
export function shortestPaths(
  graph: SubGraph,
  from: string,
  to: string,
  opts: PathOptions = {},
): PathsResult {
  const nodes = new Set(graph.nodes);
  const absent = [from, to].filter((id) => !nodes.has(id));
  if (absent.length) return { kind: 'absent', ids: [...new Set(absent)] };
  if (from === to) return { kind: 'same' };
  const types = opts.edgeTypes && opts.edgeTypes.length ? new Set(opts.edgeTypes) : null;
  const edges = types ? graph.edges.filter((e) => types.has(e.type)) : graph.edges;
  const cy = sharedHeadlessGraph(graph);
  const eles = types
    ? cy.nodes().union(cy.edges().filter((e) => types.has(e.data('type') as string)))
    : cy.elements();
  // From A until B is reached: every node nearer than B has been seen by then.
  const fromA = bfsDistances(eles, cy.getElementById(from), (id) => id === to);
  const length = fromA.get(to);
  if (length === undefined) return { kind: 'none' };
  // From B, only nodes less than `length` away can lie on a shortest path.
  const toB = bfsDistances(eles, cy.getElementById(to), (_id, depth) => depth >= length);

  // The edges on some shortest path, each oriented the way the path walks it (layer k → k+1).
  const next = new Map<string, Hop[]>();
  for (const e of edges) {
    for (const [u, v, forward] of [
      [e.source, e.target, true],
      [e.target, e.source, false],
    ] as const) {
      const du = fromA.get(u);
      const dv = toB.get(v);
      if (du !== undefined && dv !== undefined && du + 1 + dv === length) {
        const list = next.get(u) ?? [];
        list.push({ edge: e.id, from: u, to: v, forward });
        next.set(u, list);
      }
    }
  }

  // How many shortest paths lead from each node to B (counted without listing them all).
  const counts = new Map<string, number>([[to, 1]]);
  const countFrom = (u: string): number => {
    const known = counts.get(u);
    if (known !== undefined) return known;
    let c = 0;
    for (const hop of next.get(u) ?? []) c += countFrom(hop.to);
    counts.set(u, c);
    return c;
  };
  const total = countFrom(from);

  const limit = opts.limit ?? 50;
  const paths: Hop[][] = [];
  const walk = (u: string, hops: Hop[]) => {
    if (paths.length >= limit) return;
    if (u === to) return void paths.push(hops);
    for (const hop of next.get(u) ?? []) walk(hop.to, [...hops, hop]);
  };
  walk(from, []);
  return { kind: 'found', length, paths, total };
}

/** The node and edge ids on any of the paths (for highlighting). */
export function pathElements(paths: readonly Hop[][]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    for (const hop of path) {
      nodes.add(hop.from);
      nodes.add(hop.to);
      edges.add(hop.edge);
    }
  }
  return { nodes, edges };
}
