/**
 * Builds Cytoscape element definitions from a dataset. Pure: used by the app, by the layout
 * script and by headless algorithms in Node. Language-dependent fields (`label`, `fullLabel`)
 * are filled for the language given; the app later changes them in place, never rebuilding.
 */
import type { Dataset, GraphEdge, GraphNode, Lang } from '../data/schema';
import type { CustomTypes } from '../data/schema';
import { typeCatalogue } from './typeInfo';

export type Position = { x: number; y: number };
/** Node positions by node id: a Map, never a plain object (an id such as `constructor` would find Object.prototype). */
export type Positions = ReadonlyMap<string, Position>;

/** Positions as stored in a file (`{ "id": { "x": 0, "y": 0 } }`), read into a Map (own keys only). */
export function positionsFromJson(json: Readonly<Record<string, Position>>): Positions {
  return new Map(Object.entries(json));
}

/** Positions in the stored form, in the order given. */
export function positionsToJson(positions: Positions): Record<string, Position> {
  return Object.fromEntries(positions);
}

export type NodeData = {
  id: string;
  type: string;
  level: string;
  /** The label shown on the graph: the acronym where there is one, else the name. */
  label: string;
  /** The full name, shown on hover and selection. */
  fullLabel: string;
  founded?: number;
};

export type EdgeData = {
  id: string;
  source: string;
  target: string;
  type: string;
  directed: boolean;
  label: string;
  since?: number;
  /** No source or quote given (an imported relationship): drawn in its own style. */
  noEvidence?: boolean;
};

export type ElementDefinition =
  { group: 'nodes'; data: NodeData; position?: Position } | { group: 'edges'; data: EdgeData };

/** The short label of a node in a language: its acronym if it has one, else its name. */
export function shortLabel(node: GraphNode, lang: Lang): string {
  return node.short?.[lang] ?? node.label[lang];
}

/** The label of a node as the graph shows it when selected: "Name (ACRONYM)". */
export function fullLabel(node: GraphNode, lang: Lang): string {
  const short = node.short?.[lang];
  return short && short !== node.label[lang] ? `${node.label[lang]} (${short})` : node.label[lang];
}

/** An edge's label: its type's name (`types`: the dataset's declared types). */
export function edgeLabel(edge: GraphEdge, lang: Lang, types?: CustomTypes): string {
  return typeCatalogue(types).edge(edge.type).label[lang];
}

export function nodeData(node: GraphNode, lang: Lang): NodeData {
  return {
    id: node.id,
    type: node.type,
    level: node.level,
    label: shortLabel(node, lang),
    fullLabel: fullLabel(node, lang),
    ...(node.founded !== undefined ? { founded: node.founded } : {}),
  };
}

export function edgeData(edge: GraphEdge, lang: Lang, types?: CustomTypes): EdgeData {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    directed: typeCatalogue(types).edge(edge.type).directed,
    label: edgeLabel(edge, lang, types),
    ...(edge.since !== undefined ? { since: edge.since } : {}),
    ...(edge.evidence.length === 0 ? { noEvidence: true } : {}),
  };
}

/** All elements of a dataset, nodes first, with stored positions where given. */
export function buildElements(dataset: Dataset, lang: Lang, positions?: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = dataset.nodes.map((n) => {
    const position = positions?.get(n.id);
    return position
      ? { group: 'nodes', data: nodeData(n, lang), position: { ...position } }
      : { group: 'nodes', data: nodeData(n, lang) };
  });
  const edges: ElementDefinition[] = dataset.edges.map((e) => ({
    group: 'edges',
    data: edgeData(e, lang, dataset.types),
  }));
  return [...nodes, ...edges];
}
