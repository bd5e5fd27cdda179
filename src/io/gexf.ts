/**
 * GEXF (Gephi, networkx and our own export), parsed by graphology-gexf. Its y axis points up
 * (as Gephi draws it), ours down: y is turned over, as our export turns it over on the way out.
 */
import Graph from 'graphology';
import createParser from 'graphology-gexf/common/parser.js';
import type { ReportItem, Table } from './types';
import { readGraphDocument, type XmlImpl } from './xml';

export function readGexf(
  file: string,
  text: string,
  xml: XmlImpl,
  report: ReportItem[],
): { nodes: Table; edges: Table; graph: Record<string, string> } | null {
  const parse = createParser(xml.DOMParser, xml.Document);
  return readGraphDocument(
    file,
    text,
    xml,
    report,
    (doc) => parse(Graph, doc, { allowUndeclaredAttributes: true }),
    true,
  );
}
