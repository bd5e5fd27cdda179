import { describe, expect, it } from 'vitest';
import { ALL_FILTERS_OFF as F, fixture } from '../../fixtures/datasets';
import { toSubGraph, visibleElements } from '../../../src/graph/filter';
import { pathElements, shortestPaths } from '../../../src/graph/paths';

const ds = fixture();
const graph = toSubGraph(ds, visibleElements(ds, F));

describe('shortestPaths', () => {
  it('finds every shortest path, each hop with its edge and direction', () => {
    const r = shortestPaths(graph, 'polismyndigheten', 'nct');
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.length).toBe(2);
    expect(r.total).toBe(2); // two relationships between the police and Säpo, then NCT
    expect(r.paths.map((p) => p.map((h) => h.edge))).toEqual([
      ['polis-sapo', 'nct-sapo'],
      ['polis-sapo-op', 'nct-sapo'],
    ]);
    // walked police -> Säpo -> NCT: the staffed-by edge points NCT -> Säpo, so it is walked backwards
    expect(r.paths[0]![1]).toEqual({ edge: 'nct-sapo', from: 'sakerhetspolisen', to: 'nct', forward: false });
    expect(r.paths[0]![0]!.forward).toBe(true);
  });

  it('treats edges as undirected: the way back is as short', () => {
    const r = shortestPaths(graph, 'nct', 'polismyndigheten');
    expect(r.kind === 'found' && r.length).toBe(2);
  });

  it('can be restricted to chosen relationship types', () => {
    const r = shortestPaths(graph, 'polismyndigheten', 'nct', {
      edgeTypes: ['staffed-by', 'liaison-officer-at', 'information-exchange'],
    });
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.length).toBe(3);
    expect(r.paths).toHaveLength(1);
    expect(r.paths[0]!.map((h) => h.to)).toEqual(['europol', 'sakerhetspolisen', 'nct']);
  });

  it('says when there is no path, when a node is absent, and when both ends are the same', () => {
    expect(shortestPaths(graph, 'norge', 'nct')).toEqual({ kind: 'none' });
    expect(shortestPaths(graph, 'polismyndigheten', 'nct', { edgeTypes: ['participates-in'] })).toEqual({
      kind: 'none',
    });
    const filtered = toSubGraph(ds, visibleElements(ds, { ...F, hiddenNodeTypes: ['joint-body'] }));
    expect(shortestPaths(filtered, 'polismyndigheten', 'nct')).toEqual({ kind: 'absent', ids: ['nct'] });
    expect(shortestPaths(graph, 'nct', 'nct')).toEqual({ kind: 'same' });
  });

  it('under filters, a longer path is found when the short one is hidden', () => {
    const filtered = toSubGraph(
      ds,
      visibleElements(ds, { ...F, hiddenEdgeTypes: ['cooperation', 'operational-cooperation'] }),
    );
    const r = shortestPaths(filtered, 'polismyndigheten', 'nct');
    expect(r.kind === 'found' && r.length).toBe(3);
  });

  it('lists at most `limit` paths but counts them all', () => {
    // a ladder: a - (b1|b2|b3) - c - (d1|d2) - e has 3 * 2 = 6 shortest paths
    const mids = ['b1', 'b2', 'b3'];
    const ends = ['d1', 'd2'];
    const g = {
      nodes: ['a', 'c', 'e', ...mids, ...ends],
      edges: [
        ...mids.flatMap((b) => [
          { id: `a-${b}`, source: 'a', target: b, type: 'cooperation' },
          { id: `${b}-c`, source: b, target: 'c', type: 'cooperation' },
        ]),
        ...ends.flatMap((dd) => [
          { id: `c-${dd}`, source: 'c', target: dd, type: 'cooperation' },
          { id: `${dd}-e`, source: dd, target: 'e', type: 'cooperation' },
        ]),
      ],
    };
    const r = shortestPaths(g, 'a', 'e', { limit: 4 });
    expect(r.kind === 'found' && [r.length, r.total, r.paths.length]).toEqual([4, 6, 4]);
  });

  it('pathElements gathers every node and edge on the paths', () => {
    const r = shortestPaths(graph, 'polismyndigheten', 'nct');
    if (r.kind !== 'found') throw new Error('expected a path');
    const { nodes, edges } = pathElements(r.paths);
    expect([...nodes].sort()).toEqual(['nct', 'polismyndigheten', 'sakerhetspolisen']);
    expect([...edges].sort()).toEqual(['nct-sapo', 'polis-sapo', 'polis-sapo-op']);
  });
});
