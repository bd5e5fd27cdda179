import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatasetSchema } from '../../../src/data/schema';
import { StoriesSchema } from '../../../src/data/stories';
import { toursFor } from '../../../src/data/tours';
import {
  decodeText,
  formatProblem,
  formatProblems,
  MAX_PROBLEMS,
  parseJson,
  validateDataset,
  validateStories,
  type DatasetResult,
  type Problem,
} from '../../../src/data/validate';
import { isProblemCode } from '../../../src/data/validation/problems';
import { work } from '../../../src/data/validation/text';
import { createI18n } from '../../../src/i18n';
import { clique, HOSTILE } from '../../../scripts/hostile';
import { synthetic } from '../../../scripts/synthetic';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const hostile = (name: string) => HOSTILE.find((h) => h.name === name)!.text();

/** Runs `fn` and says how many edit-distance cells it computed (the validator's costly step). */
function cells<T>(fn: () => T): { result: T; cells: number } {
  const before = work.cells;
  const result = fn();
  return { result, cells: work.cells - before };
}

const check = (text: string): DatasetResult => {
  const json = parseJson(text);
  return json.ok ? validateDataset(json.value) : json;
};

describe('deeply nested input', () => {
  it.each([
    ['5,000 nested arrays as a node type', 'nodes[0].type[0][0][0][0]'],
    ['100,000 nested objects as an edge type', 'edges[0].type.a.a.a.a'],
    ['100,000 nested objects as a source language', 'sources[0].language.a.a.a.a'],
  ])('%s gives one problem with its path, not a RangeError', (name, where) => {
    const result = check(hostile(name));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual([{ path: where, code: 'json.tooDeep', params: { max: 20, needed: 6 } }]);
  });

  it('is caught in a value built in code too (validateDataset and validateStories alone)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const dataset = synthetic(3) as unknown as { nodes: Record<string, unknown>[] };
    dataset.nodes[1]!.label = deep;
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['nodes[1].label.a.a.a.a json.tooDeep']);
    const stories = validateStories({ tours: [deep] }, { nodes: [], edges: [] });
    expect(stories.ok ? [] : stories.problems.map((p) => p.code)).toEqual(['json.tooDeep']);
  });

  it('in text that is also broken, says it is too deep rather than overflowing the scanner', () => {
    const result = parseJson(`${'['.repeat(50_000)}1,,`);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['json.tooDeep']);
  });
});

describe('huge values and many problems: bounded work', () => {
  it('a 1 MB node id as an edge source: one problem, the value shortened, no edit distance on it', () => {
    const { result, cells: n } = cells(() => check(hostile('a 1 MB string as an edge source')));
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('edges[0].source');
    expect(String(problems[0]!.params?.value)).toHaveLength(81); // 80 characters and "…"
    expect(n).toBe(0);
  });

  it('a 1 MB node id: the edges it breaks are reported, each hint computed over short ids only', () => {
    const { result, cells: n } = cells(() => check(hostile('a 1 MB string as a node id')));
    expect(result.ok).toBe(false);
    expect(n).toBeLessThan(100_000);
  });

  it('10,000 nodes with 2,000 misspelt sources: a hundred problems with hints, the rest counted', () => {
    const { result, cells: n } = cells(() => check(hostile('10,000 nodes, 2,000 misspelt edge sources')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.more).toBe(2000 - MAX_PROBLEMS);
    expect(result.problems.every((p) => p.code === 'ref.node' && typeof p.params?.guess === 'string')).toBe(true);
    // a hint for each reported problem only, over ids of a plausible length: the quadratic
    // version computed several hundred million cells here
    expect(n).toBeLessThan(2_000_000);
    expect(formatProblems(result.problems, 'f.json', result.more).split('\n').at(-1)).toBe('f.json: … and 1,900 more problems');
  });

  it('the built-in tours over a user’s dataset ask for no "did you mean" at all', () => {
    const dataset = validateDataset(clique(40));
    expect(dataset.ok).toBe(true);
    if (!dataset.ok) return;
    const { result, cells: n } = cells(() => toursFor(dataset.dataset));
    expect(result.tours).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.some((p) => p.params?.guess !== undefined)).toBe(false);
    expect(n).toBe(0);
  });

  it('validateStories still gives hints by default (for the command line)', () => {
    const result = validateStories(
      { tours: [{ id: 't', title: { sv: 'T', en: 'T' }, description: { sv: 'T', en: 'T' }, steps: [{ id: 's', title: { sv: 'T', en: 'T' }, text: { sv: 'T', en: 'T' }, nodes: ['europl'], edges: [] }] }] },
      { nodes: [{ id: 'europol' }], edges: [] },
    );
    expect(result.ok ? [] : result.problems.map((p) => p.params?.guess)).toEqual(['europol']);
  });
});

