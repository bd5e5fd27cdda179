/**
 * What kind of file this is, from its content first (a GraphML file called data.json is read as
 * GraphML) and its name second. A kind we do not read is named ("a PDF document") so the message
 * can say what it is and what we read instead.
 */
import { decodeText as decodeUnicode } from '../data/validation/decode';
import type { ImportKind } from './types';

export type Sniffed = { kind: ImportKind } | { kind: 'other'; what: OtherKind };

/** File kinds we recognise but do not read; the UI names each in its language. */
export type OtherKind =
  'pdf' | 'image' | 'zip' | 'word' | 'xls' | 'ods' | 'html' | 'svg' | 'xml' | 'binary' | 'unknown';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * The text of a file: UTF-8 or UTF-16, read as the validator reads them (a byte-order mark
 * dropped), or Windows-1252 if it is neither.
 */
export function decodeText(bytes: Uint8Array): string {
  const unicode = decodeUnicode(bytes);
  // Swedish Excel saves "CSV" in Windows-1252 (å ä ö as single bytes)
  return unicode.ok ? unicode.text : new TextDecoder('windows-1252').decode(bytes);
}

/** Whether the bytes are UTF-16 text (zero bytes there are part of the text, not a binary file). */
const isUtf16 = (bytes: Uint8Array) => {
  const head = decodeUnicode(bytes.subarray(0, 64));
  return head.ok && head.encoding !== 'utf-8';
};

function zipKind(bytes: Uint8Array, name: string): Sniffed {
  // the names of the archive's first entries are stored in plain text near the start
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (/\.xlsx$/i.test(name) || head.includes('xl/')) return { kind: 'xlsx' };
  if (head.includes('word/')) return { kind: 'other', what: 'word' };
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet') || /\.ods$/i.test(name))
    return { kind: 'other', what: 'ods' };
  return { kind: 'other', what: 'zip' };
}

export function sniff(name: string, bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes, name);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'other', what: 'pdf' };
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  )
    return { kind: 'other', what: 'image' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'other', what: 'xls' };
  const sample = bytes.subarray(0, 2048);
  if (sample.includes(0) && !isUtf16(bytes)) return { kind: 'other', what: 'binary' };

  const head = decodeText(bytes.subarray(0, 4096)).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return { kind: 'json' };
  if (head.startsWith('<')) {
    const lower = head.toLowerCase();
    if (lower.includes('<graphml')) return { kind: 'graphml' };
    if (lower.includes('<gexf')) return { kind: 'gexf' };
    if (lower.includes('<svg')) return { kind: 'other', what: 'svg' };
    if (lower.includes('<html') || lower.startsWith('<!doctype html')) return { kind: 'other', what: 'html' };
    return { kind: 'other', what: 'xml' };
  }
  if (/\.json$/i.test(name)) return { kind: 'json' };
  if (/\.(csv|tsv|txt)$/i.test(name)) return { kind: 'csv' };
  // plain text with a delimiter on its first line reads as CSV whatever it is called
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine)) return { kind: 'csv' };
  return { kind: 'other', what: 'unknown' };
}
