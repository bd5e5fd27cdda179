/**
 * XML for the GraphML and GEXF readers. The caller passes the DOM implementation: the browser's
 * DOMParser on the page, @xmldom/xmldom in Node and wherever there is no DOM (a Worker).
 * Pre-scanning the document here (duplicate ids, edges to missing nodes) lets graphology's
 * parsers, which stop at the first such problem, read the rest; each problem is reported.
 */
import type { ReportItem, Row, Table } from './types';

export type XmlImpl = {
  DOMParser: new (options?: unknown) => { parseFromString(text: string, type: string): Document };
  Document: unknown;
};

/** The page's own DOM, where there is one. */
export function nativeXml(): XmlImpl | null {
  if (typeof DOMParser === 'undefined' || typeof Document === 'undefined') return null;
  return { DOMParser, Document };
}

/** Parses XML; null (and an error in the report) when it is not well-formed. */
export function parseXml(file: string, text: string, xml: XmlImpl, report: ReportItem[]): Document | null {
  const errors: string[] = [];
  const collect = (msg: unknown) =>
    errors.push(
      String(msg)
        .replace(/^\[xmldom[^\]]*\]\s*/, '')
        .split('\n')[0]!,
    );
  let doc: Document | null = null;
  try {
    doc = new xml.DOMParser({
      errorHandler: { error: collect, fatalError: collect, warning: () => {} },
    }).parseFromString(text, 'application/xml');
  } catch (e) {
    collect(e instanceof Error ? e.message : e);
  }
  const browserError = doc?.getElementsByTagName('parsererror')[0];
  if (browserError) errors.push((browserError.textContent ?? '').trim().split('\n')[0] ?? '');
  if (!doc || errors.length || !doc.documentElement) {
    report.push({ level: 'error', code: 'xml-invalid', file, values: { reason: errors[0] || 'not XML' } });
    return null;
  }
  return doc;
}

/** Graph elements directly in the document (by local name, whatever the namespace prefix). */
function elements(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name));
}

/**
 * Removes nodes that repeat an id and edges whose ends are not nodes (reported), and gives
 * every edge a key that says where it was in the file. Returns the original edge ids by key.
 */
export function prepareGraphDocument(
  file: string,
  doc: Document,
  report: ReportItem[],
): { nodeAt: Map<string, number>; edgeInfo: Map<string, { at: number; id: string }> } {
  const nodeAt = new Map<string, number>();
  const duplicates: number[] = [];
  const missingId: number[] = [];
  elements(doc, 'node').forEach((el, i) => {
    const id = el.getAttribute('id');
    if (!id) {
      missingId.push(i + 1);
      el.parentNode?.removeChild(el);
    } else if (nodeAt.has(id)) {
      duplicates.push(i + 1);
      el.parentNode?.removeChild(el);
    } else nodeAt.set(id, i + 1);
  });
  if (missingId.length)
    report.push({
      level: 'warning',
      code: 'missing-id',
      file,
      unit: 'element',
      at: missingId,
      count: missingId.length,
      values: { what: 'node' },
    });
  if (duplicates.length)
    report.push({
      level: 'warning',
      code: 'duplicate-id',
      file,
      unit: 'element',
      at: duplicates,
      count: duplicates.length,
      values: { what: 'node' },
    });

  const edgeInfo = new Map<string, { at: number; id: string }>();
  const unknown: number[] = [];
  const seenIds = new Set<string>();
  const duplicateEdges: number[] = [];
  elements(doc, 'edge').forEach((el, i) => {
    const s = el.getAttribute('source') ?? '';
    const t = el.getAttribute('target') ?? '';
    if (!nodeAt.has(s) || !nodeAt.has(t)) {
      unknown.push(i + 1);
      el.parentNode?.removeChild(el);
      return;
    }
    const id = el.getAttribute('id') ?? '';
    if (id && seenIds.has(id)) {
      duplicateEdges.push(i + 1);
      el.parentNode?.removeChild(el);
      return;
    }
    if (id) seenIds.add(id);
    const key = `\u0001edge-${i + 1}`;
    el.setAttribute('id', key);
    edgeInfo.set(key, { at: i + 1, id });
  });
  if (unknown.length)
    report.push({
      level: 'warning',
      code: 'unknown-endpoint',
      file,
      unit: 'element',
      at: unknown,
      count: unknown.length,
    });
  if (duplicateEdges.length)
    report.push({
      level: 'warning',
      code: 'duplicate-id',
      file,
      unit: 'element',
      at: duplicateEdges,
      count: duplicateEdges.length,
      values: { what: 'edge' },
    });
  return { nodeAt, edgeInfo };
}

type GraphLike = {
  forEachNode(cb: (key: string, attrs: Record<string, unknown>) => void): void;
  forEachEdge(
    cb: (
      key: string,
      attrs: Record<string, unknown>,
      source: string,
      target: string,
      sa: unknown,
      ta: unknown,
      undirected: boolean,
    ) => void,
  ): void;
};

const cell = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export type Declared = { node: string[]; edge: string[] };

/**
 * The node and edge attributes a document declares (GraphML `<key>`, GEXF `<attribute>`, named
 * as graphology's parsers name them). Each is a column even when no element has a value: an
 * attribute left out everywhere (say, every English name, when none was given) is then read as
 * absent, not taken from another column.
 */
