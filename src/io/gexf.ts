/**
 * GEXF (Gephi, networkx and our own export), parsed by graphology-gexf. Its y axis points up
 * (as Gephi draws it), ours down: y is turned over, as our export turns it over on the way out.
 */
import Graph from 'graphology';
import createParser from 'graphology-gexf/common/parser.js';
import type { ReportItem, Table } from './types';
import { graphToTables, parseXml, prepareGraphDocument, type XmlImpl } from './xml';

export function readGexf(
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
    const graph = createParser(xml.DOMParser, xml.Document)(Graph, doc, { allowUndeclaredAttributes: true });
    return graphToTables(file, graph, nodeAt, edgeInfo, true);
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
