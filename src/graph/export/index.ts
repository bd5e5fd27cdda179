/**
 * Exports of the visible subgraph, one module per format: our own JSON (loadable again), CSV for
 * spreadsheets, GraphML and GEXF for network tools (networkx, igraph, Gephi, Cytoscape desktop),
 * and CSV plus Cypher for Neo4j. All XML goes through the one writer in `../xml.ts`, which SVG
 * uses too. Pure: strings in, strings out; the UI saves them as files, from `registry.ts`.
 */
export { subgraphDataset } from './subgraph';
export { toJson } from './json';
export * from './csv';
export { toGraphml, graphmlKeyId, type EdgeDirection, type GraphOptions } from './graphml';
export { toGexf, rgb, GEXF_NS, GEXF_VIZ_NS } from './gexf';
export * from './neo4j';
export * from './registry';
export { EDGE_FIELDS, NODE_FIELDS, SOURCE_FIELDS, LIST_SEPARATOR } from './fields';
export { xmlEscape } from '../xml';
