/**
 * GEXF 1.3 (gexf.net) as Gephi and networkx (`read_gexf`) read it, valid against the 1.3 schema:
 * - one `defaultedgetype` (directed or undirected) and no per-edge type, since networkx refuses
 *   a graph that mixes them (the schema has no "mixed" either); the relationship's own direction
 *   is the `directed` attribute;
 * - colours as `r`, `g`, `b` (networkx reads nothing else);
 * - attributes declared with their types before the nodes and edges;
 * - positions in `viz:position`, y pointing up as in Gephi (the app's y, negated).
 */
import type { Dataset, GraphEdge, GraphNode, Lang } from '../../data/schema';
import { typeCatalogue } from '../typeInfo';
import { XmlWriter } from '../xml';
import {
  citedSourcesField,
  EDGE_FIELDS,
  NODE_FIELDS,
  scalar,
  type Field,
  type FieldContext,
  type FieldType,
} from './fields';
import type { GraphOptions } from './graphml';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

const GEXF_TYPE: Record<FieldType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
};

/**
 * Written as the element's own id and label (and positions as viz), not as attributes. Each
 * element also carries the records of the sources it cites, since GEXF has no place that every
 * reader keeps for the dataset's list of sources.
 */
const NODE_ATTRS = [
  ...NODE_FIELDS.filter((f) => !['id', 'label', 'x', 'y'].includes(f.name)),
  citedSourcesField<GraphNode>(),
];
const EDGE_ATTRS = [
  ...EDGE_FIELDS.filter((f) => !['id', 'source', 'target', 'label'].includes(f.name)),
  citedSourcesField<GraphEdge>(),
];

/** `#RRGGBB` as the three channels GEXF writes. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return { r: 128, g: 128, b: 128 };
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}

function attvalues<T>(w: XmlWriter, fields: readonly Field<T>[], item: T, ctx: FieldContext) {
  const values = fields.map((f) => [f.name, scalar(f, item, ctx)] as const).filter((x) => x[1] !== undefined);
  if (!values.length) return;
  w.start('attvalues');
  for (const [name, value] of values) w.leaf('attvalue', { for: name, value: String(value) });
  w.end();
}

const round = (v: number) => Math.round(v * 100) / 100;

export function toGexf(dataset: Dataset, lang: Lang, o: GraphOptions = {}): string {
  const ctx: FieldContext = { dataset, lang, ...(o.positions ? { positions: o.positions } : {}) };
  const w = new XmlWriter().start('gexf', {
    xmlns: GEXF_NS,
    'xmlns:viz': GEXF_VIZ_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  });
  w.start('meta', dataset.meta.updated ? { lastmodifieddate: dataset.meta.updated } : {});
  w.leaf('creator', {}, 'samverkan');
  w.leaf('description', {}, dataset.meta.title[lang]);
  w.end();

  w.start('graph', { mode: 'static', defaultedgetype: o.direction ?? 'directed' });
  const declare = (cls: 'node' | 'edge', fields: readonly Field<never>[]) => {
    w.start('attributes', { class: cls, mode: 'static' });
    for (const f of fields) w.leaf('attribute', { id: f.name, title: f.name, type: GEXF_TYPE[f.type] });
    w.end();
  };
  declare('node', NODE_ATTRS as readonly Field<never>[]);
  declare('edge', EDGE_ATTRS as readonly Field<never>[]);

  const types = typeCatalogue(dataset.types);
  w.start('nodes');
  for (const n of dataset.nodes) {
    w.start('node', { id: n.id, label: n.label[lang] });
    attvalues(w, NODE_ATTRS, n, ctx);
    w.leaf('viz:color', rgb(types.node(n.type).color));
    const p = o.positions?.get(n.id);
    if (p) w.leaf('viz:position', { x: round(p.x), y: round(-p.y), z: 0 });
    w.leaf('viz:size', { value: 10 });
    w.end();
  }
  w.end();

  w.start('edges');
  for (const e of dataset.edges) {
    const label = scalar(
      EDGE_FIELDS.find((f) => f.name === 'label')!,
      e,
      ctx,
    );
    w.start('edge', { id: e.id, source: e.source, target: e.target, label: label as string | undefined });
    attvalues(w, EDGE_ATTRS, e, ctx);
    w.leaf('viz:color', rgb(types.edge(e.type).color));
    w.end();
  }
  w.end();
  return w.toString();
}
