import { describe, expect, it } from 'vitest';
import { applyMapping, guessMapping } from '../../../src/io';
import { previewSample } from '../../../src/io/preview';
import type { RawGraph, Table } from '../../../src/io/types';

const table = (file: string, columns: string[], rows: string[][]): Table => ({
  file,
  columns,
  unit: 'row',
  rows: rows.map((cells, i) => ({
    at: i + 2,
    values: Object.fromEntries(columns.map((c, j) => [c, cells[j]!])),
  })),
});

/** `n` nodes in a ring: node i is related to node i + 1, listed from the last node down. */
function ring(n: number): RawGraph {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  return {
    format: 'csv',
    name: 'ring',
    nodes: table(
      'nodes.csv',
      ['Id', 'Label'],
      ids.map((id) => [id, `Node ${id}`]),
    ),
    edges: table(
      'edges.csv',
      ['Source', 'Target'],
      ids.map((_, i) => [`n${n - 1 - i}`, `n${(2 * n - i) % n}`]),
    ),
  };
}

describe('the mapping step’s preview sample', () => {
  it('is the whole file when the file is small', () => {
    const raw = ring(50);
    const s = previewSample(raw, guessMapping(raw, 'en'), 100);
    expect(s.sampled).toBe(false);
    expect(s.raw).toBe(raw);
    expect(s.sampleRows).toBe(100);
  });

  it('takes the first rows of relationships and the nodes they name, wherever those are listed', () => {
    const raw = ring(5000);
    const m = guessMapping(raw, 'en');
    const s = previewSample(raw, m, 100);
    expect(s).toMatchObject({ sampled: true, rows: 10000 });
    expect(s.raw.edges!.rows).toHaveLength(100);
    // the first 100 nodes and the 100 at the end of the list that the first 100 relationships name
    expect(s.raw.nodes!.rows).toHaveLength(200);
    expect(s.sampleRows).toBe(300);
    // row numbers stay those of the file
    expect(s.raw.edges!.rows[99]!.at).toBe(101);
    const mapped = applyMapping(s.raw, m);
    expect(mapped.ok && [mapped.dataset.nodes.length, mapped.dataset.edges.length]).toEqual([200, 100]);
    // no relationship of the sample is reported as going to an unknown node
    expect(mapped.report.map((r) => r.code)).not.toContain('unknown-endpoint');
  });

  it('finds the named nodes by either name when the file has no id column (Kumu)', () => {
    const names = Array.from({ length: 300 }, (_, i) => `Org ${i}`);
    const raw: RawGraph = {
      format: 'csv',
      name: 'kumu',
      nodes: table(
        'elements.csv',
        ['Label', 'Type'],
        names.map((n) => [n, 'Agency']),
      ),
      edges: table(
        'connections.csv',
        ['From', 'To'],
        names.map((n, i) => [names[299 - i]!, n]),
      ),
    };
    const s = previewSample(raw, guessMapping(raw, 'en'), 10);
    expect(s.raw.nodes!.rows.map((r) => r.values.Label)).toEqual([
      ...names.slice(0, 10),
      ...names.slice(290),
    ]);
  });
});
