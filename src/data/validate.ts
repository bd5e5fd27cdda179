/**
 * Validation of a dataset (and of guided tours against it), for the app and the command line alike:
 * pure TypeScript, no DOM, no file system.
 *
 * The valibot schema checks each record's shape; this module adds the rules that span records
 * (unique ids, references, duplicate edges, self-loops) and turns everything into plain
 * `path: message` problems an analyst can act on, with a "did you mean" where a near match exists.
 * It reports every problem it finds, never just the first.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';
import { StoriesSchema, type Stories } from './stories';
import { EDGE_TYPES, type EdgeType } from './vocabulary';

/** One thing wrong with the input: where (JSON-path-like, `edges[12].target`; '' for the whole file) and why. */
export type Problem = { path: string; message: string };

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };
export type StoriesResult = { ok: true; stories: Stories } | { ok: false; problems: Problem[] };
export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

type Key = string | number;
type Rec = Record<string, unknown>;

// ---------------------------------------------------------------- public API

/**
 * Validates anything (typically freshly parsed JSON) as a dataset. Returns the typed dataset only
 * when there is no problem at all, so the app never renders half-valid data.
 */
export function validateDataset(input: unknown): DatasetResult {
  const parsed = v.safeParse(DatasetSchema, input);
  const problems = dedupe([...issuesToProblems(parsed.issues, DatasetSchema), ...datasetIntegrity(input)]);
  if (parsed.success && problems.length === 0) return { ok: true, dataset: parsed.output };
  return { ok: false, problems };
}

/**
 * Validates guided tours against a dataset: the tours' shape, unique tour and step ids, and that
 * every node and edge a step names exists in the dataset. Takes only the ids it needs, so tours
 * can still be checked when the dataset itself has problems.
 */
export function validateStories(
  input: unknown,
  dataset: { nodes: readonly { id: string }[]; edges: readonly { id: string }[] },
): StoriesResult {
  const parsed = v.safeParse(StoriesSchema, input);
  const problems = dedupe([...issuesToProblems(parsed.issues, StoriesSchema), ...storiesIntegrity(input, dataset)]);
  if (parsed.success && problems.length === 0) return { ok: true, stories: parsed.output };
  return { ok: false, problems };
}

/**
 * Parses JSON text, turning a syntax error into a problem that says where (line and column),
 * so a user loading a hand-edited file sees what to fix rather than a bare exception.
 */
export function parseJson(text: string): JsonResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: 'the file is empty (expected JSON)' }] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `is not valid JSON: ${describeJsonError(raw, body)}` }] };
  }
}

/** One line per problem, `path: message`, each optionally prefixed (e.g. by the file name). */
export function formatProblems(problems: readonly Problem[], prefix = ''): string {
  const lead = prefix ? `${prefix}: ` : '';
  return problems.map((p) => `${lead}${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n');
}

/**
 * The closest candidate to a misspelt word, if it is close enough to be a plausible typo
 * (edit distance at most a quarter of the word's length, and at least 1). Used for "did you mean".
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.floor(word.length / 4));
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= limit ? best : null;
}

// ---------------------------------------------------------------- schema issues → problems

/** The shape of valibot schemas this module walks to find allowed keys and picklist options. */
type Walkable = { entries?: Record<string, Walkable>; item?: Walkable; wrapped?: Walkable; options?: readonly unknown[] };

function issuesToProblems(issues: readonly v.BaseIssue<unknown>[] | undefined, root: unknown): Problem[] {
  return (issues ?? []).map((issue) => {
    const keys: Key[] = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
    return { path: pathToString(keys), message: issueMessage(issue, keys, root as Walkable) };
  });
}

function issueMessage(issue: v.BaseIssue<unknown>, keys: Key[], root: Walkable): string {
  const isObject = issue.type === 'object' || issue.type === 'strict_object';
  const last = keys[keys.length - 1];
  if (isObject && issue.expected === 'never' && typeof last === 'string') {
    const allowed = Object.keys(schemaAt(root, keys.slice(0, -1))?.entries ?? {});
    const guess = closestMatch(last, allowed);
    return `is not a known field${guess ? ` (did you mean "${guess}"?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
  }
  if (isObject && issue.received === 'undefined' && keys.length > 0 && typeof last === 'string') {
    return last === 'sv' || last === 'en' ? 'is missing (every text needs both "sv" and "en")' : 'is missing';
  }
  if (issue.type === 'picklist') {
    const options = (schemaAt(root, keys)?.options ?? []).map(String);
    const guess = typeof issue.input === 'string' ? closestMatch(issue.input, options) : null;
    const hint = guess ? ` (did you mean "${guess}"?)` : options.length ? ` (expected one of: ${options.join(', ')})` : '';
    return issue.message.startsWith('is ')
      ? `${JSON.stringify(issue.input)} ${issue.message}${hint}`
      : `${issue.message}, not ${JSON.stringify(issue.input)}`;
  }
  if (issue.type === 'min_length' && issue.input === '') return 'must not be empty';
  if (issue.type === 'regex' && typeof issue.input === 'string') return `${JSON.stringify(issue.input)} ${issue.message}`;
  return issue.message;
}

/** Follows a path through a schema (objects, arrays, optionals) to the schema that checks that value. */
function schemaAt(root: Walkable, keys: Key[]): Walkable | undefined {
  let schema: Walkable | undefined = unwrap(root);
  for (const key of keys) {
    if (!schema) return undefined;
    schema = unwrap(typeof key === 'number' ? schema.item : schema.entries?.[key]);
  }
  return schema;
}

function unwrap(schema: Walkable | undefined): Walkable | undefined {
  while (schema?.wrapped) schema = schema.wrapped;
  return schema;
}

// ---------------------------------------------------------------- rules that span records

/** Checks the raw input loosely (whatever has the right shape), so these run even when the schema fails. */
function datasetIntegrity(input: unknown): Problem[] {
  if (!isRecord(input)) return [];
  const problems: Problem[] = [];
  const sources = records(input.sources);
  const nodes = records(input.nodes);
  const edges = records(input.edges);
  const glossary = records(input.glossary);
  for (const [name, list] of [['sources', sources], ['nodes', nodes], ['edges', edges], ['glossary', glossary]] as const) {
    problems.push(...duplicateIds(name, list));
  }
  const nodeIds = idSet(nodes);
  const sourceIds = idSet(sources);
  const seen = new Map<string, number>();

  for (const [i, node] of nodes) problems.push(...evidenceRefs(`nodes[${i}]`, node, sourceIds));
  for (const [i, edge] of edges) {
    const at = `edges[${i}]`;
    for (const end of ['source', 'target'] as const) {
      const problem = reference(`${at}.${end}`, edge[end], nodeIds, 'node');
      if (problem) problems.push(problem);
    }
    const { source, target, type } = edge;
    if (typeof source === 'string' && source === target) {
      problems.push({ path: at, message: `links "${source}" to itself (an edge must join two different nodes)` });
    }
    if (typeof source === 'string' && typeof target === 'string' && typeof type === 'string' && type in EDGE_TYPES) {
      const undirected = !EDGE_TYPES[type as EdgeType].directed;
      const ends = undirected && target < source ? [target, source] : [source, target];
      const key = `${ends[0]}\u0000${ends[1]}\u0000${type}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        const how = undirected ? `; "${type}" is undirected, so either direction counts` : '';
        problems.push({ path: at, message: `repeats edges[${first}]: same nodes and type "${type}"${how}` });
      }
    }
    problems.push(...evidenceRefs(at, edge, sourceIds));
  }
  for (const [i, entry] of glossary) {
    if (entry.node === undefined) continue;
    const problem = reference(`glossary[${i}].node`, entry.node, nodeIds, 'node');
    if (problem) problems.push(problem);
  }
  return problems;
}

