/**
 * Exports of the visible subgraph: our own JSON format (loadable again and valid: the sources the
 * elements cite come along), CSV for spreadsheets, GEXF (written by graphology-gexf) and GraphML
 * (our own small writer; graphology-graphml only parses) for Gephi, Cytoscape desktop and graph
 * databases. Pure: strings in, strings out; the UI saves them as files.
 */
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/browser/writer';
import type { Dataset, Evidence, GraphEdge, GraphNode, Lang } from '../data/schema';
import { EDGE_TYPES, NODE_TYPES, LEVELS } from '../data/vocabulary';
import { NODE_APPEARANCE } from './appearance';
import type { Position, Positions } from './elements';
import type { Visible } from './filter';

/** The visible part of a dataset in our own format, with exactly the sources it cites. */
export function subgraphDataset(dataset: Dataset, visible: Visible): Dataset {
  const nodes = dataset.nodes.filter((n) => visible.nodes.has(n.id));
  const edges = dataset.edges.filter(
    (e) => visible.edges.has(e.id) && visible.nodes.has(e.source) && visible.nodes.has(e.target),
  );
  const cited = new Set<string>();
  for (const el of [...nodes, ...edges]) for (const ev of el.evidence ?? []) cited.add(ev.source);
  const sub: Dataset = {
    meta: dataset.meta,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    nodes,
    edges,
  };
  // a glossary entry naming a node that is not exported would be a broken reference
  if (dataset.glossary) sub.glossary = dataset.glossary.filter((g) => !g.node || visible.nodes.has(g.node));
  return sub;
}

export function toJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

// ---------- CSV ----------

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (= + - @ at the start) is prefixed with an
 * apostrophe, so an opened file never computes anything.
 */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text with CRLF line ends and a byte-order mark, so spreadsheets read UTF-8 (å, ä, ö). */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const sourceIds = (evidence: readonly Evidence[] | undefined) =>
  [...new Set((evidence ?? []).map((e) => e.source))].join('; ');
const quotes = (evidence: readonly Evidence[] | undefined) =>
  (evidence ?? []).map((e) => `[${e.source}] ${e.quote}`).join('\n');

export const NODE_CSV_HEADER = [
  'id',
  'type',
  'level',
  'label_sv',
  'label_en',
  'short_sv',
  'short_en',
  'founded',
  'aliases',
  'description_sv',
  'description_en',
  'url',
  'evidence_sources',
  'evidence',
] as const;

export const EDGE_CSV_HEADER = [
  'id',
  'source',
  'target',
  'type',
  'relationship_sv',
  'relationship_en',
  'directed',
  'since',
  'description_sv',
  'description_en',
  'evidence_sources',
  'evidence',
] as const;

export function nodesCsv(dataset: Dataset): string {
  return toCsv(
    NODE_CSV_HEADER,
    dataset.nodes.map((n) => [
      n.id,
      n.type,
      n.level,
      n.label.sv,
      n.label.en,
      n.short?.sv,
      n.short?.en,
      n.founded,
      (n.aliases ?? []).join('; '),
      n.description?.sv,
      n.description?.en,
      n.url,
      sourceIds(n.evidence),
      quotes(n.evidence),
    ]),
  );
}

export function edgesCsv(dataset: Dataset): string {
  return toCsv(
    EDGE_CSV_HEADER,
    dataset.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.type,
      EDGE_TYPES[e.type].sv,
      EDGE_TYPES[e.type].en,
      EDGE_TYPES[e.type].directed,
      e.since,
      e.description?.sv,
      e.description?.en,
      sourceIds(e.evidence),
      quotes(e.evidence),
    ]),
  );
}

// ---------- GEXF ----------

/** The attributes every exported node carries (both languages; `label` in the language chosen). */
function nodeAttributes(n: GraphNode, lang: Lang) {
  return {
    label_sv: n.label.sv,
    label_en: n.label.en,
    short: n.short?.[lang] ?? '',
    type: n.type,
    type_label: NODE_TYPES[n.type][lang],
    level: n.level,
    level_label: LEVELS[n.level][lang],
    ...(n.founded !== undefined ? { founded: n.founded } : {}),
  };
}

