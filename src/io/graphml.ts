/** GraphML (networkx, Gephi, yEd, Cytoscape desktop and our own export), parsed by graphology-graphml. */
import Graph from 'graphology';
import createParser from 'graphology-graphml/common/parser.js';
import type { ReportItem, Table } from './types';
import { readGraphDocument, type XmlImpl } from './xml';

export function readGraphml(
  file: string,
  text: string,
  xml: XmlImpl,
  report: ReportItem[],
): { nodes: Table; edges: Table; graph: Record<string, string> } | null {
  const parse = createParser(xml.DOMParser, xml.Document);
  return readGraphDocument(file, text, xml, report, (doc) => parse(Graph, doc), false);
}
