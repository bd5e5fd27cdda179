/**
 * The import pipeline's data: what a file held (tables of rows, before any meaning is given to
 * its columns), how the user maps columns to the format, and what the import did, as report items
 * with codes that the UI turns into sentences in its language. Pure data: no DOM, no React, so
 * the readers can run in a Worker.
 */
import type { EdgeType, Level, NodeType } from '../data/vocabulary';
import type { Source } from '../data/schema';
import type { Problem } from '../data/validate';
import type { NewEdgeType, NewNodeType, NewTypeChoice } from './newTypes';

/** The file kinds the app reads. */
export type ImportKind = 'json' | 'csv' | 'graphml' | 'gexf' | 'xlsx';

/** A file as bytes (read by the caller: a File in the browser, a Buffer in Node). */
export type InputFile = { name: string; bytes: Uint8Array };

/** One record of a table: `at` is its row in the file (the header is row 1) or its element number. */
export type Row = { at: number; values: Record<string, string> };

/** Rows with named columns: a CSV file, a sheet, or the nodes or edges of a GraphML/GEXF file. */
export type Table = {
  /** The file (and sheet) the rows come from, as the user knows it. */
  file: string;
  columns: string[];
  rows: Row[];
  /** 'row' for CSV and spreadsheets, 'element' for XML, so messages say "row 14" or "edge 14". */
  unit: 'row' | 'element';
};

/** What was read from the files, before mapping. */
export type RawGraph = {
  format: Exclude<ImportKind, 'json'>;
  /** A name for the dataset: the file name without its extension. */
  name: string;
  nodes: Table | null;
  edges: Table | null;
  /**
   * The sources the files describe whole (a `sources.csv`, GraphML's `sources_json`, GEXF's
   * `evidence_sources_json`): evidence citing one of them gets its record, not a stub.
   */
  sources?: Source[];
};

/** A column name, or null for "not in the file". */
export type Column = string | null;

export type NodeMapping = {
  id: Column;
  labelSv: Column;
  labelEn: Column;
  type: Column;
  level: Column;
  descriptionSv: Column;
  descriptionEn: Column;
  year: Column;
  source: Column;
  quote: Column;
  x: Column;
  y: Column;
};

export type EdgeMapping = {
  id: Column;
  source: Column;
  target: Column;
  type: Column;
  descriptionSv: Column;
  descriptionEn: Column;
  year: Column;
  evidenceSource: Column;
  quote: Column;
};

/** The user's choices in the mapping step (defaults come from the headers, see mapping.ts). */
export type Mapping = {
  node: NodeMapping;
  edge: EdgeMapping;
  /** The file's values in the type and level columns, each mapped to one of ours or (types) kept as new. */
  nodeTypes: Record<string, NodeType | NewTypeChoice>;
  edgeTypes: Record<string, EdgeType | NewTypeChoice>;
  levels: Record<string, Level>;
  /** For each type value, how it is declared if kept as a new type (names, colour, shape or line). */
  newNodeTypes: Record<string, NewNodeType>;
  newEdgeTypes: Record<string, NewEdgeType>;
  /** For nodes or edges without a value in the mapped column (or without the column). */
  defaultNodeType: NodeType;
  defaultEdgeType: EdgeType;
  defaultLevel: Level;
};

export type ReportCode =
  | 'unknown-kind'
  | 'too-large'
  | 'too-many-rows'
  | 'unreadable'
  | 'empty'
  | 'xml-invalid'
  | 'json-invalid'
  | 'no-edges'
  | 'no-endpoints'
  | 'ragged-rows'
  | 'missing-id'
  | 'duplicate-id'
  | 'unknown-endpoint'
  | 'self-loop'
  | 'duplicate-edge'
  | 'bad-year'
  | 'bad-quote'
  | 'quote-without-source'
  | 'source-without-quote'
  | 'sheets-ignored'
  | 'ids-rewritten'
  | 'nodes-from-edges'
  | 'untranslated'
  | 'no-evidence'
  | 'positions-partial'
  | 'positions-scaled'
  | 'new-types'
  | 'two-files'
  | 'sources-read'
  | 'bad-source'
  | 'sources-only';

/**
 * One thing the import found or did. `at` lists the rows (or elements) concerned, `values` the
 * facts a message needs; the UI writes the sentence (see DataPanel's report list).
 */
export type ReportItem = {
  level: 'error' | 'warning' | 'info';
  code: ReportCode;
  file: string;
  unit?: 'row' | 'element';
  at?: number[];
  count?: number;
  values?: Record<string, string | number>;
  /** Validator problems, for a JSON file or a result that failed the final check. */
  problems?: Problem[];
  /** Problems found beyond those listed. */
  more?: number;
};
