import { describe, expect, it } from 'vitest';
import { computeMetrics, METRIC_NAMES } from '../../../src/graph/metrics';
import { computeMetricsAsync } from '../../../src/graph/metricsAsync';

const graph = {
  nodes: ['a', 'b', 'c', 'd', 'lone'],
  edges: [
    { id: 'ab', source: 'a', target: 'b', type: 'cooperation' },
    { id: 'bc', source: 'b', target: 'c', type: 'cooperation' },
    { id: 'bd', source: 'b', target: 'd', type: 'member-of' },
  ],
};

describe('computeMetricsAsync', () => {
  it('gives the same values as computeMetrics (here on this thread: Node has no Web Worker)', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const values = await computeMetricsAsync(graph, METRIC_NAMES);
    expect(values).toEqual(computeMetrics(graph));
    expect(values.degree.get('b')).toBe(3);
    expect(values.betweenness.get('b')).toBe(1);
    expect(values.degree.get('lone')).toBe(0);
  });

  it('computes only the metrics asked for', async () => {
    const values = await computeMetricsAsync(graph, ['degree']);
    expect(Object.keys(values)).toEqual(['degree']);
  });
});
