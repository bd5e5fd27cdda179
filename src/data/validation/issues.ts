/**
 * valibot's issues as problems. The schemas' messages are problem codes (`schema.nodeType`);
 * this adds what each message names: the value found, the allowed options and a "did you mean"
 * (computed later, and only for the problems reported). Values are never serialised whole: a
 * deeply nested or huge value is described, not stringified.
 */
import type * as v from 'valibot';
import { YEAR_MAX, YEAR_MIN } from '../vocabulary';
import { isProblemCode, type ProblemCollector } from './problems';
import { pathToString, shown, type Key } from './text';

/** The shape of valibot schemas walked to find allowed keys and picklist options. */
type Walkable = { entries?: Record<string, Walkable>; item?: Walkable; wrapped?: Walkable; options?: readonly unknown[] };

/** Adds a problem for each issue (as many as the collector keeps; the rest are counted). */
export function addIssues(out: ProblemCollector, issues: readonly v.BaseIssue<unknown>[] | undefined, root: unknown): void {
  for (const issue of issues ?? []) {
    const keys: Key[] = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
    addIssue(out, issue, keys, root as Walkable);
  }
}

function addIssue(out: ProblemCollector, issue: v.BaseIssue<unknown>, keys: Key[], root: Walkable): void {
  const path = pathToString(keys);
  const isObject = issue.type === 'object' || issue.type === 'strict_object';
  const last = keys[keys.length - 1];
  if (isObject && issue.expected === 'never' && typeof last === 'string') {
    const allowed = Object.keys(schemaAt(root, keys.slice(0, -1))?.entries ?? {});
    const params = allowed.length ? { options: allowed.join(', ') } : undefined;
    return out.add(path, 'schema.unknownField', params, { word: last, candidates: allowed });
  }
  if (isObject && issue.received === 'undefined' && keys.length > 0 && typeof last === 'string') {
    return out.add(path, last === 'sv' || last === 'en' ? 'schema.missingText' : 'schema.missing');
  }
  if (issue.type === 'picklist') {
    if (typeof issue.input !== 'string') return out.add(path, 'schema.text');
    const options = (schemaAt(root, keys)?.options ?? []).map(String);
    const code = isProblemCode(issue.message) ? issue.message : 'schema.other';
    const params = { value: shown(issue.input), message: shown(issue.message), ...(options.length ? { options: options.join(', ') } : {}) };
    return out.add(path, code, params, { word: issue.input, candidates: options });
  }
  if (issue.type === 'min_length' && issue.input === '') return out.add(path, 'schema.empty');
  if (!isProblemCode(issue.message)) return out.add(path, 'schema.other', { message: shown(issue.message, 200) });
  const params: Record<string, string | number> = {};
  if (typeof issue.input === 'string' && issue.type === 'regex') params.value = shown(issue.input);
  if (issue.type === 'min_value' || issue.type === 'max_value') Object.assign(params, { min: YEAR_MIN, max: YEAR_MAX });
  if (issue.type === 'min_length' && typeof issue.requirement === 'number') params.min = issue.requirement;
  if (issue.type === 'max_length' && typeof issue.requirement === 'number') params.max = issue.requirement;
  out.add(path, issue.message, Object.keys(params).length ? params : undefined);
}

/** Follows a path through a schema (objects, arrays, optionals) to the schema that checks that value. */
function schemaAt(root: Walkable, keys: Key[]): Walkable | undefined {
  let schema: Walkable | undefined = unwrap(root);
  for (const key of keys) {
    if (!schema) return undefined;
    const entries = schema.entries;
    schema = unwrap(typeof key === 'number' ? schema.item : entries && Object.hasOwn(entries, key) ? entries[key] : undefined);
  }
  return schema;
}

function unwrap(schema: Walkable | undefined): Walkable | undefined {
  while (schema?.wrapped) schema = schema.wrapped;
  return schema;
}
