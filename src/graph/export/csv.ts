/**
 * CSV for spreadsheets: `nodes.csv`, `edges.csv` and `sources.csv`, in two dialects: RFC 4180
 * (comma) for most programs, and the one a Swedish Excel opens by default (semicolon, decimal
 * comma). Both start with a byte-order mark and end lines with CRLF, so Excel reads UTF-8 (å, ä, ö).
 *
 * No cell can become a formula (OWASP, "CSV injection"), whichever separator the reader splits
 * on: a spreadsheet set to `;` splits a comma file's text at its semicolons, so `Fuzz;=1+1;` would
 * put `=1+1` in a cell of its own. Every piece of a text that a reader could make a cell (the
 * start, and whatever follows a comma, a semicolon or a line break) is prefixed with an
 * apostrophe when it begins with = + - @, a tab or a carriage return.
 */
import type { Dataset } from '../../data/schema';
import type { Positions } from '../elements';
import {
  EDGE_FIELDS,
  NODE_FIELDS,
  SOURCE_FIELDS,
  scalar,
  type Field,
  type FieldContext,
  type FieldValue,
} from './fields';

export type CsvDialect = {
  separator: ',' | ';';
  /** Written for numbers that are not whole: Swedish Excel reads `12,5`, not `12.5`. */
  decimal: '.' | ',';
  bom: boolean;
  eol: '\r\n' | '\n';
};

export const CSV_DIALECTS = {
  /** RFC 4180: comma-separated, for most programs (and Excel in English). */
  comma: { separator: ',', decimal: '.', bom: true, eol: '\r\n' },
  /** Excel with Swedish regional settings: semicolon-separated, decimal comma. */
  'excel-sv': { separator: ';', decimal: ',', bom: true, eol: '\r\n' },
} as const satisfies Record<string, CsvDialect>;

export type CsvDialectId = keyof typeof CSV_DIALECTS;

/** What a spreadsheet reads as the start of a formula (after spaces or quotes). */
const FORMULA_START = /^[ "]*[=+\-@\t\r]/;
/** Where a reader may start a new cell: either separator, or a line break. */
const PIECE_BOUNDARY = /([,;\r\n])/;

/** The text with every piece a reader could make a cell of kept from being read as a formula. */
export function neutraliseFormula(text: string): string {
  const pieces = text
    .split(PIECE_BOUNDARY)
    .map((piece, i) => (i % 2 === 0 && FORMULA_START.test(piece) ? `'${piece}` : piece))
    .join('');
  // a text that starts with a carriage return starts with a formula character as a whole
  return FORMULA_START.test(pieces) ? `'${pieces}` : pieces;
}

/**
 * One CSV cell: text neutralised (see above), quoted when it holds a separator of either
 * dialect, a quote or a line break, with quotes doubled. Numbers and booleans are written as
 * values (a negative number is a number, not a formula).
 */
export function csvCell(value: FieldValue | null, dialect: CsvDialect = CSV_DIALECTS.comma): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    const s = String(value);
    return dialect.decimal === ',' ? s.replace('.', ',') : s;
  }
  if (typeof value === 'boolean') return String(value);
  const safe = neutraliseFormula(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text in a dialect. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (FieldValue | null)[])[],
  dialect: CsvDialect = CSV_DIALECTS.comma,
): string {
  const body = [header, ...rows].map((r) => r.map((c) => csvCell(c, dialect)).join(dialect.separator));
  return `${dialect.bom ? '\uFEFF' : ''}${body.join(dialect.eol)}${dialect.eol}`;
}

function table<T>(
  fields: readonly Field<T>[],
  items: readonly T[],
  ctx: FieldContext,
  dialect: CsvDialect,
): string {
  return toCsv(
    fields.map((f) => f.name),
    items.map((item) => fields.map((f) => scalar(f, item, ctx))),
    dialect,
  );
}

export type CsvOptions = { lang?: FieldContext['lang']; positions?: Positions; dialect?: CsvDialectId };

const context = (dataset: Dataset, o: CsvOptions): FieldContext => ({
  dataset,
  lang: o.lang ?? 'en',
  ...(o.positions ? { positions: o.positions } : {}),
});

/** One row per node; `label` and the type and level names are in the language given. */
export function nodesCsv(dataset: Dataset, o: CsvOptions = {}): string {
  const fields = o.positions ? NODE_FIELDS : NODE_FIELDS.filter((f) => f.name !== 'x' && f.name !== 'y');
  return table(fields, dataset.nodes, context(dataset, o), CSV_DIALECTS[o.dialect ?? 'comma']);
}

/** One row per relationship, with its evidence: quotes, the ids of their sources and the sources cited. */
export function edgesCsv(dataset: Dataset, o: CsvOptions = {}): string {
  return table(EDGE_FIELDS, dataset.edges, context(dataset, o), CSV_DIALECTS[o.dialect ?? 'comma']);
}

/** One row per source the exported elements cite. */
export function sourcesCsv(dataset: Dataset, o: CsvOptions = {}): string {
  return table(SOURCE_FIELDS, dataset.sources, context(dataset, o), CSV_DIALECTS[o.dialect ?? 'comma']);
}
