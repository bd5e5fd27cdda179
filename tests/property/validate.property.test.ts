import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { english, formatProblem, parseJson, validateDataset, type Problem } from '../../src/data/validate';
import { jsonWork } from '../../src/data/validation/json';
import { isProblemCode, MAX_PROBLEMS } from '../../src/data/validation/problems';
import { work } from '../../src/data/validation/text';
import { createI18n } from '../../src/i18n';
import { synthetic } from '../../scripts/synthetic';

const sv = createI18n('sv').t;
const en = english();
const BASE = synthetic(8);

type Json = unknown;
type Key = string | number;

/** Every path to a value in a JSON tree, down to the format's depth (iteratively). */
function paths(root: Json): Key[][] {
  const out: Key[][] = [];
  const stack: [Json, Key[]][] = [[root, []]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    out.push(at);
    if (at.length >= 8) continue;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...at, i]]));
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) stack.push([x, [...at, k]]);
  }
  return out;
}

/** Lists and objects and values in a tree, counted without recursion. */
function size(root: Json): number {
  let n = 0;
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    n++;
    if (typeof v === 'object' && v !== null) stack.push(...(Array.isArray(v) ? v : Object.values(v)));
  }
  return n;
}

const nested = fc.integer({ min: 1, max: 3000 }).map((depth) => {
  let v: Json = 'x';
  for (let i = 0; i < depth; i++) v = depth % 2 ? [v] : { a: v };
  return v;
});

/** A value a careless or hostile hand might put anywhere in a dataset. */
const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    'data:text/html,x',
    'javascript:alert(1)',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 5 }).map((n) => 'a'.repeat(10 ** n)),
  nested,
);

type Mutation = { kind: 'set' | 'delete' | 'copy' | 'typo'; at: number; value: Json; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set' as const, 'delete' as const, 'copy' as const, 'typo' as const),
  at: fc.nat(),
  value: junk,
  text: fc.string({ maxLength: 3 }),
});

/** The base dataset changed by each mutation in turn, at a path chosen among those it has then. */
function mutate(mutations: Mutation[]): Json {
  const data = structuredClone(BASE) as Json;
  for (const m of mutations) {
    const all = paths(data).filter((p) => p.length > 0);
    if (!all.length) break;
    const at = all[m.at % all.length]!;
    const parent = at.slice(0, -1).reduce<Json>((o, k) => (o as Record<Key, Json>)[k], data) as Record<
      Key,
      Json
    >;
    const key = at[at.length - 1]!;
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (m.kind === 'copy') {
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key]));
      else parent[`${key}${m.text}`] = structuredClone(parent[key]);
    } else if (typeof parent[key] === 'string') parent[key] = `${(parent[key] as string).slice(1)}${m.text}`;
  }
  return data;
}

/** What every problem must be, whatever the input: placed, coded, wordable in both languages. */
function expectSound(problem: Problem) {
  expect(typeof problem.path).toBe('string');
  expect(problem.path.length).toBeLessThan(2000);
  expect(isProblemCode(problem.code), problem.code).toBe(true);
  expect(problem.code).not.toBe('internal'); // the validator's own failure, reported instead of thrown
  for (const value of Object.values(problem.params ?? {})) {
    expect(['string', 'number']).toContain(typeof value);
    if (typeof value === 'string') expect(value.length).toBeLessThan(1200);
  }
  for (const t of [en, sv]) {
    const text = formatProblem(problem, t);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\{\{|problems\./); // every parameter filled, every key found
  }
}

describe('the validator over generated and mutated datasets', () => {
  it('never throws; gives a dataset or bounded problems with paths and codes; does bounded work', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const input = mutate(mutations);
        const before = { hints: work.hints, visited: jsonWork.visited };
        const result = validateDataset(input);
        const hints = work.hints - before.hints;
        const visited = jsonWork.visited - before.visited;
        const problems = result.ok ? result.warnings : result.problems;
        if (!result.ok) expect(problems.length).toBeGreaterThan(0);
        expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
        problems.forEach(expectSound);
        // "did you mean" only for what is reported; each value looked at once by the depth check
        expect(hints).toBeLessThanOrEqual(problems.length);
        expect(visited).toBeLessThanOrEqual(size(input));
      }),
      { numRuns: 200 },
    );
  });

  it('reads any mangled JSON text without throwing: a value, or one problem with a place in the text', () => {
    const text = JSON.stringify(BASE, null, 1);
    const edit = fc.record({
      at: fc.nat({ max: text.length }),
      cut: fc.nat({ max: 4 }),
      insert: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let mangled = text;
        for (const e of edits) mangled = mangled.slice(0, e.at) + e.insert + mangled.slice(e.at + e.cut);
        const result = parseJson(mangled);
        if (result.ok) return;
        expect(result.problems).toHaveLength(1);
        const [problem] = result.problems;
        expectSound(problem!);
        expect(problem!.code).toMatch(/^json\./);
        if (problem!.code === 'json.unexpected') {
          const lines = mangled.split('\n');
          const { line, column } = problem!.params as { line: number; column: number };
          expect(line).toBeLessThanOrEqual(lines.length);
          expect(column).toBeLessThanOrEqual((lines[line - 1] ?? '').length + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
