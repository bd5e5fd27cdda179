/**
 * Excel workbooks (.xlsx), read with read-excel-file (MIT; unzips with fflate and reads the XML
 * with saxen: no DOM, no eval, so it runs under our CSP and in a Worker). Each sheet is a table
 * whose first row names the columns.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { ReportItem, Table } from './types';
import { cellsToTable } from './csv';

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
};

export async function readXlsx(
  file: string,
  bytes: Uint8Array,
  report: ReportItem[],
): Promise<Table[] | null> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer);
    return sheets.map((s) =>
      cellsToTable(
        `${file} (${s.sheet})`,
        s.data.map((row) => row.map(cellText)),
        report,
      ),
    );
  } catch (e) {
    report.push({
      level: 'error',
      code: 'unreadable',
      file,
      values: { reason: e instanceof Error ? e.message : String(e) },
    });
    return null;
  }
}
