import { describe, expect, it } from 'vitest';
import { computeMetric, computeMetrics, metricSizes, rankRows } from '../../../src/graph/metrics';

const e = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  type: 'cooperation',
});
// a star (hub with three leaves) joined by one leaf to a two-node tail, plus an isolated node
const graph = {
  nodes: ['hub', 'a', 'b', 'c', 'd', 'lonely'],
  edges: [e('hub', 'a'), e('hub', 'b'), e('hub', 'c'), e('c', 'd')],
};

describe('metrics', () => {
  it('degree counts relationships', () => {
    const d = computeMetric(graph, 'degree');
    expect(Object.fromEntries(d)).toEqual({ hub: 3, a: 1, b: 1, c: 2, d: 1, lonely: 0 });
  });

  it('betweenness is highest for the hub, zero for leaves, relative to the highest', () => {
    const b = computeMetric(graph, 'betweenness');
    expect(b.get('hub')).toBe(1);
    expect(b.get('c')).toBeGreaterThan(0);
    expect(b.get('c')).toBeLessThan(1);
    expect(b.get('a')).toBe(0);
    expect(b.get('lonely')).toBe(0);
  });

  it('closeness is highest for the hub and zero for an isolated node', () => {
    const c = computeMetric(graph, 'closeness');
    expect(c.get('hub')).toBe(1);
    expect(c.get('a')).toBeLessThan(1);
    expect(c.get('d')!).toBeLessThan(c.get('a')!);
    expect(c.get('lonely')).toBe(0);
  });

  it('copes with a graph without edges (no NaN)', () => {
    const all = computeMetrics({ nodes: ['x', 'y'], edges: [] });
    for (const values of Object.values(all)) for (const v of values.values()) expect(v).toBe(0);
  });

  it('sizes grow with the value; equal values keep the base size', () => {
    const sizes = metricSizes(computeMetric(graph, 'degree'), 20, 80);
    expect(sizes.get('hub')).toBe(80);
    expect(sizes.get('lonely')).toBe(20);
    expect(sizes.get('c')!).toBeGreaterThan(sizes.get('a')!);
    expect(metricSizes(new Map([['x', 0]]), 20, 80).get('x')).toBe(20);
  });

  it('ranks rows by any metric, either way', () => {
    const all = computeMetrics(graph);
    expect(
      rankRows(all, 'degree')
        .map((r) => r.id)
        .slice(0, 2),
    ).toEqual(['hub', 'c']);
    expect(rankRows(all, 'degree', false)[0]!.id).toBe('lonely');
    expect(rankRows(all, 'closeness')[0]!.id).toBe('hub');
  });
});
