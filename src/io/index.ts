/**
 * Reading files to import: `(files, options) → { result, report }`, pure and without React or the
 * page's DOM (XML goes through the DOM implementation the caller passes), so it runs in the
 * loading Worker (src/load). This is the one table of readers, by kind: one file of our JSON is a
 * candidate dataset (checked by the validator next); CSV, GraphML, GEXF and XLSX become tables
 * for the mapping step (see mapping.ts), which makes the dataset once the user confirms.
 */
import type { Dataset } from '../data/schema';
import { parseJson, validateDataset, type Problem } from '../data/validate';
import type { Positions } from '../graph/elements';
import { readCsv } from './csv';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { MAX_FILE_BYTES, MAX_ROWS } from './limits';
import { isEdgeTable } from './mapping';
import { decodeText, sniff } from './sniff';
import { isSourcesTable, sourcesFromTable, sourcesOfDocument } from './sources';
import type { InputFile, RawGraph, ReportItem, Table } from './types';
import type { XmlImpl } from './xml';
import { readXlsx } from './xlsx';

export * from './types';
export { applyMapping, distinctValues, guessMapping } from './mapping';
export { nativeXml, type XmlImpl } from './xml';
export { MAX_FILE_BYTES, MAX_ROWS, PREVIEW_ROWS } from './limits';

export type ReadResult =
  | {
      kind: 'dataset';
      name: string;
      dataset: Dataset;
      positions: Positions | null;
      report: ReportItem[];
      /** The validator's warnings (the file loads; the user is told). */
      warnings: Problem[];
    }
  | { kind: 'tables'; raw: RawGraph; report: ReportItem[] }
  | { kind: 'failed'; report: ReportItem[] };

export type ReadOptions = { xml: XmlImpl | null };

/** What the readers make of the files, before the validator has seen a JSON candidate. */
export type FileContents =
  | { kind: 'json'; name: string; candidate: unknown; report: ReportItem[] }
  | { kind: 'tables'; raw: RawGraph; report: ReportItem[] }
  | { kind: 'failed'; report: ReportItem[] };

const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || name;

/** Stored positions of a dataset whose every node has one; null otherwise (then it is laid out). */
export function positionsOf(dataset: Dataset): Positions | null {
  if (!dataset.nodes.length || dataset.nodes.some((n) => !n.position)) return null;
  return new Map(dataset.nodes.map((n) => [n.id, { ...n.position! }]));
}

function tooManyRows(tables: (Table | null)[], report: ReportItem[]): boolean {
  const rows = tables.reduce((sum, t) => sum + (t?.rows.length ?? 0), 0);
  if (rows <= MAX_ROWS) return false;
  report.push({
    level: 'error',
    code: 'too-many-rows',
    file: tables.find(Boolean)!.file,
    values: { rows, max: MAX_ROWS },
  });
  return true;
}

/** A JSON candidate checked by the validator: a dataset, or the file's problems. */
export function checkJson(contents: Extract<FileContents, { kind: 'json' }>): ReadResult {
  const { name, report } = contents;
  const checked = validateDataset(contents.candidate);
  if (!checked.ok) {
    report.push({
      level: 'error',
      code: 'json-invalid',
      file: name,
      problems: checked.problems,
      more: checked.more ?? 0,
    });
    return { kind: 'failed', report };
  }
  const dataset = checked.dataset;
  return {
    kind: 'dataset',
    name,
    dataset,
    positions: positionsOf(dataset),
    report,
    warnings: checked.warnings,
  };
}

/** Reads the files and checks a JSON dataset at once (the loading Worker checks it later). */
export async function readImport(files: readonly InputFile[], options: ReadOptions): Promise<ReadResult> {
  const contents = await readFiles(files, options);
  return contents.kind === 'json' ? checkJson(contents) : contents;
}

