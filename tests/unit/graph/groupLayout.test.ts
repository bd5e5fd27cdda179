import { describe, expect, it } from 'vitest';
import { CELL_H, CELL_W, groupedLayout, type GroupItem } from '../../../src/graph/groupLayout';

const items = (spec: Record<string, number>): GroupItem[] =>
  Object.entries(spec).flatMap(([group, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${group}-${i}`, group, sortKey: `${group}-${i}` })),
  );

describe('groupedLayout', () => {
  const data = items({ national: 9, european: 5, global: 3, local: 1 });
  const order = ['local', 'national', 'nordic', 'european', 'global'];
  const { positions, blocks } = groupedLayout(data, order);

  it('places every item once, at least a cell apart from every other', () => {
    expect([...positions.keys()].sort()).toEqual(data.map((d) => d.id).sort());
    const ps = [...positions.values()];
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const apart = Math.abs(ps[i]!.x - ps[j]!.x) >= CELL_W || Math.abs(ps[i]!.y - ps[j]!.y) >= CELL_H;
        expect(apart, `${i} and ${j}`).toBe(true);
      }
    }
  });

  it('makes one block per group, in the order given, with its count', () => {
    expect(blocks.map((b) => [b.group, b.count])).toEqual([
      ['local', 1],
      ['national', 9],
      ['european', 5],
      ['global', 3],
    ]);
  });

  it('keeps groups apart: no block’s box contains another group’s node', () => {
    const box = (g: string) => {
      const ps = data.filter((d) => d.group === g).map((d) => positions.get(d.id)!);
      return {
        x1: Math.min(...ps.map((p) => p.x)),
        x2: Math.max(...ps.map((p) => p.x)),
        y1: Math.min(...ps.map((p) => p.y)),
        y2: Math.max(...ps.map((p) => p.y)),
      };
    };
    for (const g of ['local', 'national', 'european', 'global']) {
      const b = box(g);
      const intruders = data
        .filter((d) => d.group !== g)
        .filter((d) => {
          const p = positions.get(d.id)!;
          return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
        });
      expect(intruders, g).toEqual([]);
    }
  });

  it('puts unknown groups last and is deterministic', () => {
    const more = groupedLayout([...data, { id: 'x', group: 'zzz', sortKey: 'x' }], order);
    expect(more.blocks.at(-1)!.group).toBe('zzz');
    expect(groupedLayout(data, order)).toEqual({ positions, blocks });
  });
});
