/** GraphML (networkx, Gephi, yEd, Cytoscape desktop and our own export), parsed by graphology-graphml. */
import Graph from 'graphology';
import createParser from 'graphology-graphml/common/parser.js';
import type { ReportItem, Table } from './types';
import { graphToTables, parseXml, prepareGraphDocument, type XmlImpl } from './xml';

export function readGraphml(
  file: string,
  text: string,
  xml: XmlImpl,
  report: ReportItem[],
): { nodes: Table; edges: Table } | null {
  const doc = parseXml(file, text, xml, report);
  if (!doc) return null;
  if (!doc.getElementsByTagName('graph')[0]) {
    report.push({ level: 'error', code: 'xml-invalid', file, values: { reason: 'no <graph> element' } });
    return null;
  }
  const { nodeAt, edgeInfo } = prepareGraphDocument(file, doc, report);
  try {
    const graph = createParser(xml.DOMParser, xml.Document)(Graph, doc);
    return graphToTables(file, graph, nodeAt, edgeInfo, false);
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