describe('text encodings', () => {
  const text = '{"a": "Säkerhetspolisen"}';
  const utf16 = (bigEndian: boolean, bom: boolean) => {
    const units = [...(bom ? [0xfeff] : []), ...[...text].map((c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(units.length * 2);
    units.forEach((u, i) => {
      bytes[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
      bytes[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
    });
    return bytes;
  };
  const utf8 = new TextEncoder().encode(text);

  it.each([
    ['UTF-8', utf8],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
    ['UTF-16 LE with a mark', utf16(false, true)],
    ['UTF-16 BE with a mark', utf16(true, true)],
    ['UTF-16 LE without a mark', utf16(false, false)],
    ['UTF-16 BE without a mark', utf16(true, false)],
  ])('reads %s as the same text', (_name, bytes) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok && decoded.text).toBe(text);
  });

  it('refuses Windows-1252 (not UTF-8), naming the byte and how to fix it', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"a": "S'), 0xe4, ...new TextEncoder().encode('k"}')]);
    const decoded = decodeText(latin1);
    expect(decoded.ok ? [] : decoded.problems).toEqual([{ path: '', code: 'file.notUtf8', params: { offset: 8 } }]);
    expect(formatProblems(decoded.ok ? [] : decoded.problems)).toMatch(/save the file as UTF-8/);
  });
});

describe('problems carry codes, worded per language', () => {
  it('every message in the schemas is a problem code, so every one is translated', () => {
    const messages: string[] = [];
    const walk = (schema: unknown): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as Record<string, unknown>;
      if (typeof s.message === 'string') messages.push(s.message);
      for (const part of [s.wrapped, s.item, ...(Array.isArray(s.pipe) ? s.pipe.slice(1) : []), ...Object.values((s.entries as object) ?? {})]) walk(part);
    };
    walk(DatasetSchema);
    walk(StoriesSchema);
    expect(messages.length).toBeGreaterThan(30);
    expect(messages.filter((m) => !isProblemCode(m))).toEqual([]);
  });

  it('a Swedish user reads Swedish, with the same path and values', () => {
    const sv = createI18n('sv').t;
    const result = check(JSON.stringify({ ...synthetic(3), nodes: [{ ...synthetic(3).nodes[0], type: 'agncy' }] }));
    const problem = (result.ok ? [] : result.problems).find((p) => p.path === 'nodes[0].type') as Problem;
    expect(formatProblem(problem, sv)).toBe('”agncy” är ingen nodtyp (menade du ”agency”?)');
    expect(formatProblems([problem])).toBe('nodes[0].type: "agncy" is not a node type (did you mean "agency"?)');
  });
});

describe('links in the data', () => {
  it('warns, without refusing the file, on a website or source address that is not http or https', () => {
    const d = synthetic(3) as unknown as { nodes: Record<string, unknown>[]; sources: Record<string, unknown>[] };
    d.nodes[0]!.url = 'data:text/html,<script>alert(1)</script>';
    d.nodes[1]!.url = 'https://polisen.se/';
    d.sources[0]!.url = 'VBScript:msgbox(1)';
    const result = validateDataset(d);
    expect(result.ok).toBe(true);
    expect(result.ok ? result.warnings.map((w) => `${w.path} ${w.code} ${w.severity}`) : []).toEqual([
      'sources[0].url link.scheme warning',
      'nodes[0].url link.scheme warning',
    ]);
  });
});

describe('npm run validate on hostile files', () => {
  const cli = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const dir = mkdtempSync(path.join(tmpdir(), 'samverkan-validate-'));
  const run = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return { file, ...spawnSync(process.execPath, [cli, 'scripts/validate.ts', file], { cwd: repoRoot, encoding: 'utf8' }) };
  };

  it('prints `file: path: message` for deep nesting, never a stack trace', () => {
    const { file, status, stderr } = run('deep.json', hostile('100,000 nested objects as an edge type'));
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `${file}: edges[0].type.a.a.a.a: holds lists and objects nested more than 20 levels deep, which no dataset needs (the format goes 6 levels deep at most)`,
      `1 problem found in ${file}`,
    ]);
  });

  it('reads a UTF-16 file with a byte-order mark like the app does', () => {
    const text = JSON.stringify(synthetic(5));
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i); // ASCII only
    const { file, status, stdout, stderr } = run('utf16.json', bytes);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${file}: valid, no problems found\n`);
    expect(status).toBe(0);
  });

  it('passes a file with warnings, printing them', () => {
    const d = synthetic(3);
    d.nodes[0]!.url = 'ftp://example.org/';
    const { file, status, stdout, stderr } = run('warn.json', JSON.stringify(d));
    expect(status).toBe(0);
    expect(stderr).toBe(
      `${file}: nodes[0].url: warning: "ftp://example.org/" is not a web address (only http and https addresses are shown as links; this one is shown as plain text)\n`,
    );
    expect(stdout).toBe(`${file}: valid, no problems found (1 warning)\n`);
  });
});
