/**
 * CSV (and TSV) files, read with papaparse: the first row names the columns; the delimiter
 * (comma, semicolon as Swedish Excel writes, or tab) is detected. A row with more or fewer cells
 * than the header is left out and reported, since its cells cannot be matched to columns.
 */
import Papa from 'papaparse';
import type { ReportItem, Table } from './types';

/** Header cells made unique and non-empty ("", "Label", "Label" → "column 1", "Label", "Label 2"). */
export function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const base = raw.trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} ${n}`;
  });
}

/** Our own CSV export guards cells against formulas with an apostrophe; take it off again. */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Rows of cells (the first is the header) to a table; ragged rows reported and left out. */
export function cellsToTable(
  file: string,
  cells: readonly (readonly string[])[],
  report: ReportItem[],
): Table {
  const header = cells[0] ?? [];
  const columns = uniqueColumns(header.map(String));
  const rows: Table['rows'] = [];
  const ragged: number[] = [];
  for (let i = 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.every((c) => String(c).trim() === '')) continue;
    // trailing empty cells (a spreadsheet's habit) do not make a row ragged
    let length = row.length;
    while (length > columns.length && String(row[length - 1]).trim() === '') length--;
    if (length !== columns.length) {
      ragged.push(i + 1);
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, k) => (values[c] = unguard(String(row[k] ?? '').trim())));
    rows.push({ at: i + 1, values });
  }
  if (ragged.length)
    report.push({
      level: 'warning',
      code: 'ragged-rows',
      file,
      unit: 'row',
      at: ragged,
      count: ragged.length,
      values: { columns: columns.length },
    });
  return { file, columns, rows, unit: 'row' };
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter the header row uses most (outside quotes), if it uses any. The header decides:
 * papaparse's guess weighs the rows too, and a file whose cells hold many semicolons (a quote,
 * a JSON text) can then be split on them instead of its commas.
 */
export function headerDelimiter(text: string): string | undefined {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && DELIMITERS.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [d, n] of counts) if (!best || n > counts.get(best)!) best = d;
  return best;
}

/** Parses CSV text into cells (no meaning given to them yet). */
export function parseCsvCells(text: string): string[][] {
  const delimiter = headerDelimiter(text);
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : { delimitersToGuess: DELIMITERS }),
  });
  return result.data;
}

export function readCsv(file: string, text: string, report: ReportItem[]): Table {
  return cellsToTable(file, parseCsvCells(text), report);
}
