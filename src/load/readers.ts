/**
 * File readers by kind: pure functions from bytes to a candidate dataset (still unvalidated) and
 * any positions the file carries. New formats (CSV, GraphML, GEXF, XLSX) add an entry here; the
 * pipeline then counts, validates and lays out whatever a reader returns, the same way for all.
 */
import { decodeText, parseJson, type Problem } from '../data/validate';
import type { Positions } from '../graph/elements';
import type { FileKind } from './protocol';

export type ReadResult =
  | { ok: true; candidate: unknown; positions: Positions | null; problems: Problem[] }
  | { ok: false; problems: Problem[]; more?: number };

export type Reader = (bytes: Uint8Array) => ReadResult;

/** Our own JSON format. Positions are taken from `position` on nodes where the file has them. */
function readJson(bytes: Uint8Array): ReadResult {
  const text = decodeText(bytes);
  if (!text.ok) return text;
  const json = parseJson(text.text);
  if (!json.ok) return json;
  return { ok: true, candidate: json.value, positions: positionsOf(json.value), problems: [] };
}

/** Positions given on the nodes (`{ x, y }` numbers), if every node has one; else null. */
export function positionsOf(candidate: unknown): Positions | null {
  const nodes = (candidate as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) return null;
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes as { id?: unknown; position?: { x?: unknown; y?: unknown } }[]) {
    const p = n?.position;
    if (typeof n?.id !== 'string' || typeof p?.x !== 'number' || typeof p.y !== 'number') return null;
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return null;
    out.set(n.id, { x: p.x, y: p.y });
  }
  return out;
}

export const READERS: Record<FileKind, Reader> = { json: readJson };
