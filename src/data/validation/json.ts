/**
 * JSON text to a value, with a position for every syntax error and a bound on nesting, so a
 * hand-edited file gets "line 3, column 8" and a hostile one (100,000 nested objects) gets a
 * problem instead of a stack overflow further on. Nothing here recurses: the scanner and the
 * depth check keep their own stacks.
 */
import type { Problem } from './problems';
import { pathToString, shown, type Key } from './text';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Deepest nesting of lists and objects accepted; the dataset format needs FORMAT_DEPTH. */
export const MAX_DEPTH = 20;
/** How deep the formats go: dataset › edges › edge › evidence › quote › note (› sv). */
export const FORMAT_DEPTH = 6;

/** Work done, counted so tests can bound it by steps rather than by time. */
export const jsonWork = { visited: 0 };

/**
 * Parses JSON text (a leading byte-order mark is ignored). A syntax error becomes a problem that
 * says where (line and column) and what was found; nesting deeper than MAX_DEPTH becomes a problem
 * with the path to where it happens.
 */
export function parseJson(text: string): JsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ path: '', code: 'json.empty' }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problems: [scanError(body)] };
  }
  const deep = tooDeep(value);
  return deep ? { ok: false, problems: [deep] } : { ok: true, value };
}

/**
 * A problem if a value nests lists and objects more than `max` deep, else null; walks with its
 * own stack, so any depth is safe. The path names where the nesting starts to exceed the format.
 */
export function tooDeep(value: unknown, max = MAX_DEPTH): Problem | null {
  if (typeof value !== 'object' || value === null || checked.has(value)) return null;
  // a cheap first pass (two flat stacks, no allocation per value); the path is found only if needed
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length) {
    const v = values.pop() as object;
    const depth = depths.pop()!;
    jsonWork.visited++;
    if (depth > max) return { path: pathToString(deepPath(value, max).slice(0, FORMAT_DEPTH + 1)), code: 'json.tooDeep', params: { max, needed: FORMAT_DEPTH } };
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  checked.add(value);
  return null;
}

/** Values already found shallow enough (parsed here, then validated): not walked twice. */
const checked = new WeakSet<object>();

/** The keys to the first list or object nested deeper than `max` (depth-first, like the check). */
function deepPath(value: unknown, max: number): Key[] {
  type Frame = { value: unknown; depth: number; key: Key; parent: Frame | null };
  const stack: Frame[] = [{ value, depth: 1, key: '', parent: null }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > max) {
      const keys: Key[] = [];
      for (let f: Frame | null = frame; f && f.parent; f = f.parent) keys.push(f.key);
      return keys.reverse();
    }
    const v = frame.value as object;
    const entries: [Key, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [key, child] of entries) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return [];
}

/** Line and column (both from 1) of an offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Where JSON text first goes wrong, and what is there. An iterative scan (a state machine with its
 * own stack), used only after JSON.parse has failed, so every engine gives the same message.
 */
export function scanError(text: string): Problem {
  let i = 0;
  const stack: ('[' | '{')[] = [];
  type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after';
  let state: State = 'value';
  const at = (offset: number): Problem => {
    if (offset >= text.length) return { path: '', code: 'json.end' };
    const c = text.codePointAt(offset)!;
    const found = c < 0x20 || c === 0x7f ? `U+${c.toString(16).toUpperCase().padStart(4, '0')}` : shown(String.fromCodePoint(c));
    return { path: '', code: 'json.unexpected', params: { found, ...lineColumn(text, offset) } };
  };
  /** Reads a string at i; returns the offset of an error, or -1 (then i is past the string). */
  const string = (): number => {
    if (text[i] !== '"') return i;
    i++;
    for (;;) {
      if (i >= text.length) return i;
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return -1;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return Math.min(i + 2, text.length);
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else return i + 1;
      } else i++;
    }
  };
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    const c = text[i];
    if (state === 'valueOrClose' || state === 'keyOrClose') {
      if (c === (state === 'valueOrClose' ? ']' : '}')) {
        stack.pop();
        i++;
        state = 'after';
      } else state = state === 'valueOrClose' ? 'value' : 'key';
      continue;
    }
    if (state === 'value') {
      if (c === undefined) return at(i);
      if (c === '{' || c === '[') {
        stack.push(c);
        // an engine whose JSON.parse overflows on deep nesting gets the same answer as V8's does
        if (stack.length > MAX_DEPTH) return { path: '', code: 'json.tooDeep', params: { max: MAX_DEPTH, needed: FORMAT_DEPTH } };
        i++;
        state = c === '{' ? 'keyOrClose' : 'valueOrClose';
        continue;
      }
      if (c === '"') {
        const error = string();
        if (error !== -1) return at(error);
      } else if (c === 't' || c === 'f' || c === 'n') {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
        for (const w of word) {
          if (text[i] !== w) return at(i);
          i++;
        }
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return at(i);
        i = NUMBER.lastIndex;
      }
      state = 'after';
      continue;
    }
    if (state === 'key') {
      const error = string();
      if (error !== -1) return at(error);
      while (i < text.length && WHITESPACE.has(text[i]!)) i++;
      if (text[i] !== ':') return at(i);
      i++;
      state = 'value';
      continue;
    }
    // after a value
    const top = stack[stack.length - 1];
    if (top === undefined) return c === undefined ? { path: '', code: 'json.invalid' } : at(i);
    if (c === ',') {
      i++;
      state = top === '[' ? 'value' : 'key';
    } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
      stack.pop();
      i++;
    } else return at(i);
  }
}
