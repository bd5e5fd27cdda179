import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { computeLayout } from '../../../src/load/layout';

/** Only what the layout reads: node ids and edge ends. */
const graph = (ids: string[]): Dataset =>
  ({
    nodes: ids.map((id) => ({ id })),
    edges: ids.slice(1).map((id, i) => ({ id: `${id}-edge`, source: ids[i]!, target: id })),
  }) as unknown as Dataset;

describe('computeLayout', () => {
  it('lays out nodes whose ids are names of Object.prototype members, each at its own place', () => {
    const ids = ['a', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'b'];
    for (const used of ['fcose', 'spectral'] as const) {
      const positions = computeLayout(graph(ids), used);
      expect([...positions.keys()].sort()).toEqual([...ids].sort());
      const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
      expect(spots.size).toBe(ids.length);
      for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });
});
