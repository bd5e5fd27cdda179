/**
 * A node's relationships as its details panel lists them: grouped by relationship type and
 * direction, each group labelled as it reads from this node's side ("staffed by" on one end,
 * "staffs" on the other, via `EDGE_TYPES[type].inverse`). Pure, so it is tested in Node.
 */
import type { Dataset, GraphEdge, GraphNode, Lang, Source } from '../data/schema';
import { typeCatalogue } from './typeInfo';

/** Lookup tables for a dataset, built once per dataset object (datasets are never mutated). */
export type DatasetIndex = {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  sources: Map<string, Source>;
  /** Edges touching each node id, in dataset order. */
  incident: Map<string, GraphEdge[]>;
};

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** The dataset's lookup tables (cached per dataset object, so panels can call it on every render). */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = indexCache.get(dataset);
  if (cached) return cached;
  const incident = new Map<string, GraphEdge[]>();
  const touch = (id: string, e: GraphEdge) => {
    const list = incident.get(id);
    if (list) list.push(e);
    else incident.set(id, [e]);
  };
  for (const e of dataset.edges) {
    touch(e.source, e);
    if (e.target !== e.source) touch(e.target, e);
  }
  const index: DatasetIndex = {
    nodes: new Map(dataset.nodes.map((n) => [n.id, n])),
    edges: new Map(dataset.edges.map((e) => [e.id, e])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    incident,
  };
  indexCache.set(dataset, index);
  return index;
}

/** Which way a relationship reads from the node whose panel lists it. */
export type RelationDirection = 'out' | 'in' | 'mutual';

export type Relation = { edge: GraphEdge; other: GraphNode };

export type RelationGroup = {
  /** Stable key: type plus direction, e.g. "staffed-by:in". */
  key: string;
  type: string;
  direction: RelationDirection;
  /** The relationship as it reads from this node's side, in the language asked for. */
  label: string;
  /**
   * An incoming relationship of a type with no name for its other side (a dataset's own type):
   * `label` is the type's name, and the UI says that it points to this node.
   */
  reversed: boolean;
  relations: Relation[];
};

const DIRECTION_ORDER: Record<RelationDirection, number> = { out: 0, mutual: 1, in: 2 };

/**
 * A node's relationships grouped by type and direction, groups in vocabulary order (outgoing
 * before incoming), parties sorted by name in the language given. Unknown ids give no groups.
 */
export function relationsOf(dataset: Dataset, nodeId: string, lang: Lang): RelationGroup[] {
  const index = indexDataset(dataset);
  const groups = new Map<string, RelationGroup>();
  const catalogue = typeCatalogue(dataset.types);
  for (const edge of index.incident.get(nodeId) ?? []) {
    const info = catalogue.edge(edge.type);
    const direction: RelationDirection = !info.directed ? 'mutual' : edge.source === nodeId ? 'out' : 'in';
    const otherId = edge.source === nodeId ? edge.target : edge.source;
    const other = index.nodes.get(otherId);
    if (!other) continue;
    const key = `${edge.type}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      const label = direction === 'in' ? info.inverse[lang] : info.label[lang];
      const reversed = direction === 'in' && !info.named;
      group = { key, type: edge.type, direction, label, reversed, relations: [] };
      groups.set(key, group);
    }
    group.relations.push({ edge, other });
  }
  const collator = new Intl.Collator(lang);
  const order = new Map(catalogue.edges.map((e, i) => [e.id, i]));
  const typeOrder = (t: string) => order.get(t) ?? order.size;
  const sorted = [...groups.values()].sort(
    (a, b) =>
      typeOrder(a.type) - typeOrder(b.type) || DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction],
  );
  for (const g of sorted)
    g.relations.sort((a, b) => collator.compare(a.other.label[lang], b.other.label[lang]));
  return sorted;
}

/** An edge as a sentence: who, the relationship as the data states it, whom. */
export type EdgeReading = { from: GraphNode; to: GraphNode; label: string; directed: boolean };

/** How an edge reads, or null when an end is missing from the dataset. */
export function readEdge(dataset: Dataset, edge: GraphEdge, lang: Lang): EdgeReading | null {
  const index = indexDataset(dataset);
  const from = index.nodes.get(edge.source);
  const to = index.nodes.get(edge.target);
  if (!from || !to) return null;
  const info = typeCatalogue(dataset.types).edge(edge.type);
  return { from, to, label: info.label[lang], directed: info.directed };
}

/** The number of relationships a node has (its degree in the whole dataset). */
export function degreeOf(dataset: Dataset, nodeId: string): number {
  return indexDataset(dataset).incident.get(nodeId)?.length ?? 0;
}
