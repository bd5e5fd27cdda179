import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EDGE_TYPES, EVIDENCE_SUPPORT, LEVELS, NODE_TYPES, SOURCE_KINDS } from '../../../src/data/vocabulary';

// data/README.md documents the format for analysts; its vocabulary tables must match the code.
const readme = readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'README.md'), 'utf8');
const rows = new Set(readme.split('\n').map((line) => line.trim()));

describe('data/README.md', () => {
  it('lists every node type with both names', () => {
    const missing = Object.entries(NODE_TYPES)
      .map(([id, t]) => `| \`${id}\` | ${t.sv} | ${t.en} |`)
      .filter((row) => !rows.has(row));
    expect(missing).toEqual([]);
  });

  it('lists every level with both names', () => {
    const missing = Object.entries(LEVELS)
      .map(([id, l]) => `| \`${id}\` | ${l.sv} | ${l.en} |`)
      .filter((row) => !rows.has(row));
    expect(missing).toEqual([]);
  });

  it('lists every edge type with both names, its direction and its inverse', () => {
    const missing = Object.entries(EDGE_TYPES)
      .map(([id, t]) => {
        const inverse = t.directed ? `${t.inverse.sv} / ${t.inverse.en}` : '(same)';
        return `| \`${id}\` | ${t.sv} | ${t.en} | ${t.directed ? 'yes' : 'no'} | ${inverse} |`;
      })
      .filter((row) => !rows.has(row));
    expect(missing).toEqual([]);
  });

  it('lists every source kind and every kind of support with both names', () => {
    const missing = Object.entries({ ...SOURCE_KINDS, ...EVIDENCE_SUPPORT })
      .map(([id, k]) => `| \`${id}\` | ${k.sv} | ${k.en} |`)
      .filter((row) => !rows.has(row));
    expect(missing).toEqual([]);
  });

  it('lists nothing the vocabulary does not have', () => {
    const known = new Set([
      ...Object.keys(NODE_TYPES),
      ...Object.keys(LEVELS),
      ...Object.keys(EDGE_TYPES),
      ...Object.keys(SOURCE_KINDS),
      ...Object.keys(EVIDENCE_SUPPORT),
    ]);
    const tableSection = readme.slice(readme.indexOf('## Vocabulary'), readme.indexOf('## What the validator checks'));
    const listed = [...tableSection.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.filter((id) => !known.has(id as string))).toEqual([]);
  });
});