/** Reads one to three files (nodes, edges and sources CSVs may come together). Never throws. */
export async function readFiles(files: readonly InputFile[], options: ReadOptions): Promise<FileContents> {
  const report: ReportItem[] = [];
  const fail = (): FileContents => ({ kind: 'failed', report });
  if (files.length === 0) return fail();
  for (const f of files)
    if (f.bytes.byteLength > MAX_FILE_BYTES)
      report.push({
        level: 'error',
        code: 'too-large',
        file: f.name,
        values: {
          mb: Math.round((f.bytes.byteLength / 1024 / 1024) * 10) / 10,
          max: MAX_FILE_BYTES / 1024 / 1024,
        },
      });
  if (report.length) return fail();

  const kinds = files.map((f) => sniff(f.name, f.bytes));
  kinds.forEach((k, i) => {
    if (k.kind === 'other')
      report.push({ level: 'error', code: 'unknown-kind', file: files[i]!.name, values: { what: k.what } });
  });
  if (report.length) return fail();

  const first = files[0]!;
  const kind = kinds[0]!.kind;
  if (files.length > 1 && (files.length > 3 || kinds.some((k) => k.kind !== 'csv'))) {
    report.push({ level: 'error', code: 'two-files', file: files.map((f) => f.name).join(', ') });
    return fail();
  }
  try {
    if (kind === 'json') {
      const json = parseJson(decodeText(first.bytes));
      if (!json.ok) {
        report.push({
          level: 'error',
          code: 'json-invalid',
          file: first.name,
          problems: json.problems,
          more: 0,
        });
        return fail();
      }
      return { kind: 'json', name: first.name, candidate: json.value, report };
    }
    if (kind === 'graphml' || kind === 'gexf') {
      if (!options.xml) {
        report.push({
          level: 'error',
          code: 'unreadable',
          file: first.name,
          values: { reason: 'no XML parser' },
        });
        return fail();
      }
      const read = (kind === 'graphml' ? readGraphml : readGexf)(
        first.name,
        decodeText(first.bytes),
        options.xml,
        report,
      );
      if (!read) return fail();
      if (tooManyRows([read.nodes, read.edges], report)) return fail();
      const sources = sourcesOfDocument(
        first.name,
        read.graph.sources_json,
        [read.nodes, read.edges],
        report,
      );
      return {
        kind: 'tables',
        raw: {
          format: kind,
          name: baseName(first.name),
          nodes: read.nodes,
          edges: read.edges,
          ...(sources.length ? { sources } : {}),
        },
        report,
      };
    }
    const tables: Table[] = [];
    if (kind === 'xlsx') {
      const sheets = await readXlsx(first.name, first.bytes, report);
      if (!sheets) return fail();
      tables.push(...sheets);
    } else {
      for (const f of files) tables.push(readCsv(f.name, decodeText(f.bytes), report));
    }
    // a list of sources (our sources.csv) is told apart by its header, when it comes with others
    const sourceTable = kind === 'csv' && files.length > 1 ? (tables.find(isSourcesTable) ?? null) : null;
    const graphTables = tables.filter((t) => t !== sourceTable);
    const edges = graphTables.find(isEdgeTable) ?? null;
    const nodes = graphTables.find((t) => t !== edges && !isEdgeTable(t) && t.rows.length > 0) ?? null;
    const ignored = graphTables.filter((t) => t !== edges && t !== nodes);
    if (kind === 'xlsx' && ignored.length)
      report.push({
        level: 'info',
        code: 'sheets-ignored',
        file: first.name,
        count: ignored.length,
        values: { sheets: ignored.map((t) => t.file).join(', ') },
      });
    if (!edges && !nodes) {
      report.push({ level: 'error', code: 'empty', file: first.name });
      return fail();
    }
    if (kind === 'csv' && graphTables.length > 2) {
      report.push({ level: 'error', code: 'two-files', file: files.map((f) => f.name).join(', ') });
      return fail();
    }
    if (sourceTable && !edges) {
      report.push({ level: 'error', code: 'sources-only', file: files.map((f) => f.name).join(', ') });
      return fail();
    }
    // beside a list of sources, the relationships may come alone (their ends become nodes)
    if (kind === 'csv' && graphTables.length > 1 && (!edges || !nodes)) {
      report.push({ level: 'error', code: 'no-edges', file: files.map((f) => f.name).join(', ') });
      return fail();
    }
    if (tooManyRows([nodes, edges, sourceTable], report)) return fail();
    const sources = sourceTable ? sourcesFromTable(sourceTable, report) : [];
    const format = kind === 'xlsx' ? 'xlsx' : 'csv';
    return {
      kind: 'tables',
      raw: {
        format,
        name: baseName((edges ?? nodes)!.file.replace(/ \(.*\)$/, '')),
        nodes,
        edges,
        ...(sources.length ? { sources } : {}),
      },
      report,
    };
  } catch (e) {
    report.push({
      level: 'error',
      code: 'unreadable',
      file: first.name,
      values: { reason: e instanceof Error ? e.message : String(e) },
    });
    return fail();
  }
}
