/**
 * Bytes of a file to text, the same way in the browser and on the command line: UTF-8 with or
 * without a byte-order mark, and UTF-16 (little- or big-endian, with a mark, or without one when
 * the text is recognisably UTF-16, as JSON starting with ASCII is). Anything else that is not
 * valid UTF-8 (a file saved as Windows-1252, say) is refused with a problem saying how to fix it,
 * rather than read with garbled letters.
 */
import type { Problem } from './problems';

export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; problems: Problem[] };

/** UTF-16 without a mark: among the first bytes, every other one is zero. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros === pairs && evenZeros === 0) return 'utf-16le';
  if (evenZeros === pairs && oddZeros === 0) return 'utf-16be';
  return null;
}

/** Where UTF-8 decoding first fails: the offset of the first byte that starts no valid sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}

/** The text of a file's bytes (without any byte-order mark), or a problem if it is not text we read. */
export function decodeText(input: ArrayBuffer | Uint8Array): DecodeResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else encoding = sniffUtf16(bytes) ?? 'utf-8';
  const body = bytes.subarray(start);
  try {
    // fatal: a byte that is not valid in the encoding is an error, not a silent "�"
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding };
  } catch {
    const offset = encoding === 'utf-8' ? start + firstInvalidUtf8(body) : start;
    return { ok: false, problems: [{ path: '', code: 'file.notUtf8', params: { offset } }] };
  }
}