function edgeAttributes(e: GraphEdge, lang: Lang) {
  return {
    type: e.type,
    relationship: EDGE_TYPES[e.type][lang],
    directed: EDGE_TYPES[e.type].directed,
    ...(e.since !== undefined ? { since: e.since } : {}),
    evidence_sources: sourceIds(e.evidence),
    evidence: quotes(e.evidence),
  };
}

/** GEXF 1.3 for Gephi: directed relationship types as directed edges, the others undirected. */
export function toGexf(dataset: Dataset, lang: Lang, positions?: Positions): string {
  const graph = new Graph({ type: 'mixed', multi: true });
  for (const n of dataset.nodes) graph.addNode(n.id, { label: n.label[lang], ...nodeAttributes(n, lang) });
  for (const e of dataset.edges) {
    const attrs = { label: EDGE_TYPES[e.type][lang], ...edgeAttributes(e, lang) };
    if (EDGE_TYPES[e.type].directed) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const { label, ...rest } = attributes;
      const p: Position | undefined = positions?.get(key);
      const color = NODE_APPEARANCE[rest.type as GraphNode['type']]?.color;
      return {
        label,
        attributes: rest,
        viz: { ...(color ? { color } : {}), ...(p ? { x: p.x, y: -p.y } : {}), size: 10 },
      };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label, attributes: rest };
    },
  });
}

// ---------- GraphML ----------

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

type KeyType = 'string' | 'int' | 'double' | 'boolean';
type KeyDef = { id: string; for: 'node' | 'edge'; type: KeyType };

const GRAPHML_KEYS: KeyDef[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'label_sv', for: 'node', type: 'string' },
  { id: 'label_en', for: 'node', type: 'string' },
  { id: 'short', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'type_label', for: 'node', type: 'string' },
  { id: 'level', for: 'node', type: 'string' },
  { id: 'level_label', for: 'node', type: 'string' },
  { id: 'founded', for: 'node', type: 'int' },
  { id: 'x', for: 'node', type: 'double' },
  { id: 'y', for: 'node', type: 'double' },
  { id: 'label', for: 'edge', type: 'string' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'relationship', for: 'edge', type: 'string' },
  { id: 'directed', for: 'edge', type: 'boolean' },
  { id: 'since', for: 'edge', type: 'int' },
  { id: 'evidence_sources', for: 'edge', type: 'string' },
  { id: 'evidence', for: 'edge', type: 'string' },
];

const keyId = (k: KeyDef) => `${k.for === 'node' ? 'n' : 'e'}_${k.id}`;

function dataLines(
  kind: 'node' | 'edge',
  values: Record<string, string | number | boolean | undefined>,
): string[] {
  return GRAPHML_KEYS.filter((k) => k.for === kind && values[k.id] !== undefined && values[k.id] !== '').map(
    (k) => `      <data key="${keyId(k)}">${xmlEscape(String(values[k.id]))}</data>`,
  );
}

/**
 * GraphML (graphml.graphdrawing.org) with typed keys, read by Gephi, Cytoscape desktop, yEd,
 * NetworkX and graph databases. Each edge says whether it is directed.
 */
export function toGraphml(dataset: Dataset, lang: Lang, positions?: Positions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map(
      (k) => `  <key id="${keyId(k)}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="samverkan" edgedefault="directed">',
  ];
  for (const n of dataset.nodes) {
    const p = positions?.get(n.id);
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    lines.push(...dataLines('node', { label: n.label[lang], ...nodeAttributes(n, lang), x: p?.x, y: p?.y }));
    lines.push('    </node>');
  }
  for (const e of dataset.edges) {
    const directed = EDGE_TYPES[e.type].directed;
    lines.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" directed="${directed}">`,
    );
    lines.push(...dataLines('edge', { label: EDGE_TYPES[e.type][lang], ...edgeAttributes(e, lang) }));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
