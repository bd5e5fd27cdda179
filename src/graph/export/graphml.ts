/**
 * GraphML (graphml.graphdrawing.org) as networkx (`read_graphml`), igraph (`Graph.Read_GraphML`),
 * Cytoscape desktop, Gephi and yEd read it as it is:
 * - one `edgedefault` for the whole graph and no per-edge `directed` attribute, since networkx
 *   refuses a graph that mixes them; the relationship's own direction is the `directed` data key;
 * - every attribute a typed `<key>` (string, int, double, boolean), declared before use;
 * - the edge id also as the data key `edge_id`, since igraph before 0.10 keeps only data keys
 *   (and later ones, which keep the XML id as `id`, warn when a data key has that name);
 * - positions as `x` and `y` (screen coordinates, y pointing down, as in the app).
 */
import type { Dataset, Lang } from '../../data/schema';
import type { Positions } from '../elements';
import { XmlWriter } from '../xml';
import { EDGE_FIELDS, NODE_FIELDS, scalar, type Field, type FieldContext, type FieldType } from './fields';

/** How the relationships are written: all directed (source → target), or all undirected. */
export type EdgeDirection = 'directed' | 'undirected';

export type GraphOptions = { positions?: Positions; direction?: EdgeDirection };

const GRAPHML_TYPE: Record<FieldType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
};

/** Node attributes (the id is the node's own attribute, which every reader keeps). */
const NODE_KEYS = NODE_FIELDS.filter((f) => f.name !== 'id');
/** Edge attributes: source and target are the edge's own; the id is kept as data too. */
const EDGE_KEYS = EDGE_FIELDS.filter((f) => f.name !== 'source' && f.name !== 'target').map((f) =>
  f.name === 'id' ? { ...f, name: 'edge_id' } : f,
);

export const graphmlKeyId = (kind: 'node' | 'edge' | 'graph', name: string) => `${kind[0]}_${name}`;

function data<T>(
  w: XmlWriter,
  kind: 'node' | 'edge',
  fields: readonly Field<T>[],
  item: T,
  ctx: FieldContext,
) {
  for (const f of fields) {
    const v = scalar(f, item, ctx);
    if (v !== undefined) w.leaf('data', { key: graphmlKeyId(kind, f.name) }, String(v));
  }
}

export function toGraphml(dataset: Dataset, lang: Lang, o: GraphOptions = {}): string {
  const ctx: FieldContext = { dataset, lang, ...(o.positions ? { positions: o.positions } : {}) };
  const w = new XmlWriter().start('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const key = (kind: 'node' | 'edge' | 'graph', name: string, type: FieldType) =>
    w.leaf('key', {
      id: graphmlKeyId(kind, name),
      for: kind,
      'attr.name': name,
      'attr.type': GRAPHML_TYPE[type],
    });
  key('graph', 'title', 'string');
  key('graph', 'sources_json', 'string');
  for (const f of NODE_KEYS) key('node', f.name, f.type);
  for (const f of EDGE_KEYS) key('edge', f.name, f.type);

  w.start('graph', { id: 'samverkan', edgedefault: o.direction ?? 'directed' });
  w.leaf('data', { key: graphmlKeyId('graph', 'title') }, dataset.meta.title[lang]);
  w.leaf('data', { key: graphmlKeyId('graph', 'sources_json') }, JSON.stringify(dataset.sources));
  for (const n of dataset.nodes) {
    w.start('node', { id: n.id });
    data(w, 'node', NODE_KEYS, n, ctx);
    w.end();
  }
  for (const e of dataset.edges) {
    w.start('edge', { id: e.id, source: e.source, target: e.target });
    data(w, 'edge', EDGE_KEYS, e, ctx);
    w.end();
  }
  return w.toString();
}
