/**
 * What the mapping step maps on every change: for a large file, a bounded sample, so that choosing
 * a column never blocks the page; the whole file is mapped once, in the loading Worker, when the
 * user loads it. The sample is the first rows of relationships and of nodes, plus the nodes those
 * relationships name (by id or either name, as the mapping looks them up), so its relationships
 * are not all reported as going to unknown nodes. Pure.
 */
import type { Column, Mapping, RawGraph, Row, Table } from './types';

/** Most rows of relationships (and of nodes, besides the ones they name) mapped for the preview. */
export const PREVIEW_ROWS = 1000;

export type PreviewSample = {
  raw: RawGraph;
  /** False when the whole file is small enough to map on every change (then `raw` is the file). */
  sampled: boolean;
  /** The file's rows, nodes and relationships together, and how many of them the sample has. */
  rows: number;
  sampleRows: number;
};

const value = (row: Row, column: Column) => (column ? (row.values[column] ?? '').trim() : '');
const withRows = (table: Table, rows: Row[]): Table => ({ ...table, rows });

export function previewSample(raw: RawGraph, m: Mapping, limit = PREVIEW_ROWS): PreviewSample {
  const nodeRows = raw.nodes?.rows.length ?? 0;
  const edgeRows = raw.edges?.rows.length ?? 0;
  const rows = nodeRows + edgeRows;
  if (nodeRows <= limit && edgeRows <= limit) return { raw, sampled: false, rows, sampleRows: rows };

  const edges = raw.edges ? raw.edges.rows.slice(0, limit) : null;
  const ends = new Set<string>();
  for (const r of edges ?? []) {
    ends.add(value(r, m.edge.source));
    ends.add(value(r, m.edge.target));
  }
  ends.delete('');
  const named = (r: Row) =>
    ends.has(value(r, m.node.id)) || ends.has(value(r, m.node.labelSv)) || ends.has(value(r, m.node.labelEn));
  const nodes = raw.nodes ? raw.nodes.rows.filter((r, i) => i < limit || named(r)) : null;
  return {
    raw: {
      ...raw,
      nodes: raw.nodes && nodes ? withRows(raw.nodes, nodes) : null,
      edges: raw.edges && edges ? withRows(raw.edges, edges) : null,
    },
    sampled: true,
    rows,
    sampleRows: (nodes?.length ?? 0) + (edges?.length ?? 0),
  };
}
