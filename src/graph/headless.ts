/**
 * A headless Cytoscape instance over a subgraph, for Cytoscape's own graph algorithms (BFS,
 * centralities) in Node and in the browser alike, without touching the drawn instance.
 */
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import type { SubGraph } from './filter';

/** A headless instance with the given options: layouts computed where nothing is drawn (the Worker). */
export function headlessInstance(options: Omit<CytoscapeOptions, 'headless' | 'container'>): Core {
  return cytoscape({ ...options, headless: true });
}

/** Creates a headless instance holding exactly the nodes and edges of `graph`. */
export function headlessGraph(graph: SubGraph): Core {
  const nodes = new Set(graph.nodes);
  return cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...graph.nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
      // an edge whose end is not in the graph would make Cytoscape throw: such edges are left out
      ...graph.edges
        .filter((e) => nodes.has(e.source) && nodes.has(e.target))
        .map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.source, target: e.target, type: e.type },
        })),
    ],
  });
}

const shared = new WeakMap<SubGraph, Core>();

/**
 * One headless instance per subgraph object, shared by every path query and metric on it:
 * building the instance is most of the cost on large graphs (0.5 s at 5k nodes), and the app
 * keeps one subgraph object per view (src/store/visible.ts). Callers must not change it.
 */
export function sharedHeadlessGraph(graph: SubGraph): Core {
  let cy = shared.get(graph);
  if (!cy || cy.destroyed()) {
    cy = headlessGraph(graph);
    shared.set(graph, cy);
  }
  return cy;
}
