/**
 * The rules that span records: unique ids, references that resolve, no duplicate edges or
 * self-loops, and tours that name what the dataset has. They read the raw input loosely
 * (whatever has the right shape), so they run even when the schema fails. Work is linear in the
 * input: ids are kept in Sets and Maps (never in plain objects, where "constructor" would be
 * found), and "did you mean" is left to the collector, which computes it only for what it reports.
 */
import { EDGE_TYPES, NODE_TYPES } from '../vocabulary';
import type { ProblemCollector } from './problems';
import { shown } from './text';

type Rec = Record<string, unknown>;

/** The ids a set of tours is checked against. */
export type IdLists = { nodes: readonly { id: string }[]; edges: readonly { id: string }[] };

export function datasetIntegrity(out: ProblemCollector, input: unknown): void {
  if (!isRecord(input)) return;
  const sources = records(input.sources);
  const nodes = records(input.nodes);
  const edges = records(input.edges);
  const glossary = records(input.glossary);
  const declared = isRecord(input.types) ? input.types : {};
  const nodeTypes = records(declared.nodes);
  const edgeTypes = records(declared.edges);
  for (const [name, list] of [
    ['sources', sources],
    ['nodes', nodes],
    ['edges', edges],
    ['glossary', glossary],
    ['types.nodes', nodeTypes],
    ['types.edges', edgeTypes],
  ] as const) {
    duplicateIds(out, name, list);
  }
  ownTypeClash(out, 'types.nodes', nodeTypes, NODE_TYPES);
  ownTypeClash(out, 'types.edges', edgeTypes, EDGE_TYPES);
  const nodeTypeIds = new Set([...Object.keys(NODE_TYPES), ...idSet(nodeTypes)]);
  const edgeTypeIds = new Set([...Object.keys(EDGE_TYPES), ...idSet(edgeTypes)]);
  /** Whether a relationship type is directed: ours say so in the vocabulary, declared ones in `directed`. */
  const directed = new Map<string, boolean>(Object.entries(EDGE_TYPES).map(([id, info]) => [id, info.directed]));
  for (const [, type] of edgeTypes) if (typeof type.id === 'string' && !directed.has(type.id)) directed.set(type.id, type.directed !== false);
  const nodeIds = idSet(nodes);
  const sourceIds = idSet(sources);
  const seen = new Map<string, number>();

  for (const [i, source] of sources) unsafeLink(out, `sources[${i}].url`, source.url);
  for (const [i, node] of nodes) {
    typeRef(out, `nodes[${i}].type`, node.type, nodeTypeIds, 'schema.nodeType');
    evidenceRefs(out, `nodes[${i}]`, node, sourceIds);
    unsafeLink(out, `nodes[${i}].url`, node.url);
  }
  for (const [i, edge] of edges) {
    const at = `edges[${i}]`;
    typeRef(out, `${at}.type`, edge.type, edgeTypeIds, 'schema.edgeType');
    for (const end of ['source', 'target'] as const) reference(out, `${at}.${end}`, edge[end], nodeIds, 'ref.node');
    const { source, target, type } = edge;
    if (typeof source === 'string' && source === target) out.add(at, 'ref.selfLoop', { value: shown(source) });
    if (typeof source === 'string' && typeof target === 'string' && typeof type === 'string' && directed.has(type)) {
      const undirected = !directed.get(type);
      const ends = undirected && target < source ? [target, source] : [source, target];
      const key = `${ends[0]}\u0000${ends[1]}\u0000${type}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else out.add(at, undirected ? 'ref.duplicateUndirected' : 'ref.duplicateEdge', { first: `edges[${first}]`, type });
    }
    evidenceRefs(out, at, edge, sourceIds);
  }
  for (const [i, entry] of glossary) {
    if (entry.node !== undefined) reference(out, `glossary[${i}].node`, entry.node, nodeIds, 'ref.node');
  }
}

/**
 * Tours against a dataset. `hints: false` skips "did you mean" altogether: for tours that do not
 * belong to the dataset (the built-in tours over a user's own data), an absent id is expected.
 */
export function storiesIntegrity(out: ProblemCollector, input: unknown, dataset: IdLists, hints: boolean): void {
  if (!isRecord(input)) return;
  const nodeIds = new Set(dataset.nodes.map((n) => n.id));
  const edgeIds = new Set(dataset.edges.map((e) => e.id));
  const tours = records(input.tours);
  duplicateIds(out, 'tours', tours);
  for (const [t, tour] of tours) {
    const steps = records(tour.steps);
    duplicateIds(out, `tours[${t}].steps`, steps);
    for (const [s, step] of steps) {
      for (const [field, ids, code] of [['nodes', nodeIds, 'ref.node'], ['edges', edgeIds, 'ref.edge']] as const) {
        const list = step[field];
        if (!Array.isArray(list)) continue;
        list.forEach((id, k) => reference(out, `tours[${t}].steps[${s}].${field}[${k}]`, id, ids, code, hints));
      }
    }
  }
}

/** A type must be ours or declared; the message lists the choices or the nearest one. */
function typeRef(
  out: ProblemCollector,
  path: string,
  value: unknown,
  ids: Set<string>,
  code: 'schema.nodeType' | 'schema.edgeType',
): void {
  if (typeof value !== 'string' || ids.has(value)) return;
  out.add(path, code, { value: shown(value), options: [...ids].join(', ') }, { word: value, candidates: ids });
}

/** A declared type may not take the id of one of ours: the dataset would mean two things by it. */
function ownTypeClash(out: ProblemCollector, name: string, list: [number, Rec][], ours: object): void {
  for (const [i, item] of list) {
    if (typeof item.id === 'string' && Object.hasOwn(ours, item.id)) out.add(`${name}[${i}].id`, 'ref.ownType', { value: shown(item.id) });
  }
}

function duplicateIds(out: ProblemCollector, name: string, list: [number, Rec][]): void {
  const first = new Map<string, number>();
  for (const [i, item] of list) {
    if (typeof item.id !== 'string') continue;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else out.add(`${name}[${i}].id`, 'ref.duplicateId', { value: shown(item.id), first: `${name}[${earlier}]` });
  }
}

function evidenceRefs(out: ProblemCollector, at: string, item: Rec, sourceIds: Set<string>): void {
  for (const [k, evidence] of records(item.evidence)) {
    reference(out, `${at}.evidence[${k}].source`, evidence.source, sourceIds, 'ref.source');
  }
}

/** A problem if `value` (a string) is not one of `ids`; other types are left to the schema. */
function reference(
  out: ProblemCollector,
  path: string,
  value: unknown,
  ids: Set<string>,
  code: 'ref.node' | 'ref.edge' | 'ref.source',
  hints = true,
): void {
  if (typeof value !== 'string' || ids.has(value)) return;
  out.add(path, code, { value: shown(value) }, hints ? { word: value, candidates: ids } : undefined);
}

/**
 * A warning for a link whose scheme is not http or https (`data:`, `vbscript:`, `file:`…): the
 * app shows such a value as plain text, never as a link, and says so here.
 */
function unsafeLink(out: ProblemCollector, path: string, value: unknown): void {
  if (typeof value !== 'string') return;
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') out.warn(path, 'link.scheme', { value: shown(value) });
}

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object items of a list, with their original index (so paths point at the right item). */
function records(value: unknown): [number, Rec][] {
  if (!Array.isArray(value)) return [];
  const out: [number, Rec][] = [];
  value.forEach((item, i) => {
    if (isRecord(item)) out.push([i, item]);
  });
  return out;
}

function idSet(list: [number, Rec][]): Set<string> {
  return new Set(list.map(([, item]) => item.id).filter((id): id is string => typeof id === 'string'));
}