export function declaredAttributes(doc: Document): Declared {
  const out: Declared = { node: [], edge: [] };
  const push = (kind: string | null, name: string | null) => {
    if (name && (kind === 'node' || kind === 'edge') && !out[kind].includes(name)) out[kind].push(name);
  };
  for (const key of Array.from(doc.getElementsByTagName('key')))
    push(key.getAttribute('for') || 'node', key.getAttribute('attr.name'));
  for (const group of Array.from(doc.getElementsByTagName('attributes')))
    for (const a of Array.from(group.getElementsByTagName('attribute'))) {
      const id = a.getAttribute('id');
      push(group.getAttribute('class'), id && !Number.isNaN(+id) ? a.getAttribute('title') || id : id);
    }
  return out;
}

/**
 * The graph's own data (GraphML `<data>` whose `<key>` is declared `for="graph"`), by attribute
 * name. GEXF has none that every reader accepts, so for it this is empty.
 */
export function graphData(doc: Document): Record<string, string> {
  const names = new Map<string, string>();
  for (const key of Array.from(doc.getElementsByTagName('key'))) {
    const id = key.getAttribute('id');
    if (id && key.getAttribute('for') === 'graph') names.set(id, key.getAttribute('attr.name') || id);
  }
  const out: Record<string, string> = {};
  const graph = doc.getElementsByTagName('graph')[0];
  if (!graph || !names.size) return out;
  for (const child of Array.from(graph.childNodes)) {
    const el = child as Element;
    if (el.nodeType !== 1 || (el.localName ?? el.nodeName) !== 'data') continue;
    const name = names.get(el.getAttribute('key') ?? '');
    if (name && !(name in out)) out[name] = el.textContent ?? '';
  }
  return out;
}

const RESERVED = ['id', 'source', 'target', 'directed'];

/** A parsed graphology graph as a nodes table and an edges table (attributes become columns). */
export function graphToTables(
  file: string,
  graph: GraphLike,
  nodeAt: Map<string, number>,
  edgeInfo: Map<string, { at: number; id: string }>,
  flipY: boolean,
  declared: Declared = { node: [], edge: [] },
): { nodes: Table; edges: Table } {
  const nodeColumns = ['id'];
  const edgeColumns = ['id', 'source', 'target', 'directed'];
  const add = (columns: string[], key: string) => {
    const name = columns.includes(key) && RESERVED.includes(key) ? `data: ${key}` : key;
    if (!columns.includes(name)) columns.push(name);
    return name;
  };
  for (const name of declared.node) if (!RESERVED.includes(name)) add(nodeColumns, name);
  for (const name of declared.edge) if (!RESERVED.includes(name)) add(edgeColumns, name);
  const nodes: Row[] = [];
  graph.forEachNode((key, attrs) => {
    const values: Record<string, string> = { id: key };
    for (const [k, v] of Object.entries(attrs)) {
      const value = k === 'y' && flipY && typeof v === 'number' ? -v : v;
      values[add(nodeColumns, k)] = cell(value);
    }
    nodes.push({ at: nodeAt.get(key) ?? nodes.length + 1, values });
  });
  const edges: Row[] = [];
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    const info = edgeInfo.get(key);
    const values: Record<string, string> = {
      id: info?.id ?? '',
      source,
      target,
      directed: String(!undirected),
    };
    for (const [k, v] of Object.entries(attrs)) values[add(edgeColumns, k)] = cell(v);
    edges.push({ at: info?.at ?? edges.length + 1, values });
  });
  for (const r of nodes) for (const c of nodeColumns) r.values[c] ??= '';
  for (const r of edges) for (const c of edgeColumns) r.values[c] ??= '';
  return {
    nodes: { file, columns: nodeColumns, rows: nodes, unit: 'element' },
    edges: { file, columns: edgeColumns, rows: edges, unit: 'element' },
  };
}

/**
 * A GraphML or GEXF file to tables: parsed strictly, pre-scanned for what graphology's parsers
 * stop at (repeated ids, edges to missing nodes: reported and left out), then read by `parse`.
 * `flipY`: the format's y axis points up (GEXF), ours down.
 */
export function readGraphDocument(
  file: string,
  text: string,
  xml: XmlImpl,
  report: ReportItem[],
  parse: (doc: Document) => Parameters<typeof graphToTables>[1],
  flipY: boolean,
): { nodes: Table; edges: Table; graph: Record<string, string> } | null {
  const doc = parseXml(file, text, xml, report);
  if (!doc) return null;
  if (!doc.getElementsByTagName('graph')[0]) {
    report.push({ level: 'error', code: 'xml-invalid', file, values: { reason: 'no <graph> element' } });
    return null;
  }
  const { nodeAt, edgeInfo } = prepareGraphDocument(file, doc, report);
  try {
    const graph = graphData(doc);
    return { ...graphToTables(file, parse(doc), nodeAt, edgeInfo, flipY, declaredAttributes(doc)), graph };
  } catch (e) {
    report.push({
      level: 'error',
      code: 'xml-invalid',
      file,
      values: { reason: e instanceof Error ? e.message : String(e) },
    });
    return null;
  }
}