function storiesIntegrity(input: unknown, dataset: { nodes: readonly { id: string }[]; edges: readonly { id: string }[] }): Problem[] {
  if (!isRecord(input)) return [];
  const problems: Problem[] = [];
  const nodeIds = new Set(dataset.nodes.map((n) => n.id));
  const edgeIds = new Set(dataset.edges.map((e) => e.id));
  const tours = records(input.tours);
  problems.push(...duplicateIds('tours', tours));
  for (const [t, tour] of tours) {
    const steps = records(tour.steps);
    problems.push(...duplicateIds(`tours[${t}].steps`, steps));
    for (const [s, step] of steps) {
      for (const [field, ids, what] of [['nodes', nodeIds, 'node'], ['edges', edgeIds, 'edge']] as const) {
        const list = step[field];
        if (!Array.isArray(list)) continue;
        list.forEach((id, k) => {
          const problem = reference(`tours[${t}].steps[${s}].${field}[${k}]`, id, ids, what);
          if (problem) problems.push(problem);
        });
      }
    }
  }
  return problems;
}

function duplicateIds(name: string, list: [number, Rec][]): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const [i, item] of list) {
    if (typeof item.id !== 'string') continue;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else problems.push({ path: `${name}[${i}].id`, message: `"${item.id}" is already the id of ${name}[${earlier}] (ids must be unique)` });
  }
  return problems;
}

function evidenceRefs(at: string, item: Rec, sourceIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const [k, evidence] of records(item.evidence)) {
    const problem = reference(`${at}.evidence[${k}].source`, evidence.source, sourceIds, 'source');
    if (problem) problems.push(problem);
  }
  return problems;
}

/** A problem if `value` (a string) is not one of `ids`; other types are left to the schema. */
function reference(path: string, value: unknown, ids: Set<string>, what: string): Problem | null {
  if (typeof value !== 'string' || ids.has(value)) return null;
  const guess = closestMatch(value, ids);
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  return { path, message: `"${value}" is not ${article} ${what} id${guess ? ` (did you mean "${guess}"?)` : ''}` };
}

// ---------------------------------------------------------------- small helpers

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object items of a list, with their original index (so paths point at the right item). */
function records(value: unknown): [number, Rec][] {
  if (!Array.isArray(value)) return [];
  const out: [number, Rec][] = [];
  value.forEach((item, i) => {
    if (isRecord(item)) out.push([i, item]);
  });
  return out;
}

function idSet(list: [number, Rec][]): Set<string> {
  return new Set(list.map(([, item]) => item.id).filter((id): id is string => typeof id === 'string'));
}

function pathToString(keys: Key[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeJsonError(message: string, text: string): string {
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '')
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '');
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `${reason} (line ${lineCol[1]}, column ${lineCol[2]})`;
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  if (offset === null) return reason;
  if (offset >= text.length) return `${reason} (the file ends too early)`;
  const before = text.slice(0, offset).split('\n');
  return `${reason} (line ${before.length}, column ${(before[before.length - 1] ?? '').length + 1})`;
}

/**
 * Where JSON text first goes wrong, for engines whose error message gives no position.
 * A small recursive-descent scan: it only finds the offset, JSON.parse does the parsing.
 */
function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    for (const c of word) if (text[i] === c) i++;
    else fail();
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += (match as RegExpExecArray)[0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ',') {
        i++;
        ws();
      } else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      list('}', () => {
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (offset) {
    return typeof offset === 'number' ? offset : null;
  }
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
