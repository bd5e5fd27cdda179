/**
 * The sources an imported file describes whole (title in both languages, publisher, language,
 * kind, date, address, stored file), as our exports write them: `sources.csv` beside the nodes
 * and edges CSVs, GraphML's graph-level `sources_json`, and GEXF's `evidence_sources_json` on
 * each element (GEXF has no graph-level attributes that networkx reads). Evidence that cites one
 * of them gets the record, not a stub named by its id. A record is repaired where it can be: a
 * field that is not in the format's form (a date that is not one, an address that is not a web
 * address) is left out and reported, and only a record without a valid id is dropped.
 */
import * as v from 'valibot';
import { IdSchema, SourceSchema, type Source } from '../data/schema';
import type { ReportItem, Table } from './types';
import { normaliseHeader } from './header';

/** The columns our `sources.csv` writes (see SOURCE_FIELDS in src/graph/export/fields.ts). */
const OPTIONAL = ['publisher', 'language', 'kind', 'date', 'url', 'file'] as const;

/** What one record became: the source, and whether a field of it had to be left out. */
export type ReadSource = { source: Source; repaired: boolean };

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * A source from named fields (a CSV row's cells or a JSON record), or null without a valid id.
 * A title given in one language only is used for both (a source's title is its own, not ours to
 * translate); without any title the id stands for it.
 */
export function sourceFrom(fields: Record<string, unknown>): ReadSource | null {
  const id = str(fields.id);
  if (!v.is(IdSchema, id)) return null;
  const title =
    typeof fields.title === 'object' && fields.title ? (fields.title as Record<string, unknown>) : {};
  const sv = str(fields.title_sv) || str(title.sv);
  const en = str(fields.title_en) || str(title.en);
  let repaired = !sv && !en;
  const source: Source = { id, title: { sv: sv || en || id, en: en || sv || id } };
  for (const name of OPTIONAL) {
    const value = str(fields[name]);
    if (!value) continue;
    const candidate = { ...source, [name]: value };
    if (v.is(SourceSchema, candidate)) Object.assign(source, { [name]: value });
    else repaired = true;
  }
  return { source, repaired };
}

/** The sources of a JSON text (an array of records); malformed JSON or records are counted as repaired. */
export function sourcesFromJson(text: string): { sources: Source[]; repaired: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { sources: [], repaired: text.trim() ? 1 : 0 };
  }
  if (!Array.isArray(parsed)) return { sources: [], repaired: 1 };
  const sources: Source[] = [];
  let repaired = 0;
  for (const record of parsed) {
    const read = record && typeof record === 'object' ? sourceFrom(record as Record<string, unknown>) : null;
    if (!read || read.repaired) repaired++;
    if (read) sources.push(read.source);
  }
  return { sources, repaired };
}

/** True when a table's header is that of a list of sources: an id and a title in either language. */
export function isSourcesTable(table: Table): boolean {
  const columns = new Set(table.columns.map(normaliseHeader));
  return columns.has('id') && (columns.has('titlesv') || columns.has('titleen'));
}

/** The sources of a `sources.csv` table, with the rows that had to be repaired or left out reported. */
export function sourcesFromTable(table: Table, report: ReportItem[]): Source[] {
  const byHeader = new Map(table.columns.map((c) => [normaliseHeader(c), c]));
  const names = ['id', 'title_sv', 'title_en', ...OPTIONAL];
  const sources: Source[] = [];
  const seen = new Set<string>();
  const bad: number[] = [];
  for (const row of table.rows) {
    const fields: Record<string, string> = {};
    for (const name of names) {
      const column = byHeader.get(normaliseHeader(name));
      if (column) fields[name] = row.values[column] ?? '';
    }
    const read = sourceFrom(fields);
    if (!read || seen.has(read.source.id)) {
      bad.push(row.at);
      continue;
    }
    if (read.repaired) bad.push(row.at);
    seen.add(read.source.id);
    sources.push(read.source);
  }
  if (bad.length)
    report.push({
      level: 'warning',
      code: 'bad-source',
      file: table.file,
      unit: 'row',
      at: bad,
      count: bad.length,
    });
  if (sources.length)
    report.push({ level: 'info', code: 'sources-read', file: table.file, count: sources.length });
  return sources;
}

/** The column of GEXF nodes and edges that holds the records of the sources their evidence cites. */
export const ELEMENT_SOURCES_COLUMN = 'evidence_sources_json';

/**
 * The sources of a GraphML or GEXF file: its graph-level `sources_json` (GraphML) and each
 * element's `evidence_sources_json` (GEXF), the first record of an id kept.
 */
export function sourcesOfDocument(
  file: string,
  graphLevel: string | undefined,
  tables: readonly Table[],
  report: ReportItem[],
): Source[] {
  const byId = new Map<string, Source>();
  let repaired = 0;
  const take = (text: string) => {
    const read = sourcesFromJson(text);
    repaired += read.repaired;
    for (const s of read.sources) if (!byId.has(s.id)) byId.set(s.id, s);
  };
  if (graphLevel) take(graphLevel);
  for (const table of tables)
    if (table.columns.includes(ELEMENT_SOURCES_COLUMN))
      for (const row of table.rows) {
        const text = row.values[ELEMENT_SOURCES_COLUMN];
        if (text) take(text);
      }
  if (repaired) report.push({ level: 'warning', code: 'bad-source', file, count: repaired });
  if (byId.size) report.push({ level: 'info', code: 'sources-read', file, count: byId.size });
  return [...byId.values()];
}
