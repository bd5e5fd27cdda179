import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeMetrics, METRIC_NAMES } from '../../../src/graph/metrics';
import {
  checkReply,
  computeMetricsAsync,
  MetricsTimeout,
  resetMetricsWorker,
} from '../../../src/graph/metricsAsync';
import { fakeWorker, GARBAGE } from '../../helpers/fakeWorker';

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

describe('computeMetricsAsync with a worker that misbehaves', () => {
  beforeEach(() => resetMetricsWorker({ timeoutMs: 1000 }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    resetMetricsWorker();
  });

  it.each(GARBAGE.map((answer, i) => [i, answer] as const))(
    'never trusts garbage (reply %i): the values are computed here instead',
    async (_i, answer) => {
      const W = fakeWorker(answer);
      vi.stubGlobal('Worker', W);
      // a reply that cannot be routed to its request ends with the time limit, not with a throw
      vi.useFakeTimers();
      const result = computeMetricsAsync(graph, METRIC_NAMES).then(
        (values) => ({ values }),
        (error: unknown) => ({ error }),
      );
      await vi.advanceTimersByTimeAsync(1000);
      const outcome = await result;
      expect(W.made).toHaveLength(1);
      const sample = answer({ id: 1, graph, metrics: [...METRIC_NAMES] }) as { id?: unknown } | null;
      if (typeof sample?.id === 'number') expect(outcome).toEqual({ values: computeMetrics(graph) });
      else expect((outcome as { error: unknown }).error).toBeInstanceOf(MetricsTimeout);
    },
  );

  it('uses a reply that is exactly what was asked', async () => {
    const W = fakeWorker((r) => ({ id: r.id, values: { degree: r.graph.nodes.map((n) => [n, 7]) } }));
    vi.stubGlobal('Worker', W);
    const values = await computeMetricsAsync(graph, ['degree']);
    expect(values.degree.get('b')).toBe(7);
  });

  it('times out when the worker never answers, then starts a fresh worker on retry', async () => {
    vi.useFakeTimers();
    let answering = false;
    const W = fakeWorker((r) =>
      answering ? { id: r.id, values: { degree: r.graph.nodes.map((n) => [n, 1]) } } : undefined,
    );
    vi.stubGlobal('Worker', W);
    const first = computeMetricsAsync(graph, ['degree']).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(999);
    expect(W.made[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await first;
    expect(error).toBeInstanceOf(MetricsTimeout);
    expect((error as MetricsTimeout).seconds).toBe(1);
    expect(W.made[0]!.terminated).toBe(true);
    answering = true;
    const again = await computeMetricsAsync(graph, ['degree']);
    expect(again.degree.get('a')).toBe(1);
    expect(W.made).toHaveLength(2);
  });
});

describe('checkReply', () => {
  const job = { graph, metrics: ['degree' as const] };
  it('accepts only lists of [node, finite number] for every metric asked', () => {
    expect(checkReply({ id: 1, values: { degree: [['a', 1]] } }, job)?.degree?.get('a')).toBe(1);
    for (const reply of [
      5,
      {},
      { values: [] },
      { values: { degree: {} } },
      { values: { degree: [['a', Infinity]] } },
      { values: { betweenness: [] } },
    ]) {
      expect(checkReply(reply, job)).toBeNull();
    }
  });
});
